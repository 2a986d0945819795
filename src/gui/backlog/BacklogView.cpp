#include "BacklogView.h"

#include "ui_BacklogView.h"

#include "BacklogDelegate.h"
#include "BacklogFilterProxy.h"
#include "BacklogModel.h"
#include "BulkEditDialog.h"
#include "EpicGroupModel.h"
#include "FacetBar.h"
#include "StoryChoices.h"
#include "app/BacklogFilter.h"
#include "app/BulkEdit.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "scoring/Breakdown.h"
#include "scoring/Framework.h"
#include "scoring/NumberText.h"
#include "scoring/Ranking.h"

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QSignalBlocker>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString number(double v) {
    return QString::fromStdString(scoring::formatRounded(v));
}

} // namespace

BacklogView::BacklogView(Document& document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BacklogView>()), m_document(document),
      m_model(new BacklogModel(document, this)), m_proxy(new BacklogFilterProxy(document, this)),
      m_groups(new EpicGroupModel(document, this)), m_tableDelegate(new BacklogDelegate(this)),
      m_treeDelegate(new BacklogDelegate(this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_groups->setSourceModel(m_proxy);
    m_ui->groupTree->setModel(m_groups);
    m_ui->groupTree->setItemDelegate(m_treeDelegate);
    m_ui->groupTree->hide();
    // The tree has no sort of its own: header clicks sort the filtered backlog underneath.
    m_ui->groupTree->header()->setSectionsClickable(true);
    connect(m_ui->groupTree->header(), &QHeaderView::sectionClicked, this, [this](int column) {
        m_proxy->sort(column, m_proxy->sortOrder() == Qt::AscendingOrder && m_proxy->sortColumn() == column
                                  ? Qt::DescendingOrder
                                  : Qt::AscendingOrder);
    });
    connect(m_ui->groupTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BacklogView::showExplanation);
    connect(m_ui->groupCheck, &QCheckBox::toggled, this, &BacklogView::setGrouped);
    auto* facets = new FacetBar(m_document, *m_proxy, this);
    m_ui->layout->insertWidget(1, facets);
    facets->placeInTabOrderAfter(m_ui->frameworkCombo);
    // A saved filter can bring its own find text: show it in the find bar.
    connect(facets, &FacetBar::filterChanged, this, [this] {
        const QSignalBlocker blocker(m_ui->filterEdit);
        m_ui->filterEdit->setText(m_proxy->filter().text);
    });
    m_ui->table->setItemDelegate(m_tableDelegate);
    for (QAbstractItemView* view :
         {static_cast<QAbstractItemView*>(m_ui->table), static_cast<QAbstractItemView*>(m_ui->groupTree)}) {
        view->setDragEnabled(true);
        view->setAcceptDrops(true);
        view->setDropIndicatorShown(true);
        view->installEventFilter(this); // Enter edits
    }
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setCornerButtonEnabled(false);
    QHeaderView* header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    fitToFont();
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({80 * m_em, 80 * m_em, 24 * m_em}); // table, grouped tree (one hidden), panel
    m_ui->groupTree->header()->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
    m_ui->groupTree->header()->setStretchLastSection(false);
    // Open every epic while there are few enough to read through.
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        if (isGrouped() && m_groups->rowCount() <= 200)
            m_ui->groupTree->expandAll();
    });
    m_ui->termsTable->setColumnCount(5);
    m_ui->termsTable->setHorizontalHeaderLabels(
        {tr("Term"), tr("Input"), tr("Factor"), tr("Weight"), tr("Adds")});
    m_ui->termsTable->verticalHeader()->hide();
    m_ui->termsTable->setCornerButtonEnabled(false);
    m_ui->termsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->termsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->explanationTitle->setStyleSheet(QStringLiteral("font-weight: bold"));

    connect(header, &QHeaderView::customContextMenuRequested, this, &BacklogView::showColumnMenu);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, m_proxy, &BacklogFilterProxy::setFilterText);
    connect(m_ui->frameworkCombo, &QComboBox::activated, this, &BacklogView::frameworkChosen);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BacklogView::showExplanation);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &BacklogView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BacklogView::countsChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BacklogView::countsChanged);
    connect(&m_document, &Document::rankingChanged, this, [this] {
        fillFrameworks();
        showExplanation();
    });
    // Another window or the CLI changed the file: the document reloads; keep the selection and the
    // scroll position on the same stories.
    connect(&m_document, &Document::aboutToReset, this, &BacklogView::rememberPlace);
    connect(&m_document, &Document::reset, this, [this] {
        fillFrameworks();
        restorePlace();
        // Start on the top story so the "why this rank" panel has something to say.
        if (!m_ui->table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_ui->table->setCurrentIndex(m_proxy->index(0, BacklogModel::TitleColumn));
        showExplanation();
    });

    auto addShortcut = [this](const QKeySequence& keys, auto slot, const QString& text) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_ui->table->addAction(action);
        m_ui->groupTree->addAction(action);
        return action;
    };
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); }, tr("Move Up"));
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); }, tr("Move Down"));
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrentToEnd(true); },
        tr("Move to Top"));
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrentToEnd(false); },
        tr("Move to Bottom"));
    addShortcut(
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { editSelected(); },
        tr("Edit Selected Stories…"));
    addShortcut(
        QKeySequence::Delete, [this] { deleteSelected(); }, tr("Delete Story"));
    m_ui->table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->groupTree->setContextMenuPolicy(Qt::ActionsContextMenu);

    fillFrameworks();
    showExplanation();
}

BacklogView::~BacklogView() = default;

int BacklogView::visibleCount() const {
    return m_proxy->rowCount();
}

bool BacklogView::isGrouped() const {
    return m_ui->groupTree->isVisibleTo(this);
}

void BacklogView::setGrouped(bool grouped) {
    const qint64 current = currentStoryId();
    m_ui->groupTree->setVisible(grouped);
    m_ui->table->setVisible(!grouped);
    if (m_ui->groupCheck->isChecked() != grouped)
        m_ui->groupCheck->setChecked(grouped);
    if (grouped) {
        if (m_groups->rowCount() <= 200)
            m_ui->groupTree->expandAll();
        const QModelIndex shown =
            m_groups->mapFromSource(m_proxy->index(std::max(0, rowOfStory(current)), 0));
        if (shown.isValid()) {
            m_ui->groupTree->setCurrentIndex(shown);
            m_ui->groupTree->scrollTo(shown);
        }
    } else if (current) {
        selectStory(current);
    }
    showExplanation();
}

QAbstractItemView* BacklogView::shownView() const {
    return isGrouped() ? static_cast<QAbstractItemView*>(m_ui->groupTree) : m_ui->table;
}

BacklogDelegate* BacklogView::shownDelegate() const {
    return isGrouped() ? m_treeDelegate : m_tableDelegate;
}

qint64 BacklogView::currentStoryId() const {
    const QModelIndex current = shownView()->currentIndex();
    return current.isValid() ? current.data(BacklogModel::StoryIdRole).toLongLong() : 0; // 0 on epic rows
}

int BacklogView::rowOfStory(qint64 storyId) const {
    const int position = m_document.rankingPosition(storyId); // 1-based in the source model
    if (position <= 0)
        return -1;
    const QModelIndex source = m_model->index(position - 1, BacklogModel::TitleColumn);
    if (source.data(BacklogModel::StoryIdRole).toLongLong() == storyId) {
        const QModelIndex shown = m_proxy->mapFromSource(source);
        if (shown.isValid())
            return shown.row();
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) // fallback: a linear scan
        if (m_proxy->index(row, 0).data(BacklogModel::StoryIdRole).toLongLong() == storyId)
            return row;
    return -1;
}

QModelIndex BacklogView::shownIndex(qint64 storyId, int column) const {
    const int row = storyId ? rowOfStory(storyId) : -1;
    if (row < 0)
        return {};
    const QModelIndex index = m_proxy->index(row, column);
    return isGrouped() ? m_groups->mapFromSource(index) : index;
}

void BacklogView::selectStory(qint64 storyId) {
    const QModelIndex index = shownIndex(storyId, BacklogModel::TitleColumn);
    if (!index.isValid())
        return;
    QAbstractItemView* view = shownView();
    view->setCurrentIndex(index);
    view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

void BacklogView::rememberPlace() {
    m_place = Place{};
    m_place.filePath = m_document.filePath();
    m_place.current = currentStoryId();
    m_place.selected = selectedStoryIds();
    const QModelIndex top = shownView()->indexAt(QPoint(1, 1));
    if (top.isValid())
        m_place.topVisible = top.data(BacklogModel::StoryIdRole).toLongLong();
    // What is being typed into a cell: the reload closes the editor without committing it (the
    // models reset), so restorePlace() opens it again on the same story and column with the same
    // text. Reopening rather than delaying the reload keeps the backlog showing the file at once;
    // the typed value is written, over the other process's value, only when the editor commits.
    const BacklogDelegate* delegate = shownDelegate();
    const QModelIndex edited = delegate->openEditorIndex();
    if (delegate->openEditor() && edited.isValid()) {
        m_place.editStory = edited.data(BacklogModel::StoryIdRole).toLongLong();
        m_place.editColumn = edited.column();
        m_place.editValue = BacklogDelegate::editorValue(delegate->openEditor());
        m_place.editCursor = BacklogDelegate::editorCursor(delegate->openEditor());
    }
}

void BacklogView::restorePlace() {
    if (m_place.filePath.isEmpty() || m_place.filePath != m_document.filePath())
        return;
    QAbstractItemView* view = shownView();
    QItemSelection selection;
    for (qint64 id : m_place.selected) {
        const QModelIndex index = shownIndex(id, 0);
        if (index.isValid())
            selection.select(index, index);
    }
    const QModelIndex current = shownIndex(m_place.current, BacklogModel::TitleColumn);
    if (current.isValid())
        view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
    view->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const QModelIndex top = shownIndex(m_place.topVisible, 0);
    if (top.isValid())
        view->scrollTo(top, QAbstractItemView::PositionAtTop);
    reopenEditor();
}

void BacklogView::reopenEditor() {
    // A story the other process deleted, or one the filter now hides, takes its typed text with it.
    const QModelIndex index = shownIndex(m_place.editStory, m_place.editColumn);
    if (!index.isValid() || !(index.flags() & Qt::ItemIsEditable))
        return;
    QAbstractItemView* view = shownView();
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate); // keeps the selection
    view->edit(index);
    if (QWidget* editor = shownDelegate()->openEditor())
        BacklogDelegate::setEditorValue(editor, m_place.editValue, m_place.editCursor);
}

void BacklogView::focusFilter() {
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void BacklogView::moveCurrent(int delta) {
    moveShown(delta < 0 ? -1 : 1, false);
}

void BacklogView::moveCurrentToEnd(bool top) {
    moveShown(top ? -1 : 1, true);
}

void BacklogView::moveShown(int direction, bool toEnd) {
    // Grouped, the neighbours are the stories of the same epic as the group shows them.
    const QModelIndex current = shownView()->currentIndex();
    const qint64 id = current.isValid() ? current.data(BacklogModel::StoryIdRole).toLongLong() : 0;
    if (id == 0)
        return;
    const QAbstractItemModel* model = current.model();
    const QModelIndex parent = current.parent();
    const int rows = model->rowCount(parent);
    int target = toEnd ? (direction < 0 ? 0 : rows - 1) : current.row() + direction;
    // Unscored stories always follow the scored ones, so the bottom a scored story can reach is
    // directly below the last scored story shown.
    const scoring::Ranking& ranking = m_document.ranking();
    const auto scored = [&](qint64 storyId) {
        const scoring::RankedStory* entry = ranking.find(storyId);
        return entry && entry->score.scored;
    };
    if (toEnd && direction > 0 && scored(id))
        while (target > current.row() &&
               !scored(model->index(target, 0, parent).data(BacklogModel::StoryIdRole).toLongLong()))
            --target;
    if (target < 0 || target >= rows || target == current.row())
        return;
    const qint64 other = model->index(target, 0, parent).data(BacklogModel::StoryIdRole).toLongLong();
    if (scored(id) != scored(other)) {
        // The ranking lists every scored story before the unscored ones, whatever the manual
        // order says: such a move would change nothing visible, so say why instead.
        const Story* story = m_document.workspace().findStory(id);
        const QString key = story ? QString::fromStdString(story->key) : QString();
        if (scored(id)) {
            emit message(tr("%1 stays above the stories that are not scored yet: the ranking lists scored "
                            "stories first.")
                             .arg(key));
        } else {
            const scoring::Breakdown why = m_document.explain(id);
            emit message(tr("%1 is not scored yet (%2), so it stays below the scored stories. Enter the "
                            "missing inputs in the story editor to rank it among them.")
                             .arg(key, QString::fromStdString(why.reason)));
        }
        return;
    }
    const bool ok = direction < 0 ? m_document.placeAbove(id, other) : m_document.placeBelow(id, other);
    if (ok)
        selectStory(id);
}

QList<qint64> BacklogView::selectedStoryIds() const {
    QList<qint64> ids;
    for (const QModelIndex& index : shownView()->selectionModel()->selectedRows())
        if (const qint64 id = index.data(BacklogModel::StoryIdRole).toLongLong())
            ids.append(id); // not epic rows
    return ids;
}

void BacklogView::editSelected() {
    QList<qint64> ids = selectedStoryIds();
    if (ids.isEmpty() && currentStoryId() != 0)
        ids.append(currentStoryId());
    if (ids.isEmpty())
        return;
    BulkEditDialog dialog(m_document, static_cast<int>(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_document.bulkEdit(ids, dialog.edit()))
        QMessageBox::warning(this, tr("Could not edit the stories"), m_document.errorString());
}

bool BacklogView::eventFilter(QObject* watched, QEvent* event) {
    // Enter on an editable cell edits it, as F2 does (Enter in an open editor commits it).
    if (event->type() == QEvent::KeyPress && (watched == m_ui->table || watched == m_ui->groupTree)) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* view = static_cast<QAbstractItemView*>(watched);
        const QModelIndex current = view->currentIndex();
        const BacklogDelegate* delegate = watched == m_ui->table ? m_tableDelegate : m_treeDelegate;
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && !delegate->openEditor() && current.isValid() &&
            (current.flags() & Qt::ItemIsEditable)) {
            view->edit(current);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BacklogView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        fitToFont();
}

void BacklogView::fitToFont() {
    // Rows as tall as the text (the tree sizes its rows from the delegate by itself); columns keep
    // their share when the text grows, including widths the product owner chose.
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    if (em <= 0 || em == m_em)
        return;
    if (m_em == 0) {
        const int widths[] = {4, 7, 0, 10, 7, 4, 7, 8, 10}; // in em, per BacklogModel::Column
        for (int c = 0; c < BacklogModel::ColumnCount; ++c) {
            // Status and MoSCoW fit their longest word plus the margins and a drop-down's arrow.
            int widest = 0;
            if (c == BacklogModel::StatusColumn || c == BacklogModel::MoscowColumn)
                for (const StoryChoices::Choice& choice : StoryChoices::forColumn(c))
                    widest = std::max(widest, fontMetrics().horizontalAdvance(choice.label) + 3 * em);
            if (widths[c] > 0)
                m_ui->table->setColumnWidth(c, std::max(widths[c] * em, widest));
        }
        for (int c = 0; c < BacklogModel::ColumnCount; ++c)
            m_ui->groupTree->setColumnWidth(c, m_ui->table->columnWidth(c));
        m_ui->groupTree->setColumnWidth(BacklogModel::RankColumn, 10 * em); // "12 stories" on epic rows
    } else {
        for (QHeaderView* header : {m_ui->table->horizontalHeader(), m_ui->groupTree->header()})
            for (int c = 0; c < header->count(); ++c)
                if (c != BacklogModel::TitleColumn) // stretched
                    header->resizeSection(c, header->sectionSize(c) * em / m_em);
    }
    m_em = em;
}

void BacklogView::deleteSelected() {
    const QList<qint64> ids = selectedStoryIds();
    if (!ids.isEmpty())
        m_document.deleteStories(ids); // undoable: Edit > Undo brings them back
}

void BacklogView::fillFrameworks() {
    QComboBox* combo = m_ui->frameworkCombo;
    if (combo->count() == 0) {
        for (scoring::Framework f : scoring::kAllFrameworks)
            combo->addItem(qs(scoring::label(f)), qs(scoring::toId(f)));
    }
    const int index = combo->findData(qs(scoring::toId(m_document.ranking().framework)));
    combo->setCurrentIndex(index >= 0 ? index : 0);
    combo->setEnabled(m_document.isOpen());
}

void BacklogView::frameworkChosen(int index) {
    const QString id = m_ui->frameworkCombo->itemData(index).toString();
    if (!m_document.changeSetting(QStringLiteral("scoring.framework"), id))
        QMessageBox::warning(this, tr("Could not change the framework"), m_document.errorString());
}

void BacklogView::showExplanation() {
    const qint64 id = currentStoryId();
    if (id != m_announcedStory) {
        m_announcedStory = id;
        emit currentStoryChanged(id);
    }
    const auto i = id ? m_document.storyIndex(id) : -1;
    m_ui->termsTable->setRowCount(0);
    if (i < 0) {
        m_ui->explanationTitle->setText(tr("Why this rank"));
        m_ui->explanationSummary->setText(tr("Select a story to see how its score is made up."));
        m_ui->explanationNotes->clear();
        return;
    }
    const Story& story = m_document.workspace().stories[static_cast<std::size_t>(i)];
    const scoring::Breakdown b = m_document.explain(id);
    m_ui->explanationTitle->setText(
        tr("Why %1 is #%2").arg(qs(story.key)).arg(m_document.rankingPosition(id)));
    QString summary;
    if (!b.scored) {
        summary = tr("Unscored under %1: %2. It is listed after the scored stories, in manual order.")
                      .arg(qs(scoring::label(b.framework)), qs(b.reason));
    } else {
        const QString how =
            b.combination == scoring::Combination::Product ? tr("multiplied") : tr("added up");
        summary =
            tr("%1 score %2: the terms below %3").arg(qs(scoring::label(b.framework)), number(b.total), how);
        if (b.scale != 1)
            summary += tr(", then × %1 (%2)").arg(number(b.scale), qs(b.scaleName));
        if (!b.tierLabel.empty())
            summary += tr(". Class: %1").arg(qs(b.tierLabel));
        summary += QLatin1Char('.');
    }
    m_ui->explanationSummary->setText(summary);
    m_ui->termsTable->setRowCount(static_cast<int>(b.terms.size()));
    int row = 0;
    for (const auto& t : b.terms) {
        const QStringList cells{qs(t.name), number(t.input), number(t.factor), number(t.weight),
                                number(t.contribution)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->termsTable->setItem(row, c, item);
        }
        ++row;
    }
    QStringList notes;
    for (const auto& n : b.notes)
        notes << qs(n);
    const auto* entry = m_document.ranking().find(id);
    if (entry && entry->pinned)
        notes << tr("Pinned: placed by hand above a story its score would put it below.");
    if (entry && entry->heldBack)
        notes << tr("Held back below a story that blocks it.");
    m_ui->explanationNotes->setText(notes.join(QLatin1Char('\n')));
}

void BacklogView::showColumnMenu(const QPoint& pos) {
    QMenu menu(this);
    QHeaderView* header = m_ui->table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        action->setEnabled(c != BacklogModel::TitleColumn);
        connect(action, &QAction::toggled, header,
                [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

QByteArray BacklogView::saveHeaderState() const {
    return m_ui->table->horizontalHeader()->saveState();
}

void BacklogView::restoreHeaderState(const QByteArray& state) {
    if (!state.isEmpty())
        m_ui->table->horizontalHeader()->restoreState(state);
}

} // namespace storyloom
