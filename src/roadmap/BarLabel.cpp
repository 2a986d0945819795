#include "BarLabel.h"

#include <algorithm>

namespace storyloom::roadmap::detail {

BarLabel placeBarLabel(const std::string& label, double x0, double x1, double badgesWidth, double left,
                       double right, const TextMetrics& metrics, double size, FontWeight weight) {
    const double pad = 10; // inside the bar
    const double gap = 6;  // between bar, label and badges
    const double barW = x1 - x0;
    const double badges = badgesWidth;
    const double full = metrics.width(label, size, weight) + 1;
    BarLabel p;
    p.text = label;
    const auto elideTo = [&](double width) {
        p.w = std::max(0.0, width);
        if (p.w < full) // measuring again costs as much as the first time: only when needed
            p.text = metrics.elide(label, size, weight, p.w);
    };
    const auto inside = [&] {
        p.inside = true;
        p.x = x0 + pad;
        elideTo(barW - 2 * pad);
        p.badgesX = x1 + gap + badges <= right ? x1 + gap : std::max(left, x0 - gap - badges);
    };
    const auto rightOf = [&](double width) {
        p.inside = false;
        p.x = x1 + gap;
        elideTo(width);
        p.badgesX = p.x + p.w + gap;
    };
    const auto leftOf = [&](double width) {
        p.inside = false;
        elideTo(width);
        p.x = x0 - gap - badges - p.w;
        p.badgesX = p.x + p.w + gap;
    };
    const double need = gap + full + badges; // outside: gap, label, badges (each with its gap)
    if (full + 2 * pad <= barW) {
        inside();
    } else if (x1 + need <= right) {
        rightOf(full);
    } else if (x0 - need >= left) {
        leftOf(full);
    } else {
        const double roomRight = right - x1 - gap - badges;
        const double roomLeft = x0 - left - gap - badges;
        const double roomInside = barW - 2 * pad;
        if (roomInside >= roomRight && roomInside >= roomLeft)
            inside();
        else if (roomRight >= roomLeft)
            rightOf(roomRight);
        else
            leftOf(roomLeft);
    }
    p.extentStart = x0;
    p.extentEnd = x1;
    if (!p.inside) {
        p.extentStart = std::min(p.extentStart, p.x);
        p.extentEnd = std::max(p.extentEnd, p.x + p.w);
    }
    if (badges > 0) {
        p.extentStart = std::min(p.extentStart, p.badgesX);
        p.extentEnd = std::max(p.extentEnd, p.badgesX + badges);
    }
    return p;
}

} // namespace storyloom::roadmap::detail
