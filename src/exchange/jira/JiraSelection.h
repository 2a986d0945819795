#pragma once

#include "domain/Ids.h"
#include "domain/Workspace.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace storyloom::jira {

/// What to export. Build one with the named constructors.
struct Selection {
    enum class Kind { Everything, Epic, Release, Filter, Stories };

    Kind kind = Kind::Everything;
    std::string name;         ///< the epic key, release name or saved filter name
    std::vector<Id> storyIds; ///< Kind::Stories only
    /// Release, Filter and Stories: also export the epics of the selected stories, so the stories can
    /// be linked to them. (Everything exports every epic; Epic exports that epic.)
    bool includeEpicsOfStories = true;

    static Selection everything() { return {}; }
    static Selection epic(std::string key) { return {Kind::Epic, std::move(key), {}, true}; }
    static Selection release(std::string releaseName) {
        return {Kind::Release, std::move(releaseName), {}, true};
    }
    /// A saved backlog filter (workspace setting "backlog.filter.<name>").
    static Selection filter(std::string filterName) {
        return {Kind::Filter, std::move(filterName), {}, true};
    }
    static Selection stories(std::vector<Id> ids, bool withTheirEpics = true) {
        return {Kind::Stories, {}, std::move(ids), withTheirEpics};
    }
};

/// The epics and stories a selection picks, in export order: epics by rank (then key number), stories
/// in backlog rank order.
struct Selected {
    std::vector<const Epic*> epics;
    std::vector<const Story*> stories;
    std::unordered_map<Id, const Epic*> epicById; ///< the selected epics

    /// The story's epic when it is among the selected epics, else null.
    const Epic* epicOf(const Story& story) const {
        if (!story.epicId)
            return nullptr;
        const auto it = epicById.find(*story.epicId);
        return it == epicById.end() ? nullptr : it->second;
    }
};

/// Resolves `selection` against `workspace`. Throws ExchangeError naming the epic key, release, filter
/// or story id that does not exist, and for a saved filter this layer cannot apply (a readiness facet,
/// which needs the app layer's readiness rules).
Selected resolve(const Workspace& workspace, const Selection& selection);

} // namespace storyloom::jira
