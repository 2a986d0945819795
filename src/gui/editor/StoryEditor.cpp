#include "StoryEditor.h"

#include "ui_StoryEditor.h"

#include "CriteriaEditor.h"
#include "DefinitionOfReadyDialog.h"
#include "EditorSupport.h"
#include "LabelCompleter.h"
#include "ScoreInputsPanel.h"
#include "app/Document.h"
#include "app/Readiness.h"
#include "domain/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollArea>
#include <QShortcut>
#include <QStringListModel>

#include <algorithm>
#include <set>

namespace storyloom {

using editor::qs;
using editor::str;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kPoints[] = {0, 1, 2, 3, 5, 8, 13, 21};

std::vector<std::string> parseLabels(const QString& text) {
    std::vector<std::string> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::string label = part.trimmed().toStdString();
        if (!label.empty() && std::find(out.begin(), out.end(), label) == out.end())
            out.push_back(label);
    }
    return out;
}

QString storyName(const Story& s) {
    return qs(s.key) + QLatin1Char(' ') + qs(s.title);
}

} // namespace

StoryEditor::StoryEditor(Document& document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::StoryEditor>()), m_document(document) {
    m_ui->setupUi(this);
    // The editable combo's text field is what a screen reader lands on: it carries the combo's name.
    m_ui->pointsCombo->lineEdit()->setAccessibleName(m_ui->pointsCombo->accessibleName());
    m_messages = std::make_unique<ValidationMessages>(m_ui->validationLabel);
    m_ui->validationLabel->hide();
    m_score = new ScoreInputsPanel(document, m_messages.get(), m_ui->scoreGroup);
    m_ui->scoreLayout->addWidget(m_score);
    m_criteria = new CriteriaEditor(document, m_messages.get(), m_ui->criteriaGroup);
    m_ui->criteriaLayout->addWidget(m_criteria);

    for (auto s : {StoryStatus::Draft, StoryStatus::Refined, StoryStatus::Ready, StoryStatus::InProgress,
                   StoryStatus::Done, StoryStatus::WontDo})
        m_ui->statusCombo->addItem(qs(std::string(label(s))), static_cast<int>(s));
    for (auto m : {Moscow::Unset, Moscow::Must, Moscow::Should, Moscow::Could, Moscow::Wont})
        m_ui->moscowCombo->addItem(qs(std::string(label(m))), static_cast<int>(m));
    m_ui->pointsCombo->addItem(tr("Not estimated"), -1);
    for (int p : kPoints)
        m_ui->pointsCombo->addItem(QString::number(p), p);

    m_labelCompleter = new LabelCompleter(this);
    m_ui->labelsEdit->setCompleter(m_labelCompleter);
    m_storyNames = new QStringListModel(this);
    m_storyCompleter = new QCompleter(m_storyNames, this);
    m_storyCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_storyCompleter->setFilterMode(Qt::MatchContains);
    m_ui->blocksAddEdit->setCompleter(m_storyCompleter);
    m_ui->labelsEdit->installEventFilter(this);
    m_ui->blocksAddEdit->installEventFilter(this);

    m_openInWindow = new QAction(tr("Open Story in Window"), this);
    m_openInWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openInWindow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_openInWindow);
    connect(m_openInWindow, &QAction::triggered, this, [this] { openInWindow(); });
    connect(m_ui->openWindowButton, &QPushButton::clicked, m_openInWindow, &QAction::trigger);
    connect(m_ui->dorButton, &QPushButton::clicked, this, &StoryEditor::editDefinitionOfReady);

    fitNarrowPanel();
    connectFields();
    connectDocument();
    fixTabOrder();
    refresh();
}

void StoryEditor::fitNarrowPanel() {
    // The side panel is about 400 px wide. Long choices (epics, WCAG criteria) are elided in the
    // closed combo box and shown whole in its popup, so no field forces the editor wider than that.
    for (QComboBox* combo : findChildren<QComboBox*>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    // Long persona and insight names wrap at the list's width (each item's tooltip has it whole).
    for (QListWidget* list : {m_ui->personasList, m_ui->insightsList, m_ui->blocksList}) {
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        list->setWordWrap(true);
        list->setTextElideMode(Qt::ElideRight);
        list->setResizeMode(QListView::Adjust);
    }
    // The heading and "Open in window" share a row when there is room, else the button goes below.
    m_ui->headingLayout->setAlignment(m_ui->openWindowButton, Qt::AlignLeft | Qt::AlignTop);
    m_ui->scrollArea->viewport()->installEventFilter(this);
}

void StoryEditor::updateHeadingLayout() {
    const int room = m_ui->scrollArea->viewport()->width();
    const QMargins margins = m_ui->formPageLayout->contentsMargins();
    const int needed = margins.left() + margins.right() + m_ui->headingLayout->spacing() +
                       m_ui->openWindowButton->sizeHint().width() +
                       22 * m_ui->headingLabel->fontMetrics().averageCharWidth();
    const auto direction = room >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_ui->headingLayout->direction() != direction)
        m_ui->headingLayout->setDirection(direction);
}

StoryEditor::~StoryEditor() = default;

void StoryEditor::connectFields() {
    const auto typed = [this](QLineEdit* edit, const QString& field, std::string Story::*member) {
        connect(edit, &QLineEdit::textEdited, this, [this, field, member](const QString& text) {
            write(
                field, [&](Story& s) { s.*member = str(text); }, true);
        });
    };
    typed(m_ui->titleEdit, QStringLiteral("title"), &Story::title);
    typed(m_ui->asAEdit, QStringLiteral("asA"), &Story::asA);
    typed(m_ui->iWantEdit, QStringLiteral("iWant"), &Story::iWant);
    typed(m_ui->soThatEdit, QStringLiteral("soThat"), &Story::soThat);
    connect(m_ui->descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            write(
                QStringLiteral("description"),
                [&](Story& s) { s.description = str(m_ui->descriptionEdit->toPlainText()); }, true);
    });
    connect(m_ui->labelsEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        write(
            QStringLiteral("labels"), [&](Story& s) { s.labels = parseLabels(text); }, true);
    });
    connect(m_ui->epicCombo, &QComboBox::activated, this, [this](int i) {
        const qint64 id = m_ui->epicCombo->itemData(i).toLongLong();
        write(
            QStringLiteral("epic"), [&](Story& s) { s.epicId = id ? std::optional<Id>(id) : std::nullopt; },
            false);
    });
    connect(m_ui->statusCombo, &QComboBox::activated, this, [this](int i) {
        const auto status = static_cast<StoryStatus>(m_ui->statusCombo->itemData(i).toInt());
        write(
            QStringLiteral("status"), [&](Story& s) { s.status = status; }, false);
    });
    connect(m_ui->moscowCombo, &QComboBox::activated, this, [this](int i) {
        const auto moscow = static_cast<Moscow>(m_ui->moscowCombo->itemData(i).toInt());
        write(
            QStringLiteral("moscow"), [&](Story& s) { s.moscow = moscow; }, false);
    });
    connect(m_ui->pointsCombo, &QComboBox::activated, this, [this](int i) {
        const int p = m_ui->pointsCombo->itemData(i).toInt();
        m_messages->set(QStringLiteral("points"), {});
        write(
            QStringLiteral("points"),
            [&](Story& s) { s.points = p < 0 ? std::nullopt : std::optional<int>(p); }, false);
    });
    connect(m_ui->pointsCombo->lineEdit(), &QLineEdit::editingFinished, this, &StoryEditor::pointsTyped);
    const auto checklist = [this](QListWidget* list, const QString& field, std::vector<Id> Story::*member) {
        connect(list, &QListWidget::itemChanged, this, [this, list, field, member] {
            if (m_updating)
                return;
            std::vector<Id> ids;
            for (int i = 0; i < list->count(); ++i)
                if (list->item(i)->checkState() == Qt::Checked)
                    ids.push_back(list->item(i)->data(kIdRole).toLongLong());
            write(
                field,
                [&](Story& s) {
                    // Keep links the list does not show (none today) and the stored order.
                    std::vector<Id> kept;
                    for (Id id : s.*member)
                        if (std::find(ids.begin(), ids.end(), id) != ids.end())
                            kept.push_back(id);
                    for (Id id : ids)
                        if (std::find(kept.begin(), kept.end(), id) == kept.end())
                            kept.push_back(id);
                    s.*member = kept;
                },
                false);
        });
    };
    checklist(m_ui->personasList, QStringLiteral("personas"), &Story::personaIds);
    checklist(m_ui->insightsList, QStringLiteral("insights"), &Story::insightIds);
    connect(m_ui->insightsFilter, &QLineEdit::textChanged, this, &StoryEditor::filterInsights);

    connect(m_storyCompleter, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& text) { addBlockedStory(text); });
    connect(m_ui->blocksAddEdit, &QLineEdit::returnPressed, this,
            [this] { addBlockedStory(m_ui->blocksAddEdit->text()); });
    connect(m_ui->removeBlockButton, &QPushButton::clicked, this, &StoryEditor::removeBlockedStory);
    auto* removeKey = new QShortcut(QKeySequence(QKeySequence::Delete), m_ui->blocksList);
    removeKey->setContext(Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, this, &StoryEditor::removeBlockedStory);
}

void StoryEditor::connectDocument() {
    const auto changed = [this] {
        m_completionsStale = true;
        refresh();
    };
    connect(&m_document, &Document::reset, this, [this, changed] {
        m_messages->clearAll();
        changed();
    });
    connect(&m_document, &Document::storiesChanged, this, changed);
    connect(&m_document, &Document::storiesAdded, this, changed);
    connect(&m_document, &Document::storiesRemoved, this, changed);
    connect(&m_document, &Document::settingsChanged, this, changed);
    connect(&m_document, &Document::epicsChanged, this, changed);
    connect(&m_document, &Document::researchChanged, this, changed);
}

void StoryEditor::setStory(qint64 storyId) {
    if (storyId == m_storyId && storyId != 0)
        return;
    m_storyId = storyId;
    m_messages->clearAll();
    m_ui->insightsFilter->clear();
    m_score->setStory(storyId);
    m_criteria->setStory(storyId);
    refresh();
}

void StoryEditor::write(const QString& field, const std::function<void(Story&)>& change, bool merge) {
    if (m_updating)
        return;
    const bool ok = editor::editStory(m_document, m_storyId, change, merge ? field : QString());
    // A refused edit leaves the text where it is (not overwritten by refreshes) and says why.
    m_messages->set(field,
                    ok ? QString()
                       : (m_document.errorString().isEmpty()
                              ? tr("The change could not be saved: the story is no longer in the workspace.")
                              : m_document.errorString()));
}

void StoryEditor::pointsTyped() {
    if (m_updating)
        return;
    const QString text = m_ui->pointsCombo->currentText().trimmed();
    std::optional<int> points;
    if (!text.isEmpty() && text.compare(m_ui->pointsCombo->itemText(0), Qt::CaseInsensitive) != 0) {
        bool ok = false;
        const int p = text.toInt(&ok);
        if (!ok || std::find(std::begin(kPoints), std::end(kPoints), p) == std::end(kPoints)) {
            m_messages->set(QStringLiteral("points"), tr("Points must be one of 0, 1, 2, 3, 5, 8, 13, 21 "
                                                         "(or Not estimated); \"%1\" is not.")
                                                          .arg(text));
            return;
        }
        points = p;
    }
    m_messages->set(QStringLiteral("points"), {});
    write(
        QStringLiteral("points"), [&](Story& s) { s.points = points; }, false);
}

void StoryEditor::refresh() {
    const Story* s = editor::storedStory(m_document, m_storyId);
    if (m_storyId == 0 || !m_document.isOpen()) {
        m_ui->pages->setCurrentWidget(m_ui->emptyPage);
        return;
    }
    if (!s) {
        m_ui->pages->setCurrentWidget(m_ui->deletedPage);
        return;
    }
    m_ui->pages->setCurrentWidget(m_ui->editorPage);
    m_updating = true;
    m_ui->headingLabel->setText(QStringLiteral("<b>%1</b> %2").arg(qs(s->key), qs(s->title).toHtmlEscaped()));
    if (isWindow())
        setWindowTitle(tr("%1 %2 — Story").arg(qs(s->key), qs(s->title)));
    // Fields whose text is not stored (a message says why) keep what the product owner typed.
    const auto pending = [this](const char* field) { return m_messages->has(QLatin1String(field)); };
    if (!pending("title"))
        editor::setTextKeepingCursor(m_ui->titleEdit, qs(s->title));
    if (!pending("asA"))
        editor::setTextKeepingCursor(m_ui->asAEdit, qs(s->asA));
    if (!pending("iWant"))
        editor::setTextKeepingCursor(m_ui->iWantEdit, qs(s->iWant));
    if (!pending("soThat"))
        editor::setTextKeepingCursor(m_ui->soThatEdit, qs(s->soThat));
    if (!pending("description"))
        editor::setTextKeepingCursor(m_ui->descriptionEdit, qs(s->description));
    if (!pending("labels") && parseLabels(m_ui->labelsEdit->text()) != s->labels) {
        QStringList labels;
        for (const auto& l : s->labels)
            labels << qs(l);
        editor::setTextKeepingCursor(m_ui->labelsEdit, labels.join(QStringLiteral(", ")));
    }
    fillEpics();
    m_ui->epicCombo->setCurrentIndex(std::max(0, m_ui->epicCombo->findData(qint64(s->epicId.value_or(0)))));
    m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(static_cast<int>(s->status)));
    m_ui->moscowCombo->setCurrentIndex(m_ui->moscowCombo->findData(static_cast<int>(s->moscow)));
    if (!pending("points"))
        m_ui->pointsCombo->setCurrentIndex(std::max(0, m_ui->pointsCombo->findData(s->points.value_or(-1))));

    const Workspace& ws = m_document.workspace();
    QList<QPair<qint64, QString>> personas;
    for (const auto& p : ws.personas)
        personas.append({p.id, p.role.empty() ? qs(p.name) : tr("%1 (%2)").arg(qs(p.name), qs(p.role))});
    fillChecklist(m_ui->personasList, personas, QList<qint64>(s->personaIds.begin(), s->personaIds.end()));
    QList<QPair<qint64, QString>> insights;
    for (const auto& i : ws.insights)
        insights.append({i.id, qs(i.title)});
    fillChecklist(m_ui->insightsList, insights, QList<qint64>(s->insightIds.begin(), s->insightIds.end()));
    filterInsights(m_ui->insightsFilter->text());

    const int blockRow = m_ui->blocksList->currentRow();
    m_ui->blocksList->clear();
    for (Id id : s->blocks) {
        const Story* other = editor::storedStory(m_document, id);
        auto* item =
            new QListWidgetItem(other ? storyName(*other) : tr("Story #%1").arg(id), m_ui->blocksList);
        item->setData(kIdRole, qint64(id));
    }
    if (m_ui->blocksList->count() > 0)
        m_ui->blocksList->setCurrentRow(std::clamp(blockRow, 0, m_ui->blocksList->count() - 1));
    m_ui->removeBlockButton->setEnabled(m_ui->blocksList->count() > 0);
    m_updating = false;

    m_score->refresh();
    m_criteria->refresh();
    showReadiness();
    fixTabOrder();
}

void StoryEditor::fillEpics() {
    QList<QPair<qint64, QString>> items{{0, tr("No epic")}};
    for (const auto& e : m_document.workspace().epics)
        items.append({e.id, qs(e.key) + QLatin1Char(' ') + qs(e.title)});
    bool same = m_ui->epicCombo->count() == items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_ui->epicCombo->itemData(i).toLongLong() == items[i].first &&
               m_ui->epicCombo->itemText(i) == items[i].second;
    if (same)
        return;
    m_ui->epicCombo->clear();
    for (const auto& [id, text] : items)
        m_ui->epicCombo->addItem(text, id);
}

void StoryEditor::fillChecklist(QListWidget* list, const QList<QPair<qint64, QString>>& items,
                                const QList<qint64>& checked) {
    bool same = list->count() == items.size();
    for (int i = 0; same && i < items.size(); ++i)
        same = list->item(i)->data(kIdRole).toLongLong() == items[i].first &&
               list->item(i)->text() == items[i].second;
    if (!same) {
        list->clear();
        for (const auto& [id, text] : items) {
            auto* item = new QListWidgetItem(text, list);
            item->setData(kIdRole, id);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setToolTip(text);
        }
    }
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        const bool on = checked.contains(item->data(kIdRole).toLongLong());
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        // Checked state in words too, for readers that do not announce check boxes in lists.
        item->setData(Qt::AccessibleTextRole, on ? tr("%1, linked").arg(item->text()) : item->text());
    }
}

void StoryEditor::filterInsights(const QString& text) {
    for (int i = 0; i < m_ui->insightsList->count(); ++i) {
        QListWidgetItem* item = m_ui->insightsList->item(i);
        item->setHidden(!text.isEmpty() && !item->text().contains(text, Qt::CaseInsensitive));
    }
}

void StoryEditor::showReadiness() {
    const Story* s = editor::storedStory(m_document, m_storyId);
    if (!s)
        return;
    const ReadinessReport report = evaluate(*s, m_document.readinessContext());
    QStringList lines;
    int missing = 0;
    for (const auto& c : report.checks) {
        if (!c.enabled)
            continue;
        if (c.passed) {
            lines << tr("✓ Passed: %1").arg(qs(std::string(label(c.rule))));
        } else {
            ++missing;
            lines << tr("✗ Missing: %1 — %2").arg(qs(std::string(label(c.rule))), qs(c.message));
        }
    }
    // A rule setting the app cannot read is ignored: say so rather than apply the default silently.
    for (const std::string& problem : ReadinessRules::settingProblems(m_document.workspace().settings))
        lines << tr("⚠ %1").arg(qs(problem));
    m_ui->readinessSummary->setText(missing == 0 ? tr("Ready for a sprint.")
                                                 : tr("Not ready: %n item(s) missing.", nullptr, missing));
    m_ui->readinessChecklist->setText(lines.join(QLatin1Char('\n')));
    m_ui->readinessChecklist->setAccessibleDescription(lines.join(QLatin1Char('\n')));
}

void StoryEditor::addBlockedStory(const QString& text) {
    const QString key = text.trimmed().section(QLatin1Char(' '), 0, 0);
    if (key.isEmpty())
        return;
    const Story* other = m_document.workspace().findStory(str(key.toUpper()));
    if (!other) {
        m_messages->set(QStringLiteral("blocks"),
                        tr("There is no story %1 in this workspace. Type a key or part of a title and "
                           "choose a story from the list.")
                            .arg(key));
        return;
    }
    if (other->id == m_storyId) {
        m_messages->set(QStringLiteral("blocks"), tr("A story cannot block itself. Choose another story."));
        return;
    }
    m_messages->set(QStringLiteral("blocks"), {});
    const Id id = other->id;
    write(
        QStringLiteral("blocks"),
        [&](Story& s) {
            if (std::find(s.blocks.begin(), s.blocks.end(), id) == s.blocks.end())
                s.blocks.push_back(id);
        },
        false);
    // Cleared after the completer has finished writing its choice into the field.
    QMetaObject::invokeMethod(m_ui->blocksAddEdit, &QLineEdit::clear, Qt::QueuedConnection);
}

void StoryEditor::removeBlockedStory() {
    QListWidgetItem* item = m_ui->blocksList->currentItem();
    if (!item)
        return;
    const Id id = item->data(kIdRole).toLongLong();
    write(
        QStringLiteral("blocks"),
        [&](Story& s) { s.blocks.erase(std::remove(s.blocks.begin(), s.blocks.end(), id), s.blocks.end()); },
        false);
}

bool StoryEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_ui->scrollArea->viewport()) {
        if (event->type() == QEvent::Resize)
            updateHeadingLayout();
        return QWidget::eventFilter(watched, event);
    }
    if (event->type() == QEvent::FocusIn && m_completionsStale)
        updateCompletions(watched);
    return QWidget::eventFilter(watched, event);
}

void StoryEditor::updateCompletions(QObject*) {
    // Built when a field that completes gets focus, not on every change: a pass over every story.
    m_completionsStale = false;
    std::set<std::string> labels;
    QStringList names;
    const auto& stories = m_document.workspace().stories;
    names.reserve(static_cast<qsizetype>(stories.size()));
    for (const Story& s : stories) {
        labels.insert(s.labels.begin(), s.labels.end());
        if (s.id != m_storyId)
            names << storyName(s);
    }
    QStringList labelList;
    for (const auto& l : labels)
        labelList << qs(l);
    m_labelCompleter->setLabels(labelList);
    m_storyNames->setStringList(names);
}

void StoryEditor::fixTabOrder() {
    QList<QWidget*> chain{m_ui->openWindowButton, m_ui->titleEdit,        m_ui->asAEdit,
                          m_ui->iWantEdit,        m_ui->soThatEdit,       m_ui->descriptionEdit,
                          m_ui->epicCombo,        m_ui->statusCombo,      m_ui->pointsCombo,
                          m_ui->moscowCombo,      m_ui->labelsEdit,       m_ui->personasList,
                          m_ui->insightsFilter,   m_ui->insightsList,     m_ui->blocksAddEdit,
                          m_ui->blocksList,       m_ui->removeBlockButton};
    chain << m_score->fields();
    chain << m_criteria->findChild<QWidget*>(QStringLiteral("criteriaList"));
    for (int i = 1; i < chain.size(); ++i)
        if (chain[i - 1] && chain[i])
            setTabOrder(chain[i - 1], chain[i]);
    // The criteria editor orders its own fields; the readiness button comes after them.
    if (auto* done = m_criteria->findChild<QWidget*>(QStringLiteral("doneCheck")))
        setTabOrder(done, m_ui->dorButton);
}

StoryEditor* StoryEditor::openInWindow() {
    if (!editor::storedStory(m_document, m_storyId))
        return nullptr;
    auto* editorWindow = new StoryEditor(m_document, window());
    editorWindow->setWindowFlag(Qt::Window);
    editorWindow->setAttribute(Qt::WA_DeleteOnClose);
    editorWindow->m_ui->openWindowButton->hide();
    editorWindow->setStory(m_storyId);
    editorWindow->resize(std::max(760, width()), 900);
    editorWindow->show();
    return editorWindow;
}

QString StoryEditor::validationText() const {
    return m_messages->text();
}

QString StoryEditor::readinessText() const {
    return m_ui->readinessChecklist->text();
}

bool StoryEditor::isShowingDeletedStory() const {
    return m_ui->pages->currentWidget() == m_ui->deletedPage;
}

void StoryEditor::editDefinitionOfReady() {
    DefinitionOfReadyDialog dialog(m_document, this);
    dialog.exec();
}

} // namespace storyloom
