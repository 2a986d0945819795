#pragma once

// Helpers shared by the Roadmap view, its presentation and its exports for the filters of a saved
// view: dropping ids that no longer exist, and the words that say what is filtered.

#include "roadmap/RoadmapSpec.h"

#include <QString>

#include <cstddef>

namespace storyloom {
struct Workspace;
}

namespace storyloom::roadmapfilters {

/// `filters` without the theme and release ids the workspace no longer has (a deleted theme or
/// release must not hide every epic). The counts of dropped ids go to the out-parameters.
roadmap::RoadmapFilters withoutMissing(const Workspace& workspace, const roadmap::RoadmapFilters& filters,
                                       int* missingThemes = nullptr, int* missingReleases = nullptr);

/// `spec` with withoutMissing() applied to its filters.
roadmap::RoadmapSpec withExistingFilters(const Workspace& workspace, const roadmap::RoadmapSpec& spec);

/// "Filtered: themes Onboarding, Checkout · horizons Now, Next — 7 of 12 epics shown", or
/// "Not filtered: all 12 epics shown". `filters` should hold existing ids only.
QString summary(const Workspace& workspace, const roadmap::RoadmapFilters& filters, std::size_t shown);

/// The message-line sentence for dropped ids, empty when none were dropped.
QString missingMessage(int missingThemes, int missingReleases);

/// How a release is listed in the filter: its name, and its date when it has one.
QString releaseLabel(const QString& name, int year, int month, int day);

} // namespace storyloom::roadmapfilters
