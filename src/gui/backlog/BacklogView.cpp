#include "BacklogView.h"

#include "ui_BacklogView.h"

#include "BacklogFilterProxy.h"
#include "BacklogModel.h"
#include "BulkEditDialog.h"
#include "EpicGroupModel.h"
#include "FacetBar.h"
#include "app/BacklogFilter.h"
#include "app/BulkEdit.h"
#include "ScoreBarDelegate.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "scoring/Breakdown.h"
#include "scoring/Framework.h"
#include "scoring/NumberText.h"
#include "scoring/Ranking.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QCheckBox>
#include <QMessageBox>
#include <QSignalBlocker>

namespace storyloom {
namespace {

QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString number(double v) { return QString::fromStdString(scoring::formatRounded(v)); }

} // namespace

BacklogView::BacklogView(Document& document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::BacklogView>()), m_document(document),
      m_model(new BacklogModel(document, this)), m_proxy(new BacklogFilterProxy(document, this)),
      m_groups(new EpicGroupModel(document, this)) {
    m_ui->setupUi(this);
    m_proxy->setSourceModel(m_model);
    m_ui->table->setModel(m_proxy);
    m_groups->setSourceModel(m_proxy);
    m_ui->groupTree->setModel(m_groups);
    m_ui->groupTree->setItemDelegateForColumn(BacklogModel::ScoreColumn, new ScoreBarDelegate(this));
    m_ui->groupTree->hide();
    // The tree has no sort of its own: header clicks sort the filtered backlog underneath.
    m_ui->groupTree->header()->setSectionsClickable(true);
    connect(m_ui->groupTree->header(), &QHeaderView::sectionClicked, this,
            [this](int column) { m_proxy->sort(column, m_proxy->sortOrder() == Qt::AscendingOrder && m_proxy->sortColumn() == column ? Qt::DescendingOrder : Qt::AscendingOrder); });
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
    m_ui->table->setItemDelegateForColumn(BacklogModel::ScoreColumn, new ScoreBarDelegate(this));
    m_ui->table->setDragEnabled(true);
    m_ui->table->setAcceptDrops(true);
    m_ui->table->setDropIndicatorShown(true);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->setCornerButtonEnabled(false);
    m_ui->table->verticalHeader()->setDefaultSectionSize(m_ui->table->fontMetrics().height() + 8);
    QHeaderView* header = m_ui->table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_ui->table->setColumnWidth(BacklogModel::RankColumn, 5 * em);
    m_ui->table->setColumnWidth(BacklogModel::KeyColumn, 9 * em);
    m_ui->table->setColumnWidth(BacklogModel::EpicColumn, 14 * em);
    m_ui->table->setColumnWidth(BacklogModel::StatusColumn, 7 * em);
    m_ui->table->setColumnWidth(BacklogModel::PointsColumn, 4 * em);
    m_ui->table->setColumnWidth(BacklogModel::MoscowColumn, 7 * em);
    m_ui->table->setColumnWidth(BacklogModel::ScoreColumn, 9 * em);
    m_ui->table->setColumnWidth(BacklogModel::ReadinessColumn, 14 * em);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({72 * em, 72 * em, 30 * em}); // table, grouped tree (one is hidden), panel
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_ui->groupTree->setColumnWidth(c, m_ui->table->columnWidth(c));
    m_ui->groupTree->setColumnWidth(BacklogModel::RankColumn, 10 * em); // "12 stories" on epic rows
    m_ui->groupTree->header()->setSectionResizeMode(BacklogModel::TitleColumn, QHeaderView::Stretch);
    m_ui->groupTree->header()->setStretchLastSection(false);
    // Open every epic while there are few enough to read through.
    connect(m_groups, &QAbstractItemModel::modelReset, this, [this] {
        if (isGrouped() && m_groups->rowCount() <= 200)
            m_ui->groupTree->expandAll();
    });
    m_ui->termsTable->setColumnCount(5);
    m_ui->termsTable->setHorizontalHeaderLabels({tr("Term"), tr("Input"), tr("Factor"), tr("Weight"), tr("Adds")});
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

    auto addShortcut = [this](QKeySequence keys, auto slot, const QString& text) {
        auto* action = new QAction(text, this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        m_ui->table->addAction(action);
        m_ui->groupTree->addAction(action);
        return action;
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveCurrent(-1); }, tr("Move Up"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveCurrent(1); }, tr("Move Down"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up), [this] { moveCurrentToEnd(true); },
                tr("Move to Top"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down), [this] { moveCurrentToEnd(false); },
                tr("Move to Bottom"));
    addShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { editSelected(); },
                tr("Edit Selected Stories…"));
    addShortcut(QKeySequence::Delete, [this] { deleteSelected(); }, tr("Delete Story"));
    m_ui->table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->groupTree->setContextMenuPolicy(Qt::ActionsContextMenu);

    fillFrameworks();
    showExplanation();
}

BacklogView::~BacklogView() = default;

int BacklogView::visibleCount() const { return m_proxy->rowCount(); }

bool BacklogView::isGrouped() const { return m_ui->groupTree->isVisibleTo(this); }

void BacklogView::setGrouped(bool grouped) {
    const qint64 current = currentStoryId();
    m_ui->groupTree->setVisible(grouped);
    m_ui->table->setVisible(!grouped);
    if (m_ui->groupCheck->isChecked() != grouped)
        m_ui->groupCheck->setChecked(grouped);
    if (grouped) {
        if (m_groups->rowCount() <= 200)
            m_ui->groupTree->expandAll();
        const QModelIndex shown = m_groups->mapFromSource(m_proxy->index(std::max(0, rowOfStory(current)), 0));
        if (shown.isValid()) {
            m_ui->groupTree->setCurrentIndex(shown);
            m_ui->groupTree->scrollTo(shown);
        }
    } else if (current) {
        selectStory(current);
    }
    showExplanation();
}

qint64 BacklogView::currentStoryId() const {
    if (isGrouped()) {
        const QModelIndex source = m_groups->mapToSource(m_ui->groupTree->currentIndex());
        return source.isValid() ? source.data(BacklogModel::StoryIdRole).toLongLong() : 0;
    }
    const QModelIndex current = m_ui->table->currentIndex();
    return current.isValid() ? current.data(BacklogModel::StoryIdRole).toLongLong() : 0;
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

void BacklogView::selectStory(qint64 storyId) {
    const int row = rowOfStory(storyId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->index(row, BacklogModel::TitleColumn);
    m_ui->table->setCurrentIndex(index);
    m_ui->table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->table->scrollTo(index);
}

void BacklogView::rememberPlace() {
    m_place = Place{};
    m_place.filePath = m_document.filePath();
    m_place.current = currentStoryId();
    m_place.selected = selectedStoryIds();
    const QModelIndex top = m_ui->table->indexAt(QPoint(1, 1));
    if (top.isValid())
        m_place.topVisible = top.data(BacklogModel::StoryIdRole).toLongLong();
}

void BacklogView::restorePlace() {
    if (m_place.filePath.isEmpty() || m_place.filePath != m_document.filePath())
        return;
    QItemSelection selection;
    for (qint64 id : m_place.selected) {
        const int row = rowOfStory(id);
        if (row >= 0)
            selection.select(m_proxy->index(row, 0), m_proxy->index(row, m_proxy->columnCount() - 1));
    }
    const int current = rowOfStory(m_place.current);
    if (current >= 0)
        m_ui->table->selectionModel()->setCurrentIndex(m_proxy->index(current, BacklogModel::TitleColumn),
                                                        QItemSelectionModel::NoUpdate);
    m_ui->table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    const int top = rowOfStory(m_place.topVisible);
    if (top >= 0)
        m_ui->table->scrollTo(m_proxy->index(top, 0), QAbstractItemView::PositionAtTop);
}

void BacklogView::focusFilter() {
    m_ui->filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->filterEdit->selectAll();
}

void BacklogView::moveCurrent(int delta) {
    if (isGrouped()) // the ranking order is the flat list's; moves happen there
        return;
    const QModelIndex current = m_ui->table->currentIndex();
    if (!current.isValid())
        return;
    const int targetRow = current.row() + delta;
    if (targetRow < 0 || targetRow >= m_proxy->rowCount())
        return;
    const qint64 id = current.data(BacklogModel::StoryIdRole).toLongLong();
    const qint64 other = m_proxy->index(targetRow, 0).data(BacklogModel::StoryIdRole).toLongLong();
    const bool ok = delta < 0 ? m_document.placeAbove(id, other) : m_document.placeBelow(id, other);
    if (ok)
        selectStory(id);
}

void BacklogView::moveCurrentToEnd(bool top) {
    if (isGrouped())
        return;
    const qint64 id = currentStoryId();
    if (id == 0 || m_proxy->rowCount() < 2)
        return;
    const int edgeRow = top ? 0 : m_proxy->rowCount() - 1;
    const qint64 edge = m_proxy->index(edgeRow, 0).data(BacklogModel::StoryIdRole).toLongLong();
    if (edge == id)
        return;
    const bool ok = top ? m_document.placeAbove(id, edge) : m_document.placeBelow(id, edge);
    if (ok)
        selectStory(id);
}

QList<qint64> BacklogView::selectedStoryIds() const {
    QList<qint64> ids;
    if (isGrouped()) {
        for (const QModelIndex& index : m_ui->groupTree->selectionModel()->selectedRows()) {
            const QModelIndex source = m_groups->mapToSource(index);
            if (source.isValid())
                ids.append(source.data(BacklogModel::StoryIdRole).toLongLong());
        }
        return ids;
    }
    for (const QModelIndex& index : m_ui->table->selectionModel()->selectedRows())
        ids.append(index.data(BacklogModel::StoryIdRole).toLongLong());
    return ids;
}

void BacklogView::editSelected() {
    const QList<qint64> ids = selectedStoryIds();
    if (ids.isEmpty())
        return;
    BulkEditDialog dialog(m_document, static_cast<int>(ids.size()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_document.bulkEdit(ids, dialog.edit()))
        QMessageBox::warning(this, tr("Could not edit the stories"), m_document.errorString());
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
    m_ui->explanationTitle->setText(tr("Why %1 is #%2").arg(qs(story.key)).arg(m_document.rankingPosition(id)));
    QString summary;
    if (!b.scored) {
        summary = tr("Unscored under %1: %2. It is listed after the scored stories, in manual order.")
                      .arg(qs(scoring::label(b.framework)), qs(b.reason));
    } else {
        const QString how = b.combination == scoring::Combination::Product ? tr("multiplied") : tr("added up");
        summary = tr("%1 score %2: the terms below %3").arg(qs(scoring::label(b.framework)), number(b.total), how);
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
        const QStringList cells{qs(t.name), number(t.input), number(t.factor), number(t.weight), number(t.contribution)};
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
        connect(action, &QAction::toggled, header, [header, c](bool shown) { header->setSectionHidden(c, !shown); });
    }
    menu.exec(header->mapToGlobal(pos));
}

QByteArray BacklogView::saveHeaderState() const { return m_ui->table->horizontalHeader()->saveState(); }

void BacklogView::restoreHeaderState(const QByteArray& state) {
    if (!state.isEmpty())
        m_ui->table->horizontalHeader()->restoreState(state);
}

} // namespace storyloom
