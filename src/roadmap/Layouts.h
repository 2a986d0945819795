#pragma once

#include "Baseline.h"
#include "RoadmapSpec.h"
#include "Scene.h"
#include "TextMetrics.h"

#include <vector>

namespace storyloom {
struct Epic;
struct Workspace;
} // namespace storyloom

namespace storyloom::roadmap {

/// What a layout needs besides the workspace and the view.
struct LayoutOptions {
    /// "Today" for the timeline's today line and the printed date (injected: layouts never read a clock).
    Date today{2026, 1, 1};
    /// When set, items carry change badges and the scene has a "Changes since <date>" panel.
    const Baseline* baseline = nullptr;
    /// Width the board and matrix fill (logical px). The timeline is as wide as its date range needs
    /// at the view's zoom, and at least this wide. Executive views are laid out at 16:9 when they fit.
    double width = 1600;
};

/// `filters` without the theme and release ids the workspace no longer has: a saved view that names
/// a deleted theme or release keeps applying its other ids instead of hiding every epic. How many
/// ids were dropped goes to the out-parameters.
RoadmapFilters existingFilters(const Workspace& workspace, const RoadmapFilters& filters,
                               std::size_t* missingThemes = nullptr, std::size_t* missingReleases = nullptr);

/// The epics a view shows (its filters applied, see existingFilters), in epic rank order.
std::vector<const Epic*> selectEpics(const Workspace& workspace, const RoadmapSpec& spec);

/// Now / Next / Later: three columns of epic cards coloured by theme. Team cards list story count,
/// points and the top stories by rank; Executive cards show only the title, theme and dates.
Scene layoutBoard(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                  const LayoutOptions& options = {});
/// Month or quarter header, one swimlane per theme (plus "No theme"), epics as bars from start to end
/// (undated epics listed under the lanes), release milestones with names, and the today line.
Scene layoutTimeline(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                     const LayoutOptions& options = {});
/// Value (up) vs effort (right) with four labelled quadrants; bubbles sized by points or reach.
/// See docs/roadmap.md for how an epic's value and effort are computed.
Scene layoutMatrix(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                   const LayoutOptions& options = {});
/// The layout the spec asks for.
Scene layoutView(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                 const LayoutOptions& options = {});

} // namespace storyloom::roadmap
