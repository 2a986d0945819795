#pragma once

#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Ids.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom {
struct Workspace;
}

namespace storyloom::roadmap {

/// The workspace setting that holds the saved views (a JSON array, see docs/roadmap.md).
inline constexpr std::string_view kViewsSetting = "roadmap.views";

enum class Layout { Board, Timeline, Matrix };
enum class Audience { Team, Executive };
enum class TimeScale { Months, Quarters };
enum class MatrixSubject { Epics, Stories };
enum class BubbleSize { Points, Reach };

/// Stable lower-case identifiers used in the setting JSON and the CLI: "board", "timeline", "matrix";
/// "team", "executive"; "months", "quarters"; "epics", "stories"; "points", "reach".
std::string_view toId(Layout v);
std::string_view toId(Audience v);
std::string_view toId(TimeScale v);
std::string_view toId(MatrixSubject v);
std::string_view toId(BubbleSize v);
/// Words for a menu: "Now / Next / Later", "Timeline", "Value vs effort"; "Team", "Executive"; ...
std::string_view label(Layout v);
std::string_view label(Audience v);
std::string_view label(TimeScale v);
std::string_view label(MatrixSubject v);
std::string_view label(BubbleSize v);
/// Case-insensitive parse of the identifiers above.
std::optional<Layout> parseLayout(std::string_view text);
std::optional<Audience> parseAudience(std::string_view text);
std::optional<TimeScale> parseTimeScale(std::string_view text);
std::optional<MatrixSubject> parseMatrixSubject(std::string_view text);
std::optional<BubbleSize> parseBubbleSize(std::string_view text);

/// Which epics a view shows. An empty list means "no restriction" on that dimension; dimensions
/// combine with AND, values inside one dimension with OR.
struct RoadmapFilters {
    std::vector<Id> themeIds;
    /// An epic matches when its target release is listed or any of its stories is in a listed release.
    std::vector<Id> releaseIds;
    std::vector<Horizon> horizons;

    bool isEmpty() const { return themeIds.empty() && releaseIds.empty() && horizons.empty(); }
    bool operator==(const RoadmapFilters&) const = default;
};

/// One saved roadmap view: what to show, how, and for whom.
struct RoadmapSpec {
    std::string name; ///< unique within a workspace (compared case-insensitively), not empty
    Layout layout = Layout::Board;
    RoadmapFilters filters;
    Audience audience = Audience::Team;
    /// Whether scores (matrix axis values, per-story scores) are printed. nullopt = the audience's
    /// default: shown for Team, hidden for Executive.
    std::optional<bool> showScores;
    /// Timeline: header granularity, and zoom in logical pixels per day (nullopt = the scale's
    /// default: 4 px/day for months, 1.5 px/day for quarters).
    TimeScale scale = TimeScale::Months;
    std::optional<double> pxPerDay;
    /// Timeline: the visible date window; nullopt = fitted to the shown epics and releases.
    std::optional<Date> from;
    std::optional<Date> to;
    /// Matrix: what the bubbles are and how big they are.
    MatrixSubject matrixSubject = MatrixSubject::Epics;
    BubbleSize bubbleSize = BubbleSize::Points;
    /// Printed at the top of the view; empty = "<product name> roadmap".
    std::string title;

    bool scoresShown() const { return showScores.value_or(audience == Audience::Team); }
    double effectivePxPerDay() const;
    bool operator==(const RoadmapSpec&) const = default;
};

/// Parses the `roadmap.views` setting. An empty or blank value gives an empty list.
/// Throws RoadmapError naming the view (by name or position) and the field on any problem: not an
/// array, a view without a name, duplicate names, an unknown layout/audience/scale, a bad date, ...
/// Unknown fields are ignored (forward compatibility).
std::vector<RoadmapSpec> parseViews(std::string_view settingValue);
/// The setting text for these views (a JSON array; parseViews(viewsToSetting(v)) == v).
/// Throws RoadmapError when a name is empty or duplicated.
std::string viewsToSetting(const std::vector<RoadmapSpec>& views);
/// One view per layout ("Now / Next / Later", "Timeline", "Value vs effort"), Team audience.
std::vector<RoadmapSpec> defaultViews();
/// The workspace's saved views, or defaultViews() when none are saved.
/// Throws RoadmapError when the setting does not parse.
std::vector<RoadmapSpec> savedViews(const Workspace& workspace);
/// The view named `name` (case-insensitive), nullptr when there is none.
const RoadmapSpec* findView(const std::vector<RoadmapSpec>& views, std::string_view name);

} // namespace storyloom::roadmap
