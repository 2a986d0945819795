#include "EpicStoryTreeModel.h"

#include "app/Document.h"
#include "domain/Workspace.h"

#include <QFont>

#include <algorithm>
#include <unordered_map>

namespace storyloom {
namespace {

// Internal ids: 0 marks an epic group row; group index + 1 marks a story row under that group.
constexpr quintptr kGroupRow = 0;

QString qs(const std::string& s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }
QString qs(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

} // namespace

EpicStoryTreeModel::EpicStoryTreeModel(Document& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document) {
    connect(&m_document, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(&m_document, &Document::reset, this, [this] {
        rebuild();
        endResetModel();
    });
    rebuild();
}

void EpicStoryTreeModel::rebuild() {
    m_groups.clear();
    const Workspace& ws = m_document.workspace();

    std::vector<int> epicOrder(ws.epics.size());
    for (std::size_t i = 0; i < epicOrder.size(); ++i)
        epicOrder[i] = static_cast<int>(i);
    std::sort(epicOrder.begin(), epicOrder.end(), [&](int a, int b) {
        const Epic& ea = ws.epics[static_cast<std::size_t>(a)];
        const Epic& eb = ws.epics[static_cast<std::size_t>(b)];
        return ea.rank != eb.rank ? ea.rank < eb.rank : keyNumber(ea.key) < keyNumber(eb.key);
    });

    std::unordered_map<Id, std::size_t> groupOfEpic;
    for (int e : epicOrder) {
        groupOfEpic[ws.epics[static_cast<std::size_t>(e)].id] = m_groups.size();
        m_groups.push_back(Group{e, {}, 0});
    }
    Group noEpic;
    const Story* base = ws.stories.data();
    for (const Story* s : ws.storiesInRankOrder()) {
        const int storyIndex = static_cast<int>(s - base);
        auto it = s->epicId ? groupOfEpic.find(*s->epicId) : groupOfEpic.end();
        Group& g = it != groupOfEpic.end() ? m_groups[it->second] : noEpic;
        g.stories.push_back(storyIndex);
        g.points += s->points.value_or(0);
    }
    if (!noEpic.stories.empty())
        m_groups.push_back(std::move(noEpic));
}

QModelIndex EpicStoryTreeModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid()) {
        if (row >= groupCount())
            return {};
        return createIndex(row, column, kGroupRow);
    }
    if (parent.internalId() != kGroupRow || parent.row() >= groupCount())
        return {};
    const Group& g = m_groups[static_cast<std::size_t>(parent.row())];
    if (row >= static_cast<int>(g.stories.size()))
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex EpicStoryTreeModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int EpicStoryTreeModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return groupCount();
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    return static_cast<int>(m_groups[static_cast<std::size_t>(parent.row())].stories.size());
}

int EpicStoryTreeModel::columnCount(const QModelIndex&) const { return ColumnCount; }

QVariant EpicStoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case PointsColumn:
        return tr("Points");
    case MoscowColumn:
        return tr("MoSCoW");
    default:
        return {};
    }
}

QVariant EpicStoryTreeModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kGroupRow)
        return groupData(m_groups[static_cast<std::size_t>(index.row())], index.column(), role);
    const Group& g = m_groups[static_cast<std::size_t>(index.internalId() - 1)];
    return storyData(g.stories[static_cast<std::size_t>(index.row())], index.column(), role);
}

QVariant EpicStoryTreeModel::groupData(const Group& group, int column, int role) const {
    const Workspace& ws = m_document.workspace();
    const Epic* epic = group.epicIndex >= 0 ? &ws.epics[static_cast<std::size_t>(group.epicIndex)] : nullptr;
    if (role == Qt::TextAlignmentRole && column == PointsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    const int count = static_cast<int>(group.stories.size());
    switch (column) {
    case KeyColumn:
        return epic ? qs(epic->key) : QString();
    case TitleColumn: {
        const QString title = epic ? qs(epic->title) : tr("No epic");
        if (role == Qt::DisplayRole)
            return tr("%1 (%n stories)", nullptr, count).arg(title);
        return tr("Epic %1, %n stories, %2 points", nullptr, count).arg(title).arg(group.points);
    }
    case StatusColumn:
        return epic ? tr("%1 · %2").arg(qs(label(epic->horizon)), qs(label(epic->status))) : QString();
    case PointsColumn:
        return group.points;
    default:
        return {};
    }
}

QVariant EpicStoryTreeModel::storyData(int storyIndex, int column, int role) const {
    const Story& s = m_document.workspace().stories[static_cast<std::size_t>(storyIndex)];
    if (role == Qt::TextAlignmentRole && column == PointsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case KeyColumn:
        return qs(s.key);
    case TitleColumn:
        return qs(s.title);
    case StatusColumn:
        return qs(label(s.status));
    case PointsColumn:
        if (!s.points)
            return role == Qt::DisplayRole ? QStringLiteral("–") : tr("not estimated");
        return *s.points;
    case MoscowColumn:
        return s.moscow == Moscow::Unset && role == Qt::DisplayRole ? QString() : qs(label(s.moscow));
    default:
        return {};
    }
}

} // namespace storyloom
