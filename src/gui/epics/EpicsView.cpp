#include "EpicsView.h"

#include "DeleteEpicDialog.h"
#include "EpicEditor.h"
#include "EpicListModel.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "widgets/ValidationLabel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

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
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
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
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EpicListModel::Title, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    listLayout->addWidget(listLabel);
    listLayout->addWidget(m_table, 1);
    m_problem = new ValidationLabel(list);
    listLayout->addWidget(m_problem);

    m_editor = new EpicEditor(document, this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Epic details"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(list);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({860, 540});
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
    connect(m_newButton, &QPushButton::clicked, this, [this] { addEpic(); });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteCurrent(); });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EpicsView::currentChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
        currentChanged();
    });
    setTabOrder(m_newButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_table);
    setTabOrder(m_table, m_editor);
    if (m_proxy->rowCount() > 0)
        m_table->setCurrentIndex(m_proxy->index(0, 0));
    currentChanged();
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

void EpicsView::currentChanged() {
    const qint64 id = currentEpicId();
    m_deleteButton->setEnabled(id != 0);
    if (m_editor->epicId() != id)
        m_editor->setEpic(id);
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
