#include "RoadmapFilterDialog.h"

#include "FilterSupport.h"

#include "domain/Workspace.h"
#include "roadmap/RoadmapSpec.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace storyloom {
namespace {

constexpr int kIdRole = Qt::UserRole;
/// Row i of the horizon list.
constexpr Horizon kHorizons[] = {Horizon::Now, Horizon::Next, Horizon::Later};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QListWidget* makeList(const QString& objectName, const QString& accessibleName, const QString& description,
                      QWidget* parent) {
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setAccessibleDescription(description);
    list->setUniformItemSizes(true); // thousands of entries stay quick to lay out
    // A tick is the choice; a selection highlight on top would look like a second kind of choice.
    // The keyboard's current entry still has its focus frame, and Space ticks it.
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMinimumWidth(220);
    return list;
}

void addEntry(QListWidget* list, qint64 id, const QString& label) {
    auto* item = new QListWidgetItem(label, list);
    item->setData(kIdRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
}

template <typename T> QList<T> checked(const QListWidget* list) {
    QList<T> out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out << static_cast<T>(list->item(i)->data(kIdRole).toLongLong());
    return out;
}

template <typename T> void check(QListWidget* list, const QList<T>& ids) {
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const bool on = ids.contains(static_cast<T>(item->data(kIdRole).toLongLong()));
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

} // namespace

RoadmapFilterDialog::RoadmapFilterDialog(const QList<Choice>& themes, const QList<Choice>& releases,
                                         QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Filter Roadmap"));
    setAccessibleName(tr("Filter roadmap"));
    setAccessibleDescription(tr("Choose the themes, releases and horizons whose epics the roadmap shows"));

    auto* findLabel = new QLabel(tr("&Find:"), this);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setAccessibleName(tr("Find themes and releases"));
    m_find->setPlaceholderText(tr("Part of a theme or release name"));
    m_find->setClearButtonEnabled(true);
    findLabel->setBuddy(m_find);

    m_themes = makeList(QStringLiteral("themeList"), tr("Themes"),
                        tr("Tick the themes to show; none ticked shows every theme"), this);
    m_releases = makeList(QStringLiteral("releaseList"), tr("Releases"),
                          tr("Tick the releases to show; none ticked shows every release"), this);
    m_horizons = makeList(QStringLiteral("horizonList"), tr("Horizons"),
                          tr("Tick the horizons to show; none ticked shows every horizon"), this);
    m_horizons->setMinimumWidth(140);
    for (const Choice& c : themes)
        addEntry(m_themes, c.id, c.label);
    for (const Choice& c : releases)
        addEntry(m_releases, c.id, c.label);
    addEntry(m_horizons, 0, tr("Now"));
    addEntry(m_horizons, 1, tr("Next"));
    addEntry(m_horizons, 2, tr("Later"));
    for (QListWidget* list : {m_themes, m_releases, m_horizons}) {
        if (list->count() > 0)
            list->setCurrentRow(0);
        connect(list, &QListWidget::itemChanged, this, &RoadmapFilterDialog::updateCounts);
    }

    m_themeLabel = new QLabel(this);
    m_themeLabel->setBuddy(m_themes);
    m_releaseLabel = new QLabel(this);
    m_releaseLabel->setBuddy(m_releases);
    m_horizonLabel = new QLabel(this);
    m_horizonLabel->setBuddy(m_horizons);

    auto* hint = new QLabel(tr("Space ticks the current entry. Epics must match every list that has a tick, "
                               "and any ticked entry within a list."),
                            this);
    hint->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    QPushButton* clear = buttons->addButton(tr("&Clear All"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearAllButton"));
    clear->setAccessibleDescription(tr("Unticks every theme, release and horizon: all epics are shown"));
    connect(clear, &QPushButton::clicked, this, &RoadmapFilterDialog::clearAll);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_find, &QLineEdit::textChanged, this, &RoadmapFilterDialog::setFindText);

    auto* grid = new QGridLayout;
    grid->addWidget(m_themeLabel, 0, 0);
    grid->addWidget(m_releaseLabel, 0, 1);
    grid->addWidget(m_horizonLabel, 0, 2);
    grid->addWidget(m_themes, 1, 0);
    grid->addWidget(m_releases, 1, 1);
    grid->addWidget(m_horizons, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 1);

    auto* findRow = new QHBoxLayout;
    findRow->addWidget(findLabel);
    findRow->addWidget(m_find, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(findRow);
    layout->addLayout(grid, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    setTabOrder(m_find, m_themes);
    setTabOrder(m_themes, m_releases);
    setTabOrder(m_releases, m_horizons);
    setTabOrder(m_horizons, buttons);
    resize(720, 440);
    updateCounts();
    m_themes->setFocus();
}

bool RoadmapFilterDialog::ask(const Workspace& workspace, roadmap::RoadmapFilters& filters, QWidget* parent) {
    QList<Choice> themes;
    for (const Theme& t : workspace.themes)
        themes.append({static_cast<qint64>(t.id), qs(t.name)});
    std::stable_sort(themes.begin(), themes.end(), [](const Choice& a, const Choice& b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    // Releases in date order (undated ones last, by name): the order they ship in.
    std::vector<const Release*> sorted;
    for (const Release& r : workspace.releases)
        sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Release* a, const Release* b) {
        if (a->date.has_value() != b->date.has_value())
            return a->date.has_value();
        if (a->date && a->date->toDays() != b->date->toDays())
            return a->date->toDays() < b->date->toDays();
        return QString::localeAwareCompare(qs(a->name), qs(b->name)) < 0;
    });
    QList<Choice> releases;
    for (const Release* r : sorted)
        releases.append(
            {static_cast<qint64>(r->id),
             r->date ? roadmapfilters::releaseLabel(qs(r->name), r->date->year, r->date->month, r->date->day)
                     : qs(r->name)});

    QList<qint64> themeIds;
    for (Id id : filters.themeIds)
        themeIds << static_cast<qint64>(id);
    QList<qint64> releaseIds;
    for (Id id : filters.releaseIds)
        releaseIds << static_cast<qint64>(id);
    QList<int> horizons;
    for (int i = 0; i < 3; ++i)
        if (std::find(filters.horizons.begin(), filters.horizons.end(), kHorizons[i]) !=
            filters.horizons.end())
            horizons << i;

    RoadmapFilterDialog dialog(themes, releases, parent);
    dialog.setChosen(themeIds, releaseIds, horizons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    roadmap::RoadmapFilters chosen;
    for (qint64 id : dialog.chosenThemes())
        chosen.themeIds.push_back(static_cast<Id>(id));
    for (qint64 id : dialog.chosenReleases())
        chosen.releaseIds.push_back(static_cast<Id>(id));
    for (int i : dialog.chosenHorizons())
        if (i >= 0 && i < 3)
            chosen.horizons.push_back(kHorizons[i]);
    filters = chosen;
    return true;
}

void RoadmapFilterDialog::setChosen(const QList<qint64>& themeIds, const QList<qint64>& releaseIds,
                                    const QList<int>& horizons) {
    check(m_themes, themeIds);
    check(m_releases, releaseIds);
    check(m_horizons, horizons);
    updateCounts();
}

QList<qint64> RoadmapFilterDialog::chosenThemes() const {
    return checked<qint64>(m_themes);
}

QList<qint64> RoadmapFilterDialog::chosenReleases() const {
    return checked<qint64>(m_releases);
}

QList<int> RoadmapFilterDialog::chosenHorizons() const {
    return checked<int>(m_horizons);
}

void RoadmapFilterDialog::clearAll() {
    setChosen({}, {}, {});
}

void RoadmapFilterDialog::setFindText(const QString& text) {
    if (m_find->text() != text)
        m_find->setText(text); // comes back here through textChanged
    const QString needle = text.trimmed();
    for (QListWidget* list : {m_themes, m_releases}) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setHidden(!needle.isEmpty() && !item->text().contains(needle, Qt::CaseInsensitive));
        }
        // Keep the keyboard's current entry on a visible one.
        if (list->currentItem() && list->currentItem()->isHidden())
            for (int i = 0; i < list->count(); ++i)
                if (!list->item(i)->isHidden()) {
                    list->setCurrentRow(i);
                    break;
                }
    }
}

void RoadmapFilterDialog::updateCounts() {
    const auto title = [](const QString& name, const QListWidget* list, int chosen) {
        if (list->count() == 0)
            return tr("%1 (none in this workspace)").arg(name);
        if (chosen == 0)
            return tr("%1 (all shown)").arg(name);
        return tr("%1 (%2 of %3 ticked)").arg(name).arg(chosen).arg(list->count());
    };
    m_themeLabel->setText(title(tr("&Themes"), m_themes, static_cast<int>(chosenThemes().size())));
    m_releaseLabel->setText(title(tr("&Releases"), m_releases, static_cast<int>(chosenReleases().size())));
    m_horizonLabel->setText(title(tr("&Horizons"), m_horizons, static_cast<int>(chosenHorizons().size())));
}

} // namespace storyloom
