#include "Layouts.h"

#include "domain/Workspace.h"

#include <algorithm>
#include <set>

namespace storyloom::roadmap {

RoadmapFilters existingFilters(const Workspace& workspace, const RoadmapFilters& filters,
                               std::size_t* missingThemes, std::size_t* missingReleases) {
    RoadmapFilters out = filters;
    const auto themeGone = [&](Id id) {
        return std::none_of(workspace.themes.begin(), workspace.themes.end(),
                            [id](const Theme& t) { return t.id == id; });
    };
    const auto releaseGone = [&](Id id) {
        return std::none_of(workspace.releases.begin(), workspace.releases.end(),
                            [id](const Release& r) { return r.id == id; });
    };
    out.themeIds.erase(std::remove_if(out.themeIds.begin(), out.themeIds.end(), themeGone),
                       out.themeIds.end());
    out.releaseIds.erase(std::remove_if(out.releaseIds.begin(), out.releaseIds.end(), releaseGone),
                         out.releaseIds.end());
    if (missingThemes)
        *missingThemes = filters.themeIds.size() - out.themeIds.size();
    if (missingReleases)
        *missingReleases = filters.releaseIds.size() - out.releaseIds.size();
    return out;
}

std::vector<const Epic*> selectEpics(const Workspace& workspace, const RoadmapSpec& spec) {
    const RoadmapFilters f = existingFilters(workspace, spec.filters);
    const auto listed = [](const std::vector<Id>& ids, Id id) {
        return std::find(ids.begin(), ids.end(), id) != ids.end();
    };
    // Epics that reach a filtered release through one of their stories.
    std::set<Id> viaStories;
    if (!f.releaseIds.empty())
        for (const auto& s : workspace.stories)
            if (s.epicId && s.releaseId && listed(f.releaseIds, *s.releaseId))
                viaStories.insert(*s.epicId);
    std::vector<const Epic*> out;
    for (const auto& e : workspace.epics) {
        if (!f.themeIds.empty() && !(e.themeId && listed(f.themeIds, *e.themeId)))
            continue;
        if (!f.horizons.empty() &&
            std::find(f.horizons.begin(), f.horizons.end(), e.horizon) == f.horizons.end())
            continue;
        if (!f.releaseIds.empty() && !(e.targetReleaseId && listed(f.releaseIds, *e.targetReleaseId)) &&
            viaStories.count(e.id) == 0)
            continue;
        out.push_back(&e);
    }
    std::stable_sort(out.begin(), out.end(), [](const Epic* a, const Epic* b) {
        if (a->rank != b->rank)
            return a->rank < b->rank;
        return keyNumber(a->key) < keyNumber(b->key);
    });
    return out;
}

Scene layoutView(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                 const LayoutOptions& options) {
    switch (spec.layout) {
    case Layout::Board:
        return layoutBoard(workspace, spec, metrics, options);
    case Layout::Timeline:
        return layoutTimeline(workspace, spec, metrics, options);
    case Layout::Matrix:
        return layoutMatrix(workspace, spec, metrics, options);
    }
    return layoutBoard(workspace, spec, metrics, options);
}

} // namespace storyloom::roadmap
