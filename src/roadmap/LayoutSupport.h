#pragma once

// Shared by the three layouts (internal; not part of the public API): type sizes per audience, the
// palette, a scene builder, the title/legend/changes-panel blocks and the facts printed about epics.

#include "Layouts.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace storyloom {
struct Epic;
struct Story;
struct Workspace;
} // namespace storyloom

namespace storyloom::roadmap::detail {

/// Type sizes and spacing: Executive uses larger type and wider margins.
struct Style {
    double title = 26;
    double subtitle = 15;
    double heading = 17; ///< column headers, lane names
    double body = 14;    ///< card titles, bar labels
    double small = 12;   ///< keys, dates, story lines, badges
    double margin = 40;
    double gap = 20;

    static Style forAudience(Audience audience);
};

namespace palette {
inline constexpr Colour kText{31, 41, 51, 255};
inline constexpr Colour kMuted{82, 96, 109, 255};
inline constexpr Colour kFaint{123, 135, 148, 255};
inline constexpr Colour kRule{217, 222, 227, 255};
inline constexpr Colour kGrid{233, 236, 239, 255};
inline constexpr Colour kPanel{245, 247, 250, 255};
inline constexpr Colour kWhite{255, 255, 255, 255};
inline constexpr Colour kToday{201, 42, 42, 255};
inline constexpr Colour kNoTheme{134, 142, 150, 255};
inline constexpr Colour kChangeFill{255, 249, 219, 255};
inline constexpr Colour kChangeStroke{240, 200, 80, 255};
} // namespace palette

/// Text colour readable on `background` (WCAG contrast: white or the dark text colour).
Colour textOn(Colour background);
/// `c` mixed with white: amount 0 = c, 1 = white.
Colour tint(Colour c, double amount);
/// Relative luminance contrast ratio between two colours (WCAG 2).
double contrastRatio(Colour a, Colour b);

/// Background of a change badge: green for New, amber for Moved, blue for date shifts, grey otherwise.
Colour badgeFill(const std::string& badge);

/// Appends shapes to a scene.
class SceneBuilder {
public:
    SceneBuilder(Scene& scene, const TextMetrics& metrics) : m_scene(scene), m_metrics(metrics) {}

    void rect(Rect r, std::optional<Colour> fill, std::optional<Colour> stroke, double radius = 0,
              Tag tag = {}, double strokeWidth = 1);
    void line(Point from, Point to, Colour colour, double width = 1, bool dashed = false, Tag tag = {});
    void ellipse(Rect bounds, std::optional<Colour> fill, std::optional<Colour> stroke, Tag tag = {},
                 double strokeWidth = 1);
    /// One line, elided to the box width with the layout's metrics. Returns the width drawn.
    double text(const std::string& text, Rect box, double size, FontWeight weight, Colour colour,
                HAlign align = HAlign::Left, Tag tag = {});
    /// Wrapped into at most maxLines lines from `top`; returns the height used.
    double paragraph(const std::string& text, double x, double top, double width, double size,
                     FontWeight weight, Colour colour, int maxLines, Tag tag = {});
    /// A rounded "pill" with text starting at (x, y); returns its rect.
    Rect pill(const std::string& text, double x, double y, double size, Colour fill, Colour textColour,
              Tag tag);
    double pillWidth(const std::string& text, double size) const;

    const TextMetrics& metrics() const { return m_metrics; }
    Scene& scene() { return m_scene; }

private:
    Scene& m_scene;
    const TextMetrics& m_metrics;
};

/// Everything a layout prints about one epic.
struct EpicFacts {
    const Epic* epic = nullptr;
    std::string themeName;             ///< "No theme" when none
    Colour colour;                     ///< the theme's colour (grey when none)
    std::vector<const Story*> stories; ///< see gatherFacts for the order
    int points = 0;
    int estimated = 0; ///< stories with points
    std::vector<std::string> badges;
};

/// Facts for each epic of the workspace, keyed by epic id, with badges from the diff when given.
/// Each epic's stories are in manual rank order when `sortStories`, else in workspace order.
std::map<Id, EpicFacts> gatherFacts(const Workspace& ws, const std::vector<const Epic*>& epics,
                                    const BaselineDiff* diff, bool sortStories);

/// "30 Nov 2026"
std::string longDate(Date d);
/// "Jan–Mar 2026", "Nov 2026–Feb 2027", "from 5 Jan 2026", "no dates"
std::string dateRange(const std::optional<Date>& start, const std::optional<Date>& end);
/// "Jan", "Feb", ...
std::string_view monthName(int month);
/// "BASK-3 Saved cards, Now, theme Faster checkout, Mar–Jun 2026[, changed: New]"
std::string accessibleText(const EpicFacts& facts);

/// Draws the title, subtitle (layout and date) and, when a baseline is given, its date. Returns the y
/// below it.
double drawHeader(SceneBuilder& b, const Style& style, const std::string& title, const std::string& subtitle,
                  double width);
/// The themes of the shown epics as a wrapping row of swatches and names from (x, y) within width;
/// also fills scene.legend. Returns the y below it.
double drawLegend(SceneBuilder& b, const Style& style, const std::vector<const EpicFacts*>& shown,
                  const Workspace& ws, double x, double y, double width, const std::string& extra = {});
/// The "Changes since <date>" panel from (x, y); fills scene.changeNotes. Returns the y below it
/// (y itself when there is no diff).
double drawChanges(SceneBuilder& b, const Style& style, const BaselineDiff* diff, double x, double y,
                   double width);

/// The view's title as printed.
std::string titleOf(const Workspace& ws, const RoadmapSpec& spec);

/// Common start of every layout: the diff, the selected epics and their facts.
struct LayoutInput {
    std::optional<BaselineDiff> diff;
    std::vector<const Epic*> epics;
    std::map<Id, EpicFacts> facts;
    Style style;
};
LayoutInput prepare(const Workspace& ws, const RoadmapSpec& spec, const LayoutOptions& options,
                    bool sortStories);

} // namespace storyloom::roadmap::detail
