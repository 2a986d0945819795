#include "EpicGroupModel.h"

#include "StoryDrop.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "scoring/Ranking.h"

#include <QFont>
#include <QLocale>
#include <QMimeData>

#include <algorithm>
#include <climits>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace storyloom {
namespace {

/// Internal id of top-level (group) indexes; story rows carry their group row + 1.
constexpr quintptr kGroupId = 0;

QString qs(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString storiesText(int count) {
    return count == 1 ? EpicGroupModel::tr("1 story")
                      : EpicGroupModel::tr("%1 stories").arg(QLocale().toString(count));
}

QString pointsText(int points) {
    return points == 1 ? EpicGroupModel::tr("1 point")
                       : EpicGroupModel::tr("%1 points").arg(QLocale().toString(points));
}

} // namespace

EpicGroupModel::EpicGroupModel(Document& document, QObject* parent)
    : QAbstractItemModel(parent), m_document(document) {}

void EpicGroupModel::setSourceModel(QAbstractItemModel* model) {
    beginResetModel();
    for (const auto& c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_layoutDepth = 0;
    m_layoutIndexes.clear();
    m_layoutAnchors.clear();
    m_source = model;
    if (model) {
        auto on = [this, model](auto signal, auto slot) {
            m_connections.push_back(connect(model, signal, this, slot));
        };
        on(&QAbstractItemModel::modelAboutToBeReset, [this] { beginResetModel(); });
        on(&QAbstractItemModel::modelReset, [this] {
            regroup();
            endResetModel();
        });
        on(&QAbstractItemModel::layoutAboutToBeChanged, [this] { sourceLayoutAboutToChange(); });
        on(&QAbstractItemModel::layoutChanged, [this] { sourceLayoutChanged(); });
        // The source is flat: rows come and go at its top level. Each such change is one layout
        // change here, because a source row can land in any group.
        on(&QAbstractItemModel::rowsAboutToBeInserted, [this] { sourceLayoutAboutToChange(); });
        on(&QAbstractItemModel::rowsInserted, [this] { sourceLayoutChanged(); });
        on(&QAbstractItemModel::rowsAboutToBeRemoved, [this] { sourceLayoutAboutToChange(); });
        on(&QAbstractItemModel::rowsRemoved, [this] { sourceLayoutChanged(); });
        on(&QAbstractItemModel::rowsAboutToBeMoved, [this] { sourceLayoutAboutToChange(); });
        on(&QAbstractItemModel::rowsMoved, [this] { sourceLayoutChanged(); });
        on(&QAbstractItemModel::dataChanged,
           [this](const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) {
               sourceDataChanged(topLeft, bottomRight, roles);
           });
        on(&QAbstractItemModel::headerDataChanged, [this](Qt::Orientation orientation, int first, int last) {
            if (orientation == Qt::Horizontal)
                emit headerDataChanged(orientation, first, last);
        });
        // Not expected from a backlog source; a reset keeps this model consistent if it happens.
        on(&QAbstractItemModel::columnsAboutToBeInserted, [this] { beginResetModel(); });
        on(&QAbstractItemModel::columnsInserted, [this] {
            regroup();
            endResetModel();
        });
        on(&QAbstractItemModel::columnsAboutToBeRemoved, [this] { beginResetModel(); });
        on(&QAbstractItemModel::columnsRemoved, [this] {
            regroup();
            endResetModel();
        });
    }
    regroup();
    endResetModel();
}

// --- Grouping ----------------------------------------------------------------------------------------

void EpicGroupModel::regroup() {
    m_groups.clear();
    m_groupRows.clear();
    m_rowGroup.clear();
    m_childRow.clear();
    const int rows = m_source ? m_source->rowCount() : 0;
    if (rows <= 0 || !m_document.isOpen())
        return;
    const Workspace& ws = m_document.workspace();

    std::unordered_map<Id, int> epicIndexById;
    epicIndexById.reserve(ws.epics.size());
    for (std::size_t i = 0; i < ws.epics.size(); ++i)
        epicIndexById.emplace(ws.epics[i].id, static_cast<int>(i));
    // Group per epic index; the last slot is "No epic" (also for stories whose epic is gone).
    std::vector<int> groupOfSlot(ws.epics.size() + 1, -1);
    const auto noEpicSlot = ws.epics.size();

    // What grouping needs of each story, indexed like Workspace::stories and read in storage order:
    // stories are large and the source lists them in ranking order, so reading them row by row
    // would miss the cache on every row.
    const std::size_t storyCount = ws.stories.size();
    std::vector<std::uint32_t> slotOf(storyCount, static_cast<std::uint32_t>(noEpicSlot));
    std::vector<int> pointsOf(storyCount, -1);
    for (std::size_t i = 0; i < storyCount; ++i) {
        const Story& story = ws.stories[i];
        if (story.epicId) {
            const auto it = epicIndexById.find(*story.epicId);
            if (it != epicIndexById.end())
                slotOf[i] = static_cast<std::uint32_t>(it->second);
        }
        if (story.points)
            pointsOf[i] = *story.points;
    }
    std::vector<int> positionOf(storyCount, 0);
    std::vector<double> scoreOf(storyCount, 0);
    std::vector<char> scoredOf(storyCount, 0);
    const auto& entries = m_document.ranking().entries;
    for (std::size_t p = 0; p < entries.size(); ++p) {
        const auto si = m_document.storyIndex(entries[p].storyId);
        if (si < 0 || static_cast<std::size_t>(si) >= storyCount)
            continue;
        const auto i = static_cast<std::size_t>(si);
        positionOf[i] = static_cast<int>(p + 1);
        scoredOf[i] = entries[p].score.scored ? 1 : 0;
        scoreOf[i] = entries[p].score.total;
    }

    // Pass 1: the group of every source row, and the groups' totals, in source order.
    m_rowGroup.resize(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        bool ok = false;
        const auto si = m_source->data(m_source->index(r, 0), BacklogModel::StoryIndexRole).toUInt(&ok);
        const bool known = ok && si < storyCount;
        const std::size_t slot = known ? slotOf[si] : noEpicSlot;
        int& g = groupOfSlot[slot];
        if (g < 0) {
            g = static_cast<int>(m_groups.size());
            Group group;
            if (slot != noEpicSlot) {
                group.epicIndex = static_cast<int>(slot);
                group.epicId = ws.epics[slot].id;
            }
            m_groups.push_back(group);
        }
        m_rowGroup[static_cast<std::size_t>(r)] = g;
        Group& group = m_groups[static_cast<std::size_t>(g)];
        ++group.count;
        if (!known)
            continue;
        if (pointsOf[si] >= 0)
            group.points += pointsOf[si];
        else
            ++group.unestimated;
        const int position = positionOf[si];
        if (position > 0 && (group.bestPosition == 0 || position < group.bestPosition))
            group.bestPosition = position;
        if (scoredOf[si]) {
            ++group.scored;
            group.score += scoreOf[si];
        }
    }

    // Epics in the order of their best-ranked story (the source may be sorted by another column),
    // "No epic" last.
    std::vector<int> order(m_groups.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const Group& ga = m_groups[static_cast<std::size_t>(a)];
        const Group& gb = m_groups[static_cast<std::size_t>(b)];
        if ((ga.epicIndex < 0) != (gb.epicIndex < 0))
            return gb.epicIndex < 0;
        // A group whose stories the ranking does not know (0) goes after the ranked ones.
        const auto key = [](const Group& g) { return g.bestPosition > 0 ? g.bestPosition : INT_MAX; };
        return key(ga) < key(gb);
    });
    std::vector<Group> sorted;
    sorted.reserve(m_groups.size());
    std::vector<int> newRow(m_groups.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        newRow[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
        sorted.push_back(m_groups[static_cast<std::size_t>(order[i])]);
    }
    m_groups = std::move(sorted);
    int offset = 0;
    for (Group& g : m_groups) {
        g.first = offset;
        offset += g.count;
    }

    // Pass 2: each group's rows in source order.
    m_groupRows.resize(static_cast<std::size_t>(rows));
    m_childRow.resize(static_cast<std::size_t>(rows));
    std::vector<int> filled(m_groups.size(), 0);
    for (int r = 0; r < rows; ++r) {
        int& g = m_rowGroup[static_cast<std::size_t>(r)];
        g = newRow[static_cast<std::size_t>(g)];
        const int child = filled[static_cast<std::size_t>(g)]++;
        m_childRow[static_cast<std::size_t>(r)] = child;
        m_groupRows[static_cast<std::size_t>(m_groups[static_cast<std::size_t>(g)].first + child)] = r;
    }
}

void EpicGroupModel::addTotals(Group& group, int sourceRow) const {
    const Workspace& ws = m_document.workspace();
    bool ok = false;
    const auto si = m_source->data(m_source->index(sourceRow, 0), BacklogModel::StoryIndexRole).toUInt(&ok);
    if (!ok || si >= ws.stories.size())
        return;
    const Story& story = ws.stories[si];
    if (story.points)
        group.points += *story.points;
    else
        ++group.unestimated;
    const int position = m_document.rankingPosition(story.id);
    if (position <= 0)
        return;
    if (group.bestPosition == 0 || position < group.bestPosition)
        group.bestPosition = position;
    const auto& entries = m_document.ranking().entries;
    if (static_cast<std::size_t>(position) <= entries.size()) {
        const scoring::RankedStory& entry = entries[static_cast<std::size_t>(position - 1)];
        if (entry.storyId == story.id && entry.score.scored) {
            ++group.scored;
            group.score += entry.score.total;
        }
    }
}

// --- Source changes ------------------------------------------------------------------------------------

void EpicGroupModel::sourceLayoutAboutToChange() {
    if (m_layoutDepth++ > 0)
        return;
    emit layoutAboutToBeChanged();
    // Remember what each persistent index shows (an epic, or a story by its source index, which the
    // source keeps up to date), to find it again after regrouping.
    m_layoutIndexes = persistentIndexList();
    m_layoutAnchors.clear();
    m_layoutAnchors.reserve(static_cast<std::size_t>(m_layoutIndexes.size()));
    for (const QModelIndex& index : std::as_const(m_layoutIndexes)) {
        Anchor anchor;
        anchor.group = isGroup(index);
        if (anchor.group)
            anchor.epicId = epicIdAt(index);
        else
            anchor.source = QPersistentModelIndex(mapToSource(index));
        m_layoutAnchors.push_back(anchor);
    }
}

void EpicGroupModel::sourceLayoutChanged() {
    if (m_layoutDepth == 0 || --m_layoutDepth > 0)
        return;
    regroup();
    std::unordered_map<qint64, int> groupRowByEpic;
    groupRowByEpic.reserve(m_groups.size());
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        groupRowByEpic.emplace(m_groups[g].epicId, static_cast<int>(g));
    QModelIndexList after;
    after.reserve(m_layoutIndexes.size());
    for (qsizetype i = 0; i < m_layoutIndexes.size(); ++i) {
        const Anchor& anchor = m_layoutAnchors[static_cast<std::size_t>(i)];
        if (anchor.group) {
            const auto it = groupRowByEpic.find(anchor.epicId);
            after.append(it == groupRowByEpic.end() ? QModelIndex()
                                                    : index(it->second, m_layoutIndexes[i].column()));
        } else {
            after.append(mapFromSource(anchor.source));
        }
    }
    changePersistentIndexList(m_layoutIndexes, after);
    m_layoutIndexes.clear();
    m_layoutAnchors.clear();
    emit layoutChanged();
}

void EpicGroupModel::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                       const QList<int>& roles) {
    // Inside a source layout change the regroup at its end shows the new data.
    if (m_layoutDepth > 0 || !topLeft.isValid() || !bottomRight.isValid() || topLeft.parent().isValid())
        return;
    const int firstRow = topLeft.row();
    const int lastRow = bottomRight.row();
    if (lastRow >= static_cast<int>(m_rowGroup.size())) {
        sourceLayoutAboutToChange();
        sourceLayoutChanged();
        return;
    }
    // A story that moved to another epic moves to another group.
    const Workspace& ws = m_document.workspace();
    for (int r = firstRow; r <= lastRow; ++r) {
        bool ok = false;
        const auto si = m_source->data(m_source->index(r, 0), BacklogModel::StoryIndexRole).toUInt(&ok);
        const Story* story = ok && si < ws.stories.size() ? &ws.stories[si] : nullptr;
        const qint64 epicId = story && story->epicId ? *story->epicId : 0;
        const qint64 groupEpicId =
            m_groups[static_cast<std::size_t>(m_rowGroup[static_cast<std::size_t>(r)])].epicId;
        // A story whose epic is gone stays under "No epic".
        if (epicId != groupEpicId && (groupEpicId != 0 || ws.findEpic(epicId))) {
            sourceLayoutAboutToChange();
            sourceLayoutChanged();
            return;
        }
    }
    // Same groups: refresh the touched groups' totals; one signal per group for its changed stories.
    struct Touched {
        int group;
        int firstChild;
        int lastChild;
    };
    std::vector<Touched> touched;
    std::vector<int> touchedSlot(m_groups.size(), -1);
    for (int r = firstRow; r <= lastRow; ++r) {
        const int g = m_rowGroup[static_cast<std::size_t>(r)];
        const int child = m_childRow[static_cast<std::size_t>(r)];
        int& slot = touchedSlot[static_cast<std::size_t>(g)];
        if (slot < 0) {
            slot = static_cast<int>(touched.size());
            touched.push_back({g, child, child});
        } else {
            Touched& t = touched[static_cast<std::size_t>(slot)];
            t.firstChild = std::min(t.firstChild, child);
            t.lastChild = std::max(t.lastChild, child);
        }
    }
    const int lastColumn = columnCount() - 1;
    for (const Touched& t : touched) {
        Group& group = m_groups[static_cast<std::size_t>(t.group)];
        const Group before = group;
        group.points = group.unestimated = group.scored = 0;
        group.score = 0;
        group.bestPosition = 0;
        for (int c = 0; c < group.count; ++c)
            addTotals(group, m_groupRows[static_cast<std::size_t>(group.first + c)]);
        const QModelIndex parentRow = index(t.group, 0);
        emit dataChanged(index(t.firstChild, topLeft.column(), parentRow),
                         index(t.lastChild, bottomRight.column(), parentRow), roles);
        if (group.points != before.points || group.unestimated != before.unestimated ||
            group.scored != before.scored || group.score != before.score)
            emit dataChanged(parentRow, index(t.group, lastColumn));
    }
}

// --- Structure --------------------------------------------------------------------------------------

QModelIndex EpicGroupModel::index(int row, int column, const QModelIndex& parent) const {
    if (row < 0 || column < 0 || column >= columnCount())
        return {};
    if (!parent.isValid())
        return row < groupCount() ? createIndex(row, column, kGroupId) : QModelIndex();
    const Group* group = parent.column() == 0 ? groupOf(parent) : nullptr;
    if (!group || parent.internalId() != kGroupId || row >= group->count)
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex EpicGroupModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kGroupId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupId);
}

int EpicGroupModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return groupCount();
    if (parent.column() != 0 || parent.internalId() != kGroupId)
        return 0;
    const Group* group = groupOf(parent);
    return group ? group->count : 0;
}

int EpicGroupModel::columnCount(const QModelIndex&) const {
    return m_source ? m_source->columnCount() : 0;
}

bool EpicGroupModel::hasChildren(const QModelIndex& parent) const {
    return rowCount(parent) > 0;
}

const EpicGroupModel::Group* EpicGroupModel::groupOf(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto g =
        index.internalId() == kGroupId ? static_cast<quintptr>(index.row()) : index.internalId() - 1;
    return g < m_groups.size() ? &m_groups[g] : nullptr;
}

int EpicGroupModel::sourceRowOf(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kGroupId)
        return -1;
    const Group* group = groupOf(index);
    if (!group || index.row() >= group->count)
        return -1;
    return m_groupRows[static_cast<std::size_t>(group->first + index.row())];
}

bool EpicGroupModel::isGroup(const QModelIndex& index) const {
    return index.isValid() && index.model() == this && index.internalId() == kGroupId;
}

QModelIndex EpicGroupModel::mapToSource(const QModelIndex& index) const {
    const int row = sourceRowOf(index);
    return row >= 0 && m_source ? m_source->index(row, index.column()) : QModelIndex();
}

QModelIndex EpicGroupModel::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.model() != m_source || sourceIndex.parent().isValid())
        return {};
    const auto r = static_cast<std::size_t>(sourceIndex.row());
    if (r >= m_rowGroup.size())
        return {};
    return createIndex(m_childRow[r], sourceIndex.column(), static_cast<quintptr>(m_rowGroup[r]) + 1);
}

qint64 EpicGroupModel::storyIdAt(const QModelIndex& index) const {
    const QModelIndex source = mapToSource(index);
    return source.isValid() ? source.data(BacklogModel::StoryIdRole).toLongLong() : 0;
}

qint64 EpicGroupModel::epicIdAt(const QModelIndex& index) const {
    const Group* group = groupOf(index);
    return group ? group->epicId : 0;
}

QModelIndex EpicGroupModel::groupIndex(qint64 epicId) const {
    for (std::size_t g = 0; g < m_groups.size(); ++g)
        if (m_groups[g].epicId == epicId)
            return index(static_cast<int>(g), 0);
    return {};
}

// --- Data -------------------------------------------------------------------------------------------

QVariant EpicGroupModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != kGroupId)
        return role == IsGroupRole ? QVariant(false) : mapToSource(index).data(role);
    const Group* group = groupOf(index);
    return group ? groupData(*group, index.column(), role) : QVariant();
}

QString EpicGroupModel::groupLabel(const Group& group) const {
    if (group.epicIndex < 0)
        return tr("No epic");
    const Epic& epic = m_document.workspace().epics[static_cast<std::size_t>(group.epicIndex)];
    return QStringLiteral("%1 %2").arg(qs(epic.key), qs(epic.title));
}

QString EpicGroupModel::groupSentence(const Group& group) const {
    const QString who =
        group.epicIndex < 0 ? tr("Stories without an epic") : tr("Epic %1").arg(groupLabel(group));
    QString points = pointsText(group.points);
    if (group.unestimated > 0)
        points += tr(" (%1 not estimated)").arg(QLocale().toString(group.unestimated));
    QString score = group.scored == 0 ? tr("no story scored")
                                      : tr("total score %1").arg(BacklogModel::scoreText(group.score));
    if (group.scored > 0 && group.scored < group.count)
        score += tr(" (%1 unscored)").arg(QLocale().toString(group.count - group.scored));
    return tr("%1: %2, %3, %4").arg(who, storiesText(group.count), points, score);
}

QVariant EpicGroupModel::groupData(const Group& group, int column, int role) const {
    switch (role) {
    case IsGroupRole:
        return true;
    case EpicIdRole:
        return group.epicId;
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        return groupSentence(group);
    default:
        break;
    }
    const bool display = role == Qt::DisplayRole;
    if (column == kCountColumn) {
        if (display)
            return storiesText(group.count);
        if (role == BacklogModel::SortRole)
            return group.count;
        return {};
    }
    switch (column) {
    case BacklogModel::TitleColumn:
        if (display || role == BacklogModel::SortRole)
            return groupLabel(group);
        break;
    case BacklogModel::PointsColumn:
        if (display || role == BacklogModel::SortRole)
            return group.points;
        break;
    case BacklogModel::ScoreColumn:
        if (display)
            return group.scored > 0 ? BacklogModel::scoreText(group.score) : QStringLiteral("\u2014");
        if (role == BacklogModel::ScoreRole)
            return group.scored > 0 ? QVariant(group.score) : QVariant();
        if (role == BacklogModel::SortRole)
            return group.scored > 0 ? group.score : -1e300;
        break;
    default:
        break;
    }
    return {};
}

bool EpicGroupModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const QModelIndex source = mapToSource(index);
    return source.isValid() && m_source->setData(source, value, role);
}

QVariant EpicGroupModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (!m_source || orientation != Qt::Horizontal)
        return {};
    return m_source->headerData(section, orientation, role);
}

Qt::ItemFlags EpicGroupModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDropEnabled;
    // Drops land between stories (on their group), so a tree view offers above / below a story.
    const Qt::ItemFlags source = m_source->flags(mapToSource(index));
    return (source & ~Qt::ItemIsDropEnabled) | Qt::ItemNeverHasChildren;
}

QStringList EpicGroupModel::mimeTypes() const {
    return m_source ? m_source->mimeTypes() : QStringList();
}

QMimeData* EpicGroupModel::mimeData(const QModelIndexList& indexes) const {
    QModelIndexList source;
    for (const QModelIndex& index : indexes)
        if (const QModelIndex s = mapToSource(index); s.isValid())
            source.append(s);
    return m_source && !source.isEmpty() ? m_source->mimeData(source) : nullptr;
}

Qt::DropActions EpicGroupModel::supportedDragActions() const {
    return Qt::MoveAction;
}

Qt::DropActions EpicGroupModel::supportedDropActions() const {
    return Qt::MoveAction;
}

bool EpicGroupModel::canDropMimeData(const QMimeData* data, Qt::DropAction action, int, int,
                                     const QModelIndex& parent) const {
    return action == Qt::MoveAction && data && isGroup(parent) &&
           data->hasFormat(QString::fromLatin1(BacklogModel::kMimeType));
}

bool EpicGroupModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                                  const QModelIndex& parent) {
    if (action == Qt::IgnoreAction)
        return true;
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    StoryDrop::Target target;
    target.epicId = epicIdAt(parent);
    const int count = rowCount(parent);
    if (row >= 0 && row < count)
        target.above = storyIdAt(index(row, 0, parent));
    else if (row >= count && count > 0)
        target.below = storyIdAt(index(count - 1, 0, parent));
    return StoryDrop::move(m_document, StoryDrop::storyIds(data, m_document), target);
}

} // namespace storyloom
