#pragma once

#include "domain/Workspace.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace storyloom {
class WorkspaceStore;
}

namespace storyloom::cli {

/// Looks up what a story refers to by id (epic, release, personas, insights, other stories) and
/// epics by key, so verbs can print names and keys instead of row ids.
///
/// WorkspaceStore offers no way to read epics, personas or the project key without reading every
/// story too, so this is built from WorkspaceStore::load(). That is the one slow step of `list` on a
/// very large workspace; when the store gains lighter accessors only this class needs to change.
class WorkspaceDirectory {
public:
    explicit WorkspaceDirectory(const WorkspaceStore& store);

    const Workspace& workspace() const { return m_ws; }
    const Epic* epic(std::optional<Id> id) const;
    const Epic* epic(std::string_view key) const;
    /// The epic's key, or "" when `id` is empty or unknown.
    std::string epicKey(std::optional<Id> id) const;
    const Release* release(std::optional<Id> id) const;
    const Persona* persona(Id id) const;
    const Insight* insight(Id id) const;
    const Story* story(Id id) const;
    /// Stories that block `id`, in id order.
    std::vector<const Story*> blockers(Id id) const;

private:
    Workspace m_ws;
    std::unordered_map<Id, std::size_t> m_epicById;
    std::unordered_map<std::string, std::size_t> m_epicByKey;
    std::unordered_map<Id, std::size_t> m_storyById;
};

} // namespace storyloom::cli
