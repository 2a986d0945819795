#include "BacklogModel.h"

#include "StoryDrop.h"

#include <QLocale>
#include <cmath>

#include "app/Document.h"
#include "app/Readiness.h"
#include "domain/Workspace.h"
#include "scoring/Ranking.h"

#include <QMimeData>

#include <algorithm>
#include <unordered_map>

namespace storyloom {
namespace {

QString qs(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}
QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString keyOf(const Workspace& ws, Id id) {
    const Story* s = ws.findStory(id);
    return s ? qs(s->key) : QString::number(id);
}

} // namespace

BacklogModel::BacklogModel(Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(&m_document, &Document::aboutToReset, this, [this] { beginResetModel(); });
    connect(&m_document, &Document::reset, this, [this] {
        rebuildRows();
        endResetModel();
    });
    connect(&m_document, &Document::rankingAboutToChange, this, [this] {
        m_layoutChanging = true;
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    });
    connect(&m_document, &Document::rankingChanged, this, &BacklogModel::onRankingChanged);
    connect(&m_document, &Document::storiesAdded, this, &BacklogModel::onStoriesAdded);
    connect(&m_document, &Document::storiesAboutToBeRemoved, this, &BacklogModel::onStoriesAboutToBeRemoved);
    connect(&m_document, &Document::storiesRemoved, this, [this] { refreshStoryIndexes(); });
    connect(&m_document, &Document::storiesChanged, this, &BacklogModel::onStoriesChanged);
    rebuildRows();
}

void BacklogModel::rebuildRows() {
    const auto& entries = m_document.ranking().entries;
    m_ids.resize(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i)
        m_ids[i] = entries[i].storyId;
    refreshStoryIndexes();
}

void BacklogModel::refreshStoryIndexes() {
    m_storyIndex.resize(m_ids.size());
    for (std::size_t i = 0; i < m_ids.size(); ++i)
        m_storyIndex[i] = static_cast<std::uint32_t>(std::max<qsizetype>(0, m_document.storyIndex(m_ids[i])));
}

void BacklogModel::onRankingChanged() {
    if (!m_layoutChanging)
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutChanging = false;
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> idsBefore;
    idsBefore.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before)
        idsBefore.push_back(m_ids[static_cast<std::size_t>(index.row())]);
    rebuildRows();
    if (!before.isEmpty()) {
        std::unordered_map<qint64, int> rowById;
        rowById.reserve(m_ids.size());
        for (std::size_t r = 0; r < m_ids.size(); ++r)
            rowById.emplace(m_ids[r], static_cast<int>(r));
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const auto it = rowById.find(idsBefore[static_cast<std::size_t>(i)]);
            after.append(it == rowById.end() ? QModelIndex() : index(it->second, before[i].column()));
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void BacklogModel::onStoriesAdded(const QList<qint64>& ids) {
    if (ids.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(ids.size()) - 1);
    for (qint64 id : ids) {
        m_ids.push_back(id);
        m_storyIndex.push_back(static_cast<std::uint32_t>(std::max<qsizetype>(0, m_document.storyIndex(id))));
    }
    endInsertRows();
}

void BacklogModel::onStoriesAboutToBeRemoved(const QList<qint64>& ids) {
    std::vector<int> rows;
    for (qint64 id : ids)
        if (const int r = rowOf(id); r >= 0)
            rows.push_back(r);
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Remove contiguous runs from the bottom up so the rows above keep their numbers.
    std::size_t i = 0;
    while (i < rows.size()) {
        int last = rows[i];
        int first = last;
        while (i + 1 < rows.size() && rows[i + 1] == first - 1)
            first = rows[++i];
        ++i;
        beginRemoveRows({}, first, last);
        m_ids.erase(m_ids.begin() + first, m_ids.begin() + last + 1);
        m_storyIndex.erase(m_storyIndex.begin() + first, m_storyIndex.begin() + last + 1);
        endRemoveRows();
    }
}

void BacklogModel::onStoriesChanged(const QList<qint64>& ids) {
    for (qint64 id : ids)
        if (const int r = rowOf(id); r >= 0)
            emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

int BacklogModel::rowOf(qint64 storyId) const {
    const auto it = std::find(m_ids.begin(), m_ids.end(), storyId);
    return it == m_ids.end() ? -1 : static_cast<int>(it - m_ids.begin());
}

qint64 BacklogModel::storyIdAt(int row) const {
    return row >= 0 && row < rowCount() ? m_ids[static_cast<std::size_t>(row)] : 0;
}

int BacklogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int BacklogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BacklogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case KeyColumn:
        return tr("Key");
    case TitleColumn:
        return tr("Title");
    case EpicColumn:
        return tr("Epic");
    case StatusColumn:
        return tr("Status");
    case PointsColumn:
        return tr("Points");
    case MoscowColumn:
        return tr("MoSCoW");
    case ScoreColumn:
        return role == Qt::ToolTipRole ? tr("Score under %1").arg(m_document.frameworkName()) : tr("Score");
    case ReadinessColumn:
        return tr("Readiness");
    default:
        return {};
    }
}

QVariant BacklogModel::rankData(int row, int role) const {
    const qint64 id = m_ids[static_cast<std::size_t>(row)];
    const int position = m_document.rankingPosition(id);
    const auto& entries = m_document.ranking().entries;
    const scoring::RankedStory* entry = position > 0 &&
                                                static_cast<std::size_t>(position) <= entries.size() &&
                                                entries[static_cast<std::size_t>(position - 1)].storyId == id
                                            ? &entries[static_cast<std::size_t>(position - 1)]
                                            : nullptr;
    if (role == SortRole)
        return position;
    const bool pinned = entry && entry->pinned;
    if (role == Qt::DisplayRole)
        return pinned ? QStringLiteral("%1 \U0001F4CC").arg(position) : QString::number(position);
    if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        QString text = QString::number(position);
        const Workspace& ws = m_document.workspace();
        if (pinned)
            text += tr(", pinned above %1").arg(keyOf(ws, entry->pinnedAbove));
        if (entry && entry->heldBack)
            text += tr(", held back below %1, which blocks it").arg(keyOf(ws, entry->heldBackBy));
        return text;
    }
    return {};
}

QString BacklogModel::scoreText(double score) {
    return QLocale().toString(score, 'f', std::abs(score) >= 100 ? 0 : std::abs(score) >= 10 ? 1 : 2);
}

QVariant BacklogModel::scoreData(int row, int role) const {
    const qint64 id = m_ids[static_cast<std::size_t>(row)];
    const int position = m_document.rankingPosition(id);
    const auto& entries = m_document.ranking().entries;
    if (position <= 0 || static_cast<std::size_t>(position) > entries.size())
        return {};
    const scoring::RankedStory& e = entries[static_cast<std::size_t>(position - 1)];
    if (e.storyId != id)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        if (!e.score.scored)
            return tr("unscored: %1").arg(qs(e.unscoredReason));
        return scoreText(e.score.total);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return e.score.scored
                   ? tr("%1 score %2").arg(m_document.frameworkName(), QString::number(e.score.total, 'g', 6))
                   : tr("Not scored under %1: %2").arg(m_document.frameworkName(), qs(e.unscoredReason));
    case ScoreRole:
        return e.score.scored ? QVariant(e.score.total) : QVariant();
    case SortRole:
        // Unscored sort below every score.
        return e.score.scored ? e.score.total : -1e300;
    case ScoreFractionRole: {
        const double max = m_document.maxScore();
        return e.score.scored && max > 0 ? std::clamp(e.score.total / max, 0.0, 1.0) : 0.0;
    }
    default:
        return {};
    }
}

QVariant BacklogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    if (role == StoryIdRole)
        return m_ids[static_cast<std::size_t>(row)];
    if (role == StoryIndexRole)
        return m_storyIndex[static_cast<std::size_t>(row)];
    const int column = index.column();
    if (column == RankColumn)
        return rankData(row, role);
    if (column == ScoreColumn)
        return scoreData(row, role);
    const auto& stories = m_document.workspace().stories;
    const std::size_t si = m_storyIndex[static_cast<std::size_t>(row)];
    if (si >= stories.size())
        return {};
    const Story& s = stories[si];
    const bool shown = role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole;
    switch (column) {
    case KeyColumn:
        if (shown || role == Qt::EditRole)
            return qs(s.key);
        if (role == SortRole)
            return keyNumber(s.key);
        break;
    case TitleColumn:
        if (shown || role == Qt::EditRole)
            return qs(s.title);
        if (role == SortRole)
            return qs(s.title);
        break;
    case EpicColumn: {
        const Epic* e = s.epicId ? m_document.workspace().findEpic(*s.epicId) : nullptr;
        if (shown)
            return e ? QStringLiteral("%1 %2").arg(qs(e->key), qs(e->title))
                     : (role == Qt::DisplayRole ? QString() : tr("No epic"));
        if (role == SortRole)
            return e ? keyNumber(e->key) : 0;
        break;
    }
    case StatusColumn:
        if (shown)
            return qs(label(s.status));
        if (role == Qt::EditRole)
            return qs(toId(s.status));
        if (role == SortRole)
            return static_cast<int>(s.status);
        break;
    case PointsColumn:
        if (role == Qt::DisplayRole)
            return s.points ? QVariant(*s.points) : QVariant(QString());
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return s.points ? tr("%n points", nullptr, *s.points) : tr("Not estimated");
        if (role == Qt::EditRole)
            return s.points ? QVariant(*s.points) : QVariant();
        if (role == SortRole)
            return s.points.value_or(-1);
        break;
    case MoscowColumn:
        if (shown)
            return s.moscow == Moscow::Unset && role == Qt::DisplayRole ? QString() : qs(label(s.moscow));
        if (role == Qt::EditRole)
            return qs(toId(s.moscow));
        if (role == SortRole)
            return static_cast<int>(s.moscow);
        break;
    case ReadinessColumn: {
        if (role == SortRole) // no message built: sorting asks for every row many times
            return isReady(s, m_document.readinessContext()) ? 1 : 0;
        if (shown) {
            const std::string missing = firstMissingReadinessItem(s, m_document.readinessContext());
            return missing.empty() ? tr("Ready") : tr("Not ready: %1").arg(qs(missing));
        }
        break;
    }
    default:
        break;
    }
    return {};
}

Qt::ItemFlags BacklogModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f =
        Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    switch (index.column()) {
    case TitleColumn:
    case StatusColumn:
    case PointsColumn:
    case MoscowColumn:
        f |= Qt::ItemIsEditable;
        break;
    default:
        break;
    }
    return f;
}

bool BacklogModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto& stories = m_document.workspace().stories;
    const std::size_t si = m_storyIndex[static_cast<std::size_t>(index.row())];
    if (si >= stories.size())
        return false;
    Story after = stories[si];
    QString field;
    switch (index.column()) {
    case TitleColumn:
        after.title = value.toString().toStdString();
        field = QStringLiteral("title");
        break;
    case PointsColumn: {
        if (!value.isValid() || value.toString().trimmed().isEmpty()) {
            after.points.reset();
        } else {
            bool ok = false;
            const int points = value.toString().trimmed().toInt(&ok);
            if (!ok)
                return false;
            after.points = points;
        }
        field = QStringLiteral("points");
        break;
    }
    case StatusColumn: {
        const auto status = parseStoryStatus(value.toString().toStdString());
        if (!status)
            return false;
        after.status = *status;
        field = QStringLiteral("status");
        break;
    }
    case MoscowColumn: {
        const auto moscow = parseMoscow(value.toString().toStdString());
        if (!moscow)
            return false;
        after.moscow = *moscow;
        field = QStringLiteral("moscow");
        break;
    }
    default:
        return false;
    }
    if (after == stories[si])
        return true;
    // Only title typing merges; a status or estimate change is its own undo step.
    return m_document.editStory(after, index.column() == TitleColumn ? field : QString());
}

QStringList BacklogModel::mimeTypes() const {
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* BacklogModel::mimeData(const QModelIndexList& indexes) const {
    std::vector<int> rows;
    for (const QModelIndex& i : indexes)
        if (i.isValid())
            rows.push_back(i.row());
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    QStringList ids;
    for (int r : rows)
        ids.append(QString::number(m_ids[static_cast<std::size_t>(r)]));
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType), ids.join(QLatin1Char(',')).toLatin1());
    return mime;
}

Qt::DropActions BacklogModel::supportedDropActions() const {
    return Qt::MoveAction;
}
Qt::DropActions BacklogModel::supportedDragActions() const {
    return Qt::MoveAction;
}

bool BacklogModel::dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int,
                                const QModelIndex& parent) {
    if (action == Qt::IgnoreAction)
        return true;
    if (action != Qt::MoveAction)
        return false;
    const QList<qint64> ids = StoryDrop::storyIds(data, m_document);
    const int target = row >= 0 ? row : parent.isValid() ? parent.row() : rowCount();
    // Each dragged story goes just above the target in the ranking (pinned there when its score
    // would put it elsewhere), in the order they were dragged; after the last row: to the bottom.
    StoryDrop::Target place;
    place.above = target < rowCount() ? m_ids[static_cast<std::size_t>(target)] : 0;
    place.bottom = place.above == 0;
    // A view calls removeRows() on the source after a move drop; the default refuses, as it must:
    // the document moved the stories itself.
    return StoryDrop::move(m_document, ids, place);
}

} // namespace storyloom
