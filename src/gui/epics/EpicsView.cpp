#include "EpicsView.h"

#include "DeleteEpicDialog.h"
#include "EpicEditor.h"
#include "EpicListModel.h"
#include "ThemesDialog.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "widgets/ValidationLabel.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace storyloom {

EpicsView::EpicsView(Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_model(new EpicListModel(document, this)),
      m_proxy(new QSortFilterProxyModel(this)) {
    setAccessibleName(tr("Epics"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EpicListModel::SortRole);

    auto* list = new QWidget(this);
    auto* listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto* buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New epic"), list);
    m_newButton->setObjectName(QStringLiteral("newEpicButton"));
    m_newButton->setAccessibleName(tr("New epic"));
    m_newButton->setToolTip(tr("Add an epic (Ctrl+Shift+N)"));
    m_deleteButton = new QPushButton(tr("Delete e&pic…"), list);
    m_deleteButton->setObjectName(QStringLiteral("deleteEpicButton"));
    m_deleteButton->setAccessibleName(tr("Delete epic"));
    m_deleteButton->setToolTip(tr("Delete the current epic, moving or deleting its stories (Delete)"));
    m_themesButton = new QPushButton(tr("&Themes…"), list);
    m_themesButton->setObjectName(QStringLiteral("manageThemesButton"));
    m_themesButton->setAccessibleName(tr("Manage themes"));
    m_themesButton->setToolTip(tr("Add, rename, recolour or delete themes (Ctrl+Shift+T)"));
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    buttons->addWidget(m_themesButton);
    buttons->addStretch(1);
    listLayout->addLayout(buttons);

    auto* listLabel = new QLabel(tr("E&pics:"), list);
    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("epicTable"));
    m_table->setAccessibleName(tr("Epic list"));
    listLabel->setText(tr("Epi&cs in roadmap order:"));
    listLabel->setBuddy(m_table);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // roadmap order until a header is clicked
    m_table->verticalHeader()->hide();
    // Column widths fitted to content look at no more than 100 rows (Qt's default is 1,000, and
    // every row while the view is hidden): with 2,000 epics the fitting cost half a second at start.
    m_table->verticalHeader()->setResizeContentsPrecision(100);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->viewport()->installEventFilter(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_table, 1);
    m_problem = new ValidationLabel(list);
    listLayout->addWidget(m_problem);

    m_editor = new EpicEditor(document, this);
    auto* scroll = new QScrollArea(this);
    m_formScroll = scroll;
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Epic details"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->addWidget(list);
    splitter->addWidget(scroll);
    // The list gets most of any extra width: the form reads well at its minimum width.
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({900, 420});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    auto* newAction = new QAction(tr("New Epic"), this);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, [this] { addEpic(); });
    auto* deleteAction = new QAction(tr("Delete Epic"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, [this] { deleteCurrent(); });
    m_manageThemes = new QAction(tr("Manage &Themes…"), this);
    m_manageThemes->setObjectName(QStringLiteral("manageThemesAction"));
    m_manageThemes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_manageThemes->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_manageThemes);
    connect(m_manageThemes, &QAction::triggered, this, &EpicsView::manageThemes);
    connect(m_themesButton, &QPushButton::clicked, this, &EpicsView::manageThemes);
    connect(m_newButton, &QPushButton::clicked, this, [this] { addEpic(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCurrent(); });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EpicsView::currentChanged);
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        if (m_proxy->rowCount() == 0)
            return; // the list is already empty (a reset clears it first): keep what was current
        m_keptId = currentEpicId();
        m_keptRow = std::max(0, m_table->currentIndex().row());
        m_keptFile = m_document.filePath();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EpicsView::restoreCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &EpicsView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &EpicsView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &EpicsView::fitColumns);
    // Connected after the editor's own reset slot (which empties the form): the view has the last word.
    connect(&m_document, &Document::reset, this, &EpicsView::restoreCurrent);
    setTabOrder(m_newButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_themesButton);
    setTabOrder(m_themesButton, m_table);
    setTabOrder(m_table, m_editor);
    m_keptFile = m_document.filePath();
    restoreCurrent();
}

EpicsView::~EpicsView() = default;

qint64 EpicsView::currentEpicId() const {
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(EpicListModel::IdRole).toLongLong() : 0;
}

void EpicsView::selectEpic(qint64 epicId) {
    const int row = m_model->rowOf(epicId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, EpicListModel::Title));
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

Qt::Orientation EpicsView::layoutOrientation() const {
    return m_splitter->orientation();
}

int EpicsView::sideBySideWidth() const {
    // The list's columns at their least widths, the title at its minimum, and the form's own minimum.
    QHeaderView* header = m_table->horizontalHeader();
    int list =
        minimumTitleWidth() + 2 * m_table->frameWidth() + m_table->verticalScrollBar()->sizeHint().width();
    for (int c = 0; c < EpicListModel::ColumnCount; ++c) {
        if (c == EpicListModel::Title)
            continue;
        const bool squeezable =
            c == EpicListModel::Colour || c == EpicListModel::Theme || c == EpicListModel::Dates;
        list += squeezable ? std::max(header->sectionSizeHint(c), squeezedWidth(c)) : contentWidth(c);
    }
    return list + m_splitter->handleWidth() + m_editor->minimumSizeHint().width() + 24;
}

void EpicsView::resizeEvent(QResizeEvent* event) {
    // Too narrow for the list and the form side by side (a small window, the story editor panel
    // open): the form goes below the list rather than squeezing both.
    const Qt::Orientation wanted = width() < sideBySideWidth() ? Qt::Vertical : Qt::Horizontal;
    // Side by side, the form keeps its minimum width (no sideways scrolling); the list gives way.
    const int formWidth =
        m_editor->minimumSizeHint().width() + m_formScroll->verticalScrollBar()->sizeHint().width();
    m_formScroll->setMinimumWidth(wanted == Qt::Horizontal ? formWidth : 0);
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        m_splitter->setSizes(wanted == Qt::Vertical ? QList<int>{height() / 2, height() / 2}
                                                    : QList<int>{width() * 2 / 3, width() / 3});
    }
    QWidget::resizeEvent(event);
}

bool EpicsView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

int EpicsView::squeezedWidth(int column) const {
    // The colour keeps room for its swatch and word ("Light purple"); the hex goes first.
    const int chars = m_table->fontMetrics().averageCharWidth();
    return column == EpicListModel::Colour ? 13 * chars + m_table->iconSize().width() + 8 : 7 * chars;
}

int EpicsView::minimumTitleWidth() const {
    return std::max(m_table->horizontalHeader()->sectionSizeHint(EpicListModel::Title),
                    30 * m_table->fontMetrics().averageCharWidth());
}

int EpicsView::contentWidth(int column) const {
    const QAbstractItemView* view = m_table; // sizeHintForColumn is public here, protected in QTableView
    return std::max(view->sizeHintForColumn(column), m_table->horizontalHeader()->sectionSizeHint(column));
}

void EpicsView::fitColumns() {
    QHeaderView* header = m_table->horizontalHeader();
    constexpr int kColumns = EpicListModel::ColumnCount;
    std::array<int, kColumns> want{};
    std::array<int, kColumns> least{};
    for (int c = 0; c < kColumns; ++c) {
        want[c] = contentWidth(c);
        least[c] = want[c];
    }
    for (int c : {EpicListModel::Colour, EpicListModel::Theme, EpicListModel::Dates})
        least[c] = std::min(want[c], std::max(header->sectionSizeHint(c), squeezedWidth(c)));
    const int title = EpicListModel::Title;
    const int titleLeast = std::min(want[title], minimumTitleWidth());

    int others = 0;
    int room = 0;
    for (int c = 0; c < kColumns; ++c)
        if (c != title) {
            others += want[c];
            room += want[c] - least[c];
        }
    const int available = m_table->viewport()->width();
    const int shortfall = std::clamp(titleLeast - (available - others), 0, room);
    int taken = 0;
    for (int c = 0; c < kColumns; ++c) {
        if (c == title || want[c] == least[c])
            continue;
        // Each squeezable column gives up width in proportion to what it can spare.
        const int give = static_cast<int>(static_cast<long long>(shortfall) * (want[c] - least[c]) / room);
        want[c] -= give;
        taken += give;
    }
    for (int c = 0; c < kColumns && taken < shortfall; ++c)
        if (c != title && want[c] > least[c]) {
            const int give = std::min(want[c] - least[c], shortfall - taken);
            want[c] -= give;
            taken += give;
        }
    others -= taken;
    want[title] = std::max(titleLeast, available - others);
    for (int c = 0; c < kColumns; ++c)
        if (header->sectionSize(c) != want[c])
            header->resizeSection(c, want[c]);
}

void EpicsView::restoreCurrent() {
    if (m_document.filePath() != m_keptFile) {
        m_keptId = 0;
        m_keptRow = 0;
        m_keptFile = m_document.filePath();
    }
    const int rows = m_proxy->rowCount();
    QItemSelectionModel* selection = m_table->selectionModel();
    if (rows == 0) {
        selection->clear();
        currentChanged();
        return;
    }
    const int source = m_keptId != 0 ? m_model->rowOf(m_keptId) : -1;
    const QModelIndex target = source >= 0
                                   ? m_proxy->mapFromSource(m_model->index(source, EpicListModel::Title))
                                   : m_proxy->index(std::clamp(m_keptRow, 0, rows - 1), EpicListModel::Title);
    if (m_table->currentIndex().row() != target.row() || !selection->isRowSelected(target.row()))
        selection->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    currentChanged();
}

void EpicsView::currentChanged() {
    const qint64 id = currentEpicId();
    m_deleteButton->setEnabled(id != 0);
    m_keptId = id;
    if (id != 0)
        m_keptRow = m_table->currentIndex().row();
    if (m_editor->epicId() != id)
        m_editor->setEpic(id);
}

void EpicsView::manageThemes() {
    ThemesDialog dialog(m_document, this);
    if (const Epic* epic = m_document.findEpic(currentEpicId()); epic && epic->themeId)
        dialog.selectTheme(*epic->themeId);
    dialog.exec();
}

qint64 EpicsView::addEpic() {
    Epic draft;
    draft.title = tr("New epic").toStdString();
    // Next to the current epic's colour would be confusing: give each new epic its own.
    static const char* const kColours[] = {"#4C6EF5", "#E8590C", "#2F9E44", "#AE3EC9", "#1098AD", "#F59F00"};
    draft.colour = kColours[m_document.workspace().epics.size() % std::size(kColours)];
    const qint64 id = m_document.addEpic(draft);
    if (id == 0) {
        m_problem->showMessage(m_document.errorString());
        return 0;
    }
    m_problem->showMessage({});
    selectEpic(id);
    m_editor->setEpic(id);
    m_editor->focusTitle();
    return id;
}

bool EpicsView::deleteCurrent() {
    const qint64 id = currentEpicId();
    if (id == 0)
        return false;
    std::optional<qint64> moveTo;
    if (m_chooser) {
        if (!m_chooser(id, moveTo))
            return false;
    } else {
        DeleteEpicDialog dialog(m_document, id, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        moveTo = dialog.moveStoriesTo();
    }
    return deleteEpic(id, moveTo);
}

bool EpicsView::deleteEpic(qint64 epicId, std::optional<qint64> moveStoriesTo) {
    const int row = m_proxy->mapFromSource(m_model->index(std::max(0, m_model->rowOf(epicId)), 0)).row();
    const bool ok = m_document.deleteEpic(epicId, moveStoriesTo);
    m_problem->showMessage(ok ? QString() : m_document.errorString());
    if (ok && m_proxy->rowCount() > 0) {
        m_table->setCurrentIndex(
            m_proxy->index(std::min(row, m_proxy->rowCount() - 1), EpicListModel::Title));
        currentChanged();
    }
    return ok;
}

} // namespace storyloom
