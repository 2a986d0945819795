#include "InsightTableModel.h"
#include "widgets/SameIds.h"

#include "app/Document.h"
#include "domain/Workspace.h"

#include <unordered_map>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

InsightTableModel::InsightTableModel(const Document& document, QObject* parent)
    : QAbstractTableModel(parent), m_document(document) {
    connect(&m_document, &Document::researchChanged, this, &InsightTableModel::rebuild);
    connect(&m_document, &Document::storiesChanged, this, &InsightTableModel::rebuild);
    connect(&m_document, &Document::storiesRemoved, this, &InsightTableModel::rebuild);
    connect(&m_document, &Document::storiesAdded, this, &InsightTableModel::rebuild);
    connect(&m_document, &Document::reset, this, &InsightTableModel::rebuild);
    connect(&m_document, &Document::aboutToReset, this, [this] {
        beginResetModel();
        m_ids.clear();
        m_storyCounts.clear();
        endResetModel();
    });
    rebuild();
}

QString InsightTableModel::strengthText(int strength) {
    QString dots;
    for (int i = Insight::kMinStrength; i <= Insight::kMaxStrength; ++i)
        dots += i <= strength ? QChar(0x25CF) : QChar(0x25CB);
    return tr("%1 of %2").arg(strength).arg(Insight::kMaxStrength) + QLatin1Char(' ') + dots;
}

void InsightTableModel::rebuild() {
    const Workspace& ws = m_document.workspace();
    std::unordered_map<Id, int> counts;
    for (const Story& s : ws.stories)
        for (Id i : s.insightIds)
            ++counts[i];
    QList<qint64> ids;
    QList<int> storyCounts;
    for (const Insight& i : ws.insights) {
        ids.append(i.id);
        storyCounts.append(counts[i.id]);
    }
    if (sameIds(ids, m_ids)) {
        m_storyCounts = storyCounts;
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    m_storyCounts = storyCounts;
    endResetModel();
}

int InsightTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int InsightTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 InsightTableModel::insightId(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int InsightTableModel::rowOf(qint64 insightId) const {
    return static_cast<int>(m_ids.indexOf(insightId));
}

QVariant InsightTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Insight* insight = m_document.findInsight(m_ids[index.row()]);
    if (!insight)
        return {};
    const int stories = m_storyCounts.value(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == IdRole)
        return qlonglong{insight->id};
    if (role == SortRole) {
        switch (column) {
        case Date:
            return insight->date ? qs(insight->date->toString()) : QString();
        case Strength:
            return insight->strength;
        case Stories:
            return stories;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::TextAlignmentRole && column == Stories)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case Title:
        return qs(insight->title);
    case Source:
        return qs(label(insight->source));
    case Date:
        return insight->date ? qs(insight->date->toString()) : tr("No date");
    case Strength:
        return role == Qt::DisplayRole
                   ? strengthText(insight->strength)
                   : tr("Strength %1 of %2").arg(insight->strength).arg(Insight::kMaxStrength);
    case Summary:
        if (role == Qt::DisplayRole)
            return qs(insight->summary).replace(QLatin1Char('\n'), QLatin1Char(' '));
        return qs(insight->summary);
    case Stories:
        return role == Qt::DisplayRole ? QVariant(stories)
                                       : QVariant(tr("Supports %n stories", nullptr, stories));
    default:
        return {};
    }
}

QVariant InsightTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title:
        return tr("Title");
    case Source:
        return tr("Source");
    case Date:
        return tr("Date");
    case Strength:
        return tr("Strength");
    case Summary:
        return tr("Summary");
    case Stories:
        return tr("Stories");
    default:
        return {};
    }
}

} // namespace storyloom
