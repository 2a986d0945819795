#include "WorkspaceDirectory.h"

#include "storage/WorkspaceStore.h"

#include <algorithm>

namespace storyloom::cli {

WorkspaceDirectory::WorkspaceDirectory(const WorkspaceStore& store) : m_ws(store.load()) {
    for (std::size_t i = 0; i < m_ws.epics.size(); ++i) {
        m_epicById.emplace(m_ws.epics[i].id, i);
        m_epicByKey.emplace(m_ws.epics[i].key, i);
    }
    for (std::size_t i = 0; i < m_ws.stories.size(); ++i)
        m_storyById.emplace(m_ws.stories[i].id, i);
}

const Epic* WorkspaceDirectory::epic(std::optional<Id> id) const {
    if (!id)
        return nullptr;
    const auto it = m_epicById.find(*id);
    return it == m_epicById.end() ? nullptr : &m_ws.epics[it->second];
}

const Epic* WorkspaceDirectory::epic(std::string_view key) const {
    const auto it = m_epicByKey.find(std::string(key));
    return it == m_epicByKey.end() ? nullptr : &m_ws.epics[it->second];
}

std::string WorkspaceDirectory::epicKey(std::optional<Id> id) const {
    const Epic* e = epic(id);
    return e ? e->key : std::string();
}

const Release* WorkspaceDirectory::release(std::optional<Id> id) const {
    if (!id)
        return nullptr;
    const auto it = std::find_if(m_ws.releases.begin(), m_ws.releases.end(),
                                 [&](const Release& r) { return r.id == *id; });
    return it == m_ws.releases.end() ? nullptr : &*it;
}

const Persona* WorkspaceDirectory::persona(Id id) const {
    const auto it = std::find_if(m_ws.personas.begin(), m_ws.personas.end(),
                                 [&](const Persona& p) { return p.id == id; });
    return it == m_ws.personas.end() ? nullptr : &*it;
}

const Insight* WorkspaceDirectory::insight(Id id) const {
    const auto it = std::find_if(m_ws.insights.begin(), m_ws.insights.end(),
                                 [&](const Insight& i) { return i.id == id; });
    return it == m_ws.insights.end() ? nullptr : &*it;
}

const Story* WorkspaceDirectory::story(Id id) const {
    const auto it = m_storyById.find(id);
    return it == m_storyById.end() ? nullptr : &m_ws.stories[it->second];
}

std::vector<const Story*> WorkspaceDirectory::blockers(Id id) const {
    std::vector<const Story*> out;
    for (const auto& s : m_ws.stories)
        if (std::find(s.blocks.begin(), s.blocks.end(), id) != s.blocks.end())
            out.push_back(&s);
    return out;
}

} // namespace storyloom::cli
