#include "StoryPickerModel.h"

#include "app/Document.h"
#include "domain/Workspace.h"

namespace storyloom {

StoryPickerModel::StoryPickerModel(const Document& document, QObject* parent) : QAbstractListModel(parent) {
    const auto ordered = document.workspace().storiesInRankOrder();
    m_all.reserve(ordered.size());
    for (const Story* s : ordered) {
        Entry e;
        e.id = s->id;
        e.text = QString::fromStdString(s->key) + QLatin1Char(' ') + QString::fromStdString(s->title);
        e.folded = e.text.toCaseFolded();
        m_all.push_back(std::move(e));
    }
    refilter();
}

int StoryPickerModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

QVariant StoryPickerModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= static_cast<int>(m_shown.size()))
        return {};
    const Entry& e = m_all[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return e.text;
    case Qt::UserRole:
        return qlonglong{e.id};
    case Qt::CheckStateRole:
        if (m_checkable)
            return m_checked.contains(e.id) ? Qt::Checked : Qt::Unchecked;
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags StoryPickerModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (m_checkable && index.isValid())
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool StoryPickerModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!m_checkable || role != Qt::CheckStateRole || !index.isValid())
        return false;
    const qint64 id = storyId(index.row());
    if (value.toInt() == Qt::Checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

void StoryPickerModel::setCheckable(bool checkable) {
    beginResetModel();
    m_checkable = checkable;
    if (!checkable)
        m_checked.clear();
    endResetModel();
}

void StoryPickerModel::setChecked(qint64 storyId, bool checked) {
    const int row = rowOf(storyId);
    if (row >= 0) {
        setData(index(row), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
        return;
    }
    if (checked)
        m_checked.insert(storyId);
    else
        m_checked.remove(storyId);
}

QList<qint64> StoryPickerModel::checkedIds() const {
    QList<qint64> out;
    for (const Entry& e : m_all)
        if (m_checked.contains(e.id))
            out.append(e.id);
    return out;
}

void StoryPickerModel::setExcluded(const QList<qint64>& storyIds) {
    m_excluded = QSet<qint64>(storyIds.begin(), storyIds.end());
    refilter();
}

void StoryPickerModel::setFilter(const QString& text) {
    const QStringList words = text.toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    refilter();
}

qint64 StoryPickerModel::storyId(int row) const {
    return row >= 0 && row < rowCount()
               ? m_all[static_cast<std::size_t>(m_shown[static_cast<std::size_t>(row)])].id
               : 0;
}

int StoryPickerModel::rowOf(qint64 storyId) const {
    for (std::size_t i = 0; i < m_shown.size(); ++i)
        if (m_all[static_cast<std::size_t>(m_shown[i])].id == storyId)
            return static_cast<int>(i);
    return -1;
}

void StoryPickerModel::refilter() {
    beginResetModel();
    m_shown.clear();
    for (std::size_t i = 0; i < m_all.size(); ++i) {
        const Entry& e = m_all[i];
        if (m_excluded.contains(e.id))
            continue;
        bool match = true;
        for (const QString& w : m_words)
            if (!e.folded.contains(w)) {
                match = false;
                break;
            }
        if (match)
            m_shown.push_back(static_cast<int>(i));
    }
    endResetModel();
}

} // namespace storyloom
