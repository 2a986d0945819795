#pragma once

// Internal to the timeline: where a bar's label and change badges go so they never leave the chart.

#include "TextMetrics.h"

#include <string>

namespace storyloom::roadmap::detail {

/// A bar label's place: its (possibly elided) text and box, where the badges start, and the
/// horizontal extent of bar, label and badges together (what row packing must keep apart).
struct BarLabel {
    std::string text;
    bool inside = true; ///< drawn on the bar (in the bar's text colour)
    double x = 0, w = 0;
    double badgesX = 0;
    double extentStart = 0, extentEnd = 0;
};

/// Inside the bar [x0, x1] when it fits, else right of it, else left of it, else elided on the side
/// with the most room; never outside [left, right]. Badges (badgesWidth in all) follow the label, or
/// the bar when the label is inside.
BarLabel placeBarLabel(const std::string& label, double x0, double x1, double badgesWidth, double left,
                       double right, const TextMetrics& metrics, double size, FontWeight weight);

} // namespace storyloom::roadmap::detail
