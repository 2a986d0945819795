#include "EpicListModel.h"

#include "ColourName.h"
#include "app/Document.h"
#include "domain/Workspace.h"

#include <QColor>
#include <QIcon>
#include <QPixmap>

#include <algorithm>
#include <unordered_map>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString dates(const Epic& e) {
    if (!e.startDate && !e.endDate)
        return QObject::tr("No dates");
    const QString start = e.startDate ? qs(e.startDate->toString()) : QObject::tr("open");
    const QString end = e.endDate ? qs(e.endDate->toString()) : QObject::tr("open");
    return QObject::tr("%1 to %2").arg(start, end);
}

} // namespace

EpicListModel::EpicListModel(const Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    for (auto signal : {&Document::epicsChanged, &Document::reset, &Document::rankingChanged})
        connect(&m_document, signal, this, &EpicListModel::rebuild);
    connect(&m_document, &Document::storiesChanged, this, &EpicListModel::rebuild);
    connect(&m_document, &Document::aboutToReset, this, [this] {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    });
    rebuild();
}

void EpicListModel::rebuild() {
    const Workspace& ws = m_document.workspace();
    std::unordered_map<Id, Row> totals;
    for (const Story& s : ws.stories) {
        if (!s.epicId)
            continue;
        Row& r = totals[*s.epicId];
        ++r.stories;
        if (s.points)
            r.points += *s.points;
        else
            ++r.unestimated;
    }
    std::vector<const Epic*> epics;
    for (const Epic& e : ws.epics)
        epics.push_back(&e);
    std::stable_sort(epics.begin(), epics.end(), [](const Epic* a, const Epic* b) {
        if (a->rank != b->rank)
            return a->rank < b->rank;
        return keyNumber(a->key) < keyNumber(b->key);
    });
    QList<Row> rows;
    for (const Epic* e : epics) {
        Row r = totals[e->id];
        r.id = e->id;
        rows.append(r);
    }
    const bool sameIds =
        rows.size() == m_rows.size() && std::equal(rows.begin(), rows.end(), m_rows.begin(),
                                                   [](const Row& a, const Row& b) { return a.id == b.id; });
    if (sameIds) {
        // Same epics in the same order: keep selection and scroll position.
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int EpicListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EpicListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 EpicListModel::epicId(int row) const {
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : 0;
}

int EpicListModel::rowOf(qint64 epicId) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == epicId)
            return i;
    return -1;
}

QVariant EpicListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const Epic* e = m_document.findEpic(row.id);
    if (!e)
        return {};
    if (role == IdRole)
        return qlonglong{row.id};
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DecorationRole && column == Colour) {
        return colourSwatch(QColor(qs(e->colour)));
    }
    if (role == Qt::TextAlignmentRole && (column == Stories || column == Points))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == SortRole) {
        switch (column) {
        case Key:
            return keyNumber(e->key);
        case Horizon:
            return static_cast<int>(e->horizon);
        case Dates:
            return e->startDate ? qs(e->startDate->toString()) : QStringLiteral("9999");
        case Stories:
            return row.stories;
        case Points:
            return row.points;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Key:
        return qs(e->key);
    case Title:
        return qs(e->title);
    case Colour:
        return colourName(QColor(qs(e->colour)));
    case Theme: {
        const auto* t = e->themeId ? m_document.findTheme(*e->themeId) : nullptr;
        return t ? qs(t->name) : tr("No theme");
    }
    case Horizon:
        return qs(label(e->horizon));
    case Dates:
        return dates(*e);
    case Stories:
        return row.stories;
    case Points:
        if (role != Qt::DisplayRole && row.unestimated > 0)
            return tr("%1 points, %n stories not estimated", nullptr, row.unestimated).arg(row.points);
        return row.points;
    default:
        return {};
    }
}

QVariant EpicListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Key:
        return tr("Key");
    case Title:
        return tr("Title");
    case Colour:
        return tr("Colour");
    case Theme:
        return tr("Theme");
    case Horizon:
        return tr("Horizon");
    case Dates:
        return tr("Dates");
    case Stories:
        return tr("Stories");
    case Points:
        return tr("Points");
    default:
        return {};
    }
}

} // namespace storyloom
