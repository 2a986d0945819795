#include "PersonaListModel.h"
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

PersonaListModel::PersonaListModel(const Document& document, QObject* parent)
    : QAbstractListModel(parent), m_document(document) {
    connect(&m_document, &Document::researchChanged, this, &PersonaListModel::rebuild);
    connect(&m_document, &Document::storiesChanged, this, &PersonaListModel::rebuild);
    connect(&m_document, &Document::storiesRemoved, this, &PersonaListModel::rebuild);
    connect(&m_document, &Document::storiesAdded, this, &PersonaListModel::rebuild);
    connect(&m_document, &Document::reset, this, &PersonaListModel::rebuild);
    connect(&m_document, &Document::aboutToReset, this, [this] {
        beginResetModel();
        m_ids.clear();
        m_storyCounts.clear();
        endResetModel();
    });
    rebuild();
}

void PersonaListModel::rebuild() {
    const Workspace& ws = m_document.workspace();
    std::unordered_map<Id, int> counts;
    for (const Story& s : ws.stories)
        for (Id p : s.personaIds)
            ++counts[p];
    QList<qint64> ids;
    QList<int> storyCounts;
    for (const Persona& p : ws.personas) {
        ids.append(p.id);
        storyCounts.append(counts[p.id]);
    }
    if (sameIds(ids, m_ids)) {
        m_storyCounts = storyCounts;
        if (!m_ids.isEmpty())
            emit dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_ids = ids;
    m_storyCounts = storyCounts;
    endResetModel();
}

int PersonaListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

qint64 PersonaListModel::personaId(int row) const {
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int PersonaListModel::rowOf(qint64 personaId) const {
    return static_cast<int>(m_ids.indexOf(personaId));
}

QVariant PersonaListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const Persona* p = m_document.findPersona(m_ids[index.row()]);
    if (!p)
        return {};
    const int stories = m_storyCounts.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return qs(p->name);
    case IdRole:
        return qlonglong{p->id};
    case RoleRole:
        return qs(p->role);
    case GoalsRole:
        return qs(p->goals);
    case FrustrationsRole:
        return qs(p->frustrations);
    case StoryCountRole:
        return stories;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2. Goals: %3. Frustrations: %4. Supports %n stories.", nullptr, stories)
            .arg(qs(p->name), p->role.empty() ? tr("no role") : qs(p->role),
                 p->goals.empty() ? tr("none written") : qs(p->goals),
                 p->frustrations.empty() ? tr("none written") : qs(p->frustrations));
    default:
        return {};
    }
}

} // namespace storyloom
