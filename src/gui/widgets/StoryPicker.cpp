#include "StoryPicker.h"

#include "StoryPickerModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace storyloom {

StoryPicker::StoryPicker(const Document& document, QWidget* parent)
    : QDialog(parent), m_model(new StoryPickerModel(document, this)) {
    setWindowTitle(tr("Choose Stories"));
    auto* layout = new QVBoxLayout(this);
    auto* findLabel = new QLabel(tr("&Find stories by key or title:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("storyPickerFilter"));
    m_filter->setAccessibleName(tr("Find stories"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("e.g. SHOP-12 or saved card"));
    findLabel->setBuddy(m_filter);
    m_prompt = new QLabel(tr("&Stories:"), this);
    m_prompt->setWordWrap(true);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("storyPickerList"));
    m_list->setAccessibleName(tr("Stories to choose from"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_prompt->setBuddy(m_list);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Stories shown and chosen"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Choose"));
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Choose the ticked stories"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    layout->addWidget(findLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_prompt);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setMultipleSelection(true);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_model->setFilter(text);
        if (m_model->rowCount() > 0 && !m_list->currentIndex().isValid())
            m_list->setCurrentIndex(m_model->index(0));
        updateState();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &StoryPicker::updateState);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StoryPicker::updateState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &StoryPicker::updateState);
    connect(m_list, &QListView::activated, this, [this] {
        if (!selectedStoryIds().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Down from the search field goes to the list, so the keyboard path is: type, Down, Space, Enter.
    setTabOrder(m_filter, m_list);
    resize(fontMetrics().averageCharWidth() * 70, fontMetrics().lineSpacing() * 24);
    updateState();
}

StoryPicker::~StoryPicker() = default;

void StoryPicker::setExcludedStories(const QList<qint64>& storyIds) {
    m_model->setExcluded(storyIds);
}

void StoryPicker::setMultipleSelection(bool multiple) {
    m_model->setCheckable(multiple);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
}

void StoryPicker::setPrompt(const QString& prompt) {
    m_prompt->setText(prompt);
}

void StoryPicker::setFilterText(const QString& text) {
    m_filter->setText(text);
}

int StoryPicker::visibleCount() const {
    return m_model->rowCount();
}

bool StoryPicker::chooseStory(qint64 storyId) {
    const int row = m_model->rowOf(storyId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row);
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    if (index.flags() & Qt::ItemIsUserCheckable)
        m_model->setData(index, Qt::Checked, Qt::CheckStateRole);
    return true;
}

QList<qint64> StoryPicker::selectedStoryIds() const {
    const QList<qint64> checked = m_model->checkedIds();
    if (!checked.isEmpty())
        return checked;
    QModelIndexList rows = m_list->selectionModel()->selectedIndexes();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex& index : rows)
        ids.append(index.data(Qt::UserRole).toLongLong());
    return ids;
}

void StoryPicker::updateState() {
    const auto chosen = static_cast<int>(selectedStoryIds().size());
    m_status->setText(tr("%n stories shown", nullptr, m_model->rowCount()) + QStringLiteral(", ") +
                      tr("%n chosen", nullptr, chosen));
}

QList<qint64> StoryPicker::pick(const Document& document, QWidget* parent, const QString& title,
                                const QList<qint64>& excluded, bool multiple) {
    StoryPicker picker(document, parent);
    picker.setWindowTitle(title);
    picker.setExcludedStories(excluded);
    picker.setMultipleSelection(multiple);
    if (picker.exec() != QDialog::Accepted)
        return {};
    return picker.selectedStoryIds();
}

} // namespace storyloom
