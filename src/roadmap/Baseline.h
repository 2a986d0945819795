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

/// The workspace setting that holds the baseline (a JSON object, see docs/roadmap.md).
inline constexpr std::string_view kBaselineSetting = "roadmap.baseline";

/// One epic as it was at the review.
struct BaselineEpic {
    std::string key;
    std::string title;
    Horizon horizon = Horizon::Later;
    std::optional<Date> start;
    std::optional<Date> end;
    std::optional<Id> themeId;
    std::string themeName; ///< kept so a removed theme still has a name

    bool operator==(const BaselineEpic&) const = default;
};

/// A snapshot of the roadmap's epics taken at a review, to show later what changed since.
struct Baseline {
    Date date;
    std::vector<BaselineEpic> epics; ///< in key-number order

    /// The epic with this key, nullptr when it was not in the baseline.
    const BaselineEpic* find(std::string_view key) const;
    bool operator==(const Baseline&) const = default;
};

/// Snapshot of every epic of the workspace, dated `date`.
Baseline captureBaseline(const Workspace& workspace, Date date);
/// Parses the `roadmap.baseline` setting; throws RoadmapError naming the epic key and field.
Baseline parseBaseline(std::string_view settingValue);
/// The setting text (JSON object); parseBaseline(baselineToSetting(b)) == b.
std::string baselineToSetting(const Baseline& baseline);
/// The workspace's saved baseline, nullopt when none is saved. Throws RoadmapError when it does not
/// parse.
std::optional<Baseline> loadBaseline(const Workspace& workspace);

enum class ChangeKind { Added, Removed, HorizonMoved, DatesShifted, Renamed, ThemeChanged };

/// One difference between the baseline and the workspace for one epic. An epic can have several
/// (moved and shifted and renamed); Added and Removed come alone.
struct EpicChange {
    ChangeKind kind = ChangeKind::Added;
    std::string key;
    std::string title; ///< the current title (the baseline's for Removed)
    /// HorizonMoved
    Horizon fromHorizon = Horizon::Later;
    Horizon toHorizon = Horizon::Later;
    /// DatesShifted: days the start / end moved (positive = later); 0 when unchanged or when one
    /// side has no date (then the from/to dates tell what happened).
    long long startShiftDays = 0;
    long long endShiftDays = 0;
    std::optional<Date> fromStart, fromEnd, toStart, toEnd;
    /// Renamed: the baseline's title. ThemeChanged: the theme names.
    std::string oldTitle;
    std::string fromTheme, toTheme;

    bool operator==(const EpicChange&) const = default;
};

/// Every change since the baseline, ordered by epic key number then kind.
struct BaselineDiff {
    Date baselineDate;
    std::vector<EpicChange> changes;

    /// The changes of one epic (empty when none).
    std::vector<const EpicChange*> changesFor(std::string_view key) const;
    std::vector<const EpicChange*> removed() const;
    bool isEmpty() const { return changes.empty(); }
};

BaselineDiff diff(const Baseline& baseline, const Workspace& workspace);

/// Short badge text for one change: "New", "Moved from Next", "+3 weeks", "−2 days", "Renamed",
/// "Theme changed", "Removed". Dates shifts use the end date when it moved, else the start date;
/// whole weeks are written in weeks.
std::string badgeText(const EpicChange& change);
/// One sentence for the changes panel and screen readers: "SHOP-3 Saved cards moved from Next to Now."
std::string describe(const EpicChange& change);

} // namespace storyloom::roadmap
