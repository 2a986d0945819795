#include "FacetBar.h"

#include "ui_FacetBar.h"

#include "BacklogFilterProxy.h"
#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "domain/Workspace.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QToolButton>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>

namespace storyloom {
namespace {

using Facet = FacetBar::Facet;

constexpr std::array kFacets{Facet::Epic,    Facet::Status,  Facet::Label,
                             Facet::Persona, Facet::Release, Facet::Readiness};
constexpr std::array kStatuses{StoryStatus::Draft,      StoryStatus::Refined, StoryStatus::Ready,
                               StoryStatus::InProgress, StoryStatus::Done,    StoryStatus::WontDo};

int indexOf(Facet facet) {
    return static_cast<int>(facet);
}

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// Action texts treat '&' as a mnemonic marker; user text must show it as typed.
QString escapedForMenu(QString text) {
    return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
}

template <typename T> bool contains(const std::vector<T>& values, const T& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

template <typename T> void setChosen(std::vector<T>& values, const T& value, bool chosen) {
    const auto it = std::find(values.begin(), values.end(), value);
    if (chosen && it == values.end())
        values.push_back(value);
    else if (!chosen && it != values.end())
        values.erase(it);
}

QString readinessText(BacklogFilter::Readiness readiness) {
    return readiness == BacklogFilter::Readiness::Ready ? FacetBar::tr("Ready") : FacetBar::tr("Not ready");
}

bool hasFacets(const BacklogFilter& f) {
    BacklogFilter facets = f;
    facets.text.clear();
    return !facets.isEmpty();
}

} // namespace

FacetBar::FacetBar(Document& document, BacklogFilterProxy& proxy, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::FacetBar>()), m_document(document), m_proxy(proxy) {
    m_ui->setupUi(this);
    // Focusing the bar, or placing it in a parent's tab order, means its first button.
    setFocusProxy(m_ui->epicButton);
    for (Facet facet : kFacets) {
        QToolButton* b = button(facet);
        m_baseTexts << b->text();
        m_baseNames << b->accessibleName();
        m_baseDescriptions << b->accessibleDescription();
        auto* menu = new QMenu(b);
        menu->setAccessibleName(tr("%1 values").arg(b->accessibleName()));
        menu->installEventFilter(this);
        b->setMenu(menu);
        if (facet == Facet::Readiness) {
            // One readiness at a time: the filter holds a single value.
            auto* group = new QActionGroup(menu);
            group->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
            for (auto r : {BacklogFilter::Readiness::Ready, BacklogFilter::Readiness::NotReady}) {
                QAction* action = menu->addAction(readinessText(r));
                action->setCheckable(true);
                action->setData(static_cast<int>(r));
                group->addAction(action);
            }
        }
        connect(menu, &QMenu::aboutToShow, this, [this, facet] { fillMenu(facet); });
        connect(menu, &QMenu::triggered, this,
                [this, facet](QAction* action) { valueTriggered(facet, action); });
    }
    auto* savedMenu = new QMenu(m_ui->savedButton);
    savedMenu->setAccessibleName(tr("Saved filters"));
    m_ui->savedButton->setMenu(savedMenu);
    connect(savedMenu, &QMenu::aboutToShow, this, &FacetBar::fillSavedMenu);
    connect(m_ui->clearButton, &QToolButton::clicked, this, &FacetBar::clearFacets);

    connect(&m_document, &Document::reset, this, &FacetBar::valuesChanged);
    connect(&m_document, &Document::settingsChanged, this, &FacetBar::valuesChanged);
    connect(&m_document, &Document::storiesChanged, this, &FacetBar::valuesChanged);
    connect(&m_document, &Document::storiesAdded, this, &FacetBar::valuesChanged);
    connect(&m_document, &Document::storiesRemoved, this, &FacetBar::valuesChanged);
    // The filter can also change elsewhere (the find bar, another view applying a saved filter).
    connect(&m_proxy, &QAbstractItemModel::layoutChanged, this, &FacetBar::updateButtons);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &FacetBar::updateButtons);
    valuesChanged();
}

FacetBar::~FacetBar() = default;

QToolButton* FacetBar::button(Facet facet) const {
    switch (facet) {
    case Facet::Epic:
        return m_ui->epicButton;
    case Facet::Status:
        return m_ui->statusButton;
    case Facet::Label:
        return m_ui->labelButton;
    case Facet::Persona:
        return m_ui->personaButton;
    case Facet::Release:
        return m_ui->releaseButton;
    case Facet::Readiness:
        break;
    }
    return m_ui->readinessButton;
}

QMenu* FacetBar::menuOf(Facet facet) const {
    return button(facet)->menu();
}

QMenu* FacetBar::facetMenu(Facet facet) {
    fillMenu(facet);
    return menuOf(facet);
}

QMenu* FacetBar::savedFiltersMenu() {
    fillSavedMenu();
    return m_ui->savedButton->menu();
}

void FacetBar::placeInTabOrderAfter(QWidget* previous) {
    // Qt 6.4 moves one widget per call: chain the buttons one after the other.
    for (QWidget* next :
         {static_cast<QWidget*>(m_ui->epicButton), static_cast<QWidget*>(m_ui->statusButton),
          static_cast<QWidget*>(m_ui->labelButton), static_cast<QWidget*>(m_ui->personaButton),
          static_cast<QWidget*>(m_ui->releaseButton), static_cast<QWidget*>(m_ui->readinessButton),
          static_cast<QWidget*>(m_ui->clearButton), static_cast<QWidget*>(m_ui->savedButton)}) {
        QWidget::setTabOrder(previous, next);
        previous = next;
    }
}

const QStringList& FacetBar::usedLabels() {
    if (m_labelsStale) {
        std::set<std::string> labels;
        for (const Story& story : m_document.workspace().stories)
            labels.insert(story.labels.begin(), story.labels.end());
        m_usedLabels.clear();
        for (const std::string& label : labels)
            m_usedLabels << qs(label);
        std::sort(m_usedLabels.begin(), m_usedLabels.end(), [](const QString& a, const QString& b) {
            const int c = a.compare(b, Qt::CaseInsensitive);
            return c != 0 ? c < 0 : a < b;
        });
        m_labelsStale = false;
    }
    return m_usedLabels;
}

void FacetBar::fillMenu(Facet facet) {
    QMenu* menu = menuOf(facet);
    const BacklogFilter& f = m_proxy.filter();
    if (facet == Facet::Readiness) {
        for (QAction* action : menu->actions())
            action->setChecked(static_cast<int>(f.readiness) == action->data().toInt());
        return;
    }
    menu->clear();
    const Workspace& w = m_document.workspace();
    const auto add = [menu](const QString& text, const QVariant& value, bool checked) {
        QAction* action = menu->addAction(escapedForMenu(text));
        action->setCheckable(true);
        action->setChecked(checked);
        action->setData(value);
    };
    // Chosen values the workspace no longer holds (after a reload) stay listed, so they can be unchecked.
    const auto addGone = [&](const std::vector<Id>& chosen, auto find, const QString& what) {
        for (Id id : chosen)
            if (!find(id))
                add(tr("%1 #%2 (no longer in this workspace)").arg(what).arg(id), QVariant::fromValue(id),
                    true);
    };
    QString none;
    switch (facet) {
    case Facet::Epic: {
        std::vector<const Epic*> epics;
        for (const Epic& e : w.epics)
            epics.push_back(&e);
        std::stable_sort(epics.begin(), epics.end(),
                         [](const Epic* a, const Epic* b) { return keyNumber(a->key) < keyNumber(b->key); });
        for (const Epic* e : epics)
            add(tr("%1 – %2").arg(qs(e->key), qs(e->title)), QVariant::fromValue(e->id),
                contains(f.epicIds, e->id));
        addGone(
            f.epicIds, [&](Id id) { return w.findEpic(id) != nullptr; }, tr("Epic"));
        none = tr("No epics in this workspace");
        break;
    }
    case Facet::Status:
        for (StoryStatus s : kStatuses)
            add(qs(label(s)), static_cast<int>(s), contains(f.statuses, s));
        break;
    case Facet::Label:
        for (const QString& l : usedLabels())
            add(l, l, f.labels.contains(l));
        for (const QString& l : f.labels)
            if (!usedLabels().contains(l))
                add(tr("%1 (no story has it now)").arg(l), l, true);
        none = tr("No story has a label yet");
        break;
    case Facet::Persona: {
        const auto find = [&](Id id) {
            return std::any_of(w.personas.begin(), w.personas.end(),
                               [id](const Persona& p) { return p.id == id; });
        };
        for (const Persona& p : w.personas)
            add(qs(p.name), QVariant::fromValue(p.id), contains(f.personaIds, p.id));
        addGone(f.personaIds, find, tr("Persona"));
        none = tr("No personas in this workspace");
        break;
    }
    case Facet::Release: {
        const auto find = [&](Id id) {
            return std::any_of(w.releases.begin(), w.releases.end(),
                               [id](const Release& r) { return r.id == id; });
        };
        for (const Release& r : w.releases)
            add(qs(r.name), QVariant::fromValue(r.id), contains(f.releaseIds, r.id));
        addGone(f.releaseIds, find, tr("Release"));
        none = tr("No releases in this workspace");
        break;
    }
    case Facet::Readiness:
        break;
    }
    if (menu->isEmpty())
        menu->addAction(none)->setEnabled(false);
}

void FacetBar::valueTriggered(Facet facet, QAction* action) {
    const QVariant value = action->data();
    if (!value.isValid())
        return;
    const bool on = action->isChecked();
    BacklogFilter f = m_proxy.filter();
    switch (facet) {
    case Facet::Epic:
        setChosen(f.epicIds, Id{value.toLongLong()}, on);
        break;
    case Facet::Status:
        setChosen(f.statuses, static_cast<StoryStatus>(value.toInt()), on);
        break;
    case Facet::Label:
        f.labels.removeAll(value.toString());
        if (on)
            f.labels.append(value.toString());
        break;
    case Facet::Persona:
        setChosen(f.personaIds, Id{value.toLongLong()}, on);
        break;
    case Facet::Release:
        setChosen(f.releaseIds, Id{value.toLongLong()}, on);
        break;
    case Facet::Readiness:
        f.readiness =
            on ? static_cast<BacklogFilter::Readiness>(value.toInt()) : BacklogFilter::Readiness::Any;
        break;
    }
    setFacets(f);
}

void FacetBar::setFacets(const BacklogFilter& filter) {
    m_proxy.setFilter(filter);
    updateButtons();
    emit filterChanged();
}

void FacetBar::clearFacets() {
    BacklogFilter cleared;
    cleared.text = m_proxy.filter().text;
    setFacets(cleared);
}

bool FacetBar::saveCurrentFilter(const QString& name) {
    if (m_proxy.saveFilter(name))
        return true;
    QMessageBox::warning(this, tr("Could not save the filter"),
                         tr("The filter “%1” was not saved. %2").arg(name, m_document.errorString()));
    return false;
}

bool FacetBar::applySavedFilter(const QString& name) {
    if (!m_proxy.applySavedFilter(name)) {
        QMessageBox::warning(this, tr("Could not apply the filter"),
                             tr("The saved filter “%1” in %2 could not be read; it may come from a newer "
                                "version of Storyloom. Choose the filters again and save them under the same "
                                "name to replace it.")
                                 .arg(name, m_document.filePath()));
        return false;
    }
    updateButtons();
    emit filterChanged();
    return true;
}

void FacetBar::fillSavedMenu() {
    QMenu* menu = m_ui->savedButton->menu();
    menu->clear();
    const BacklogFilter& current = m_proxy.filter();
    const auto& settings = m_document.workspace().settings;
    const QStringList names = m_proxy.savedFilterNames();
    for (const QString& name : names) {
        QAction* action = menu->addAction(escapedForMenu(name));
        // Checked: the backlog shows exactly this saved filter now.
        const auto it = settings.find(BacklogFilter::settingName(name).toStdString());
        const auto stored = it == settings.end() ? std::nullopt : BacklogFilter::fromString(qs(it->second));
        action->setCheckable(true);
        action->setChecked(stored && *stored == current);
        connect(action, &QAction::triggered, this, [this, name] { applySavedFilter(name); });
    }
    if (names.isEmpty())
        menu->addAction(tr("No saved filters yet"))->setEnabled(false);
    menu->addSeparator();
    QAction* save = menu->addAction(tr("&Save current filter…"));
    save->setObjectName(QStringLiteral("saveFilterAction"));
    save->setEnabled(m_document.isOpen() && !current.isEmpty());
    connect(save, &QAction::triggered, this, &FacetBar::promptSaveFilter);
}

void FacetBar::promptSaveFilter() {
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save filter"),
                              tr("&Name of the saved filter (a saved filter of the same name is replaced):"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        saveCurrentFilter(name);
}

void FacetBar::valuesChanged() {
    m_labelsStale = true;
    // A menu open while the workspace changes shows the new values at once.
    for (Facet facet : kFacets)
        if (menuOf(facet)->isVisible())
            fillMenu(facet);
    if (m_ui->savedButton->menu()->isVisible())
        fillSavedMenu();
    setEnabled(m_document.isOpen());
    updateButtons();
}

void FacetBar::updateButtons() {
    const BacklogFilter& f = m_proxy.filter();
    const Workspace& w = m_document.workspace();
    for (Facet facet : kFacets) {
        QStringList chosen;
        switch (facet) {
        case Facet::Epic:
            for (Id id : f.epicIds) {
                const Epic* e = w.findEpic(id);
                chosen << (e ? qs(e->key) : tr("epic #%1").arg(id));
            }
            break;
        case Facet::Status:
            for (StoryStatus s : f.statuses)
                chosen << qs(label(s));
            break;
        case Facet::Label:
            chosen = f.labels;
            break;
        case Facet::Persona:
            for (Id id : f.personaIds) {
                const auto p = std::find_if(w.personas.begin(), w.personas.end(),
                                            [id](const Persona& x) { return x.id == id; });
                chosen << (p != w.personas.end() ? qs(p->name) : tr("persona #%1").arg(id));
            }
            break;
        case Facet::Release:
            for (Id id : f.releaseIds) {
                const auto r = std::find_if(w.releases.begin(), w.releases.end(),
                                            [id](const Release& x) { return x.id == id; });
                chosen << (r != w.releases.end() ? qs(r->name) : tr("release #%1").arg(id));
            }
            break;
        case Facet::Readiness:
            if (f.readiness != BacklogFilter::Readiness::Any)
                chosen << readinessText(f.readiness);
            break;
        }
        const int i = indexOf(facet);
        const QString& base = m_baseTexts[i];
        const QString& name = m_baseNames[i];
        QToolButton* b = button(facet);
        if (chosen.isEmpty()) {
            b->setText(base);
            b->setAccessibleName(name);
            b->setAccessibleDescription(m_baseDescriptions[i]);
            b->setToolTip(m_baseDescriptions[i]);
            continue;
        }
        // Readiness holds one value: say which. The others say how many.
        if (facet == Facet::Readiness) {
            b->setText(tr("%1: %2").arg(base, chosen.first()));
            b->setAccessibleName(tr("%1: %2").arg(name, chosen.first()));
        } else {
            b->setText(tr("%1 (%2)").arg(base).arg(chosen.size()));
            b->setAccessibleName(tr("%1, %n chosen", nullptr, static_cast<int>(chosen.size())).arg(name));
        }
        const QString shown = tr("Showing only: %1").arg(chosen.join(QStringLiteral(", ")));
        b->setAccessibleDescription(shown);
        // Wrapped so labels that look like markup are shown as typed.
        b->setToolTip(QStringLiteral("<p>%1</p>").arg(shown.toHtmlEscaped()));
    }
    m_ui->clearButton->setEnabled(hasFacets(f));
}

bool FacetBar::eventFilter(QObject* watched, QEvent* event) {
    auto* menu = qobject_cast<QMenu*>(watched);
    if (menu && (event->type() == QEvent::MouseButtonRelease || event->type() == QEvent::KeyPress)) {
        QAction* action = nullptr;
        if (event->type() == QEvent::MouseButtonRelease) {
            action = menu->actionAt(static_cast<QMouseEvent*>(event)->position().toPoint());
        } else {
            const int key = static_cast<QKeyEvent*>(event)->key();
            if (key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space)
                action = menu->activeAction();
        }
        if (action && action->isEnabled() && action->isCheckable()) {
            action->trigger(); // toggles and reaches valueTriggered through QMenu::triggered
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace storyloom
