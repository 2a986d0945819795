#include "Layouts.h"

#include "domain/Workspace.h"

#include <algorithm>
#include <set>

namespace storyloom::roadmap {

std::vector<const Epic*> selectEpics(const Workspace& workspace, const RoadmapSpec& spec) {
    const RoadmapFilters& f = spec.filters;
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
