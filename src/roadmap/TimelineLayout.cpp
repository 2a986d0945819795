// The timeline (layoutTimeline in Layouts.h): a month or quarter header, one swimlane per theme, epics
// as bars packed into rows so nothing overlaps, release milestones, the today line and the epics that
// have no dates yet.
//
// Everything stays inside the scene: a bar label that fits neither inside, right nor left of its bar
// is elided on the side with the most room (the item's accessible text keeps the full title), and a
// marker label near an edge goes to the other side of its marker. An epic with only one date is an
// open-ended bar of kOpenEndedDays (see docs/roadmap.md).

#include "BarLabel.h"
#include "LayoutSupport.h"
#include "Layouts.h"

#include "domain/Workspace.h"

#include <algorithm>
#include <cmath>

namespace storyloom::roadmap {
namespace {

using namespace detail;

/// Above this many dated epics the timeline switches to thinner bars and smaller labels.
constexpr long kCompactAbove = 150;
/// How long an epic with only a start (or only an end) date is drawn: four weeks from the start (or
/// up to the end), faded on the side whose date is missing.
constexpr long long kOpenEndedDays = 28;

Date firstOfMonth(Date d) {
    return {d.year, d.month, 1};
}
Date addMonths(Date d, int months) {
    const int index = d.year * 12 + (d.month - 1) + months;
    return {index / 12, index % 12 + 1, 1};
}
Date periodStart(Date d, TimeScale scale) {
    Date m = firstOfMonth(d);
    if (scale == TimeScale::Quarters)
        m.month = (m.month - 1) / 3 * 3 + 1;
    return m;
}
int periodMonths(TimeScale scale) {
    return scale == TimeScale::Quarters ? 3 : 1;
}

struct Marker {
    double x = 0;
    std::string label;
    Colour colour;
    Tag tag;
    bool today = false;
};

/// The days an epic's bar covers (inclusive) and which of its ends is open (that date is missing).
struct BarDays {
    long long start = 0, end = 0;
    bool openStart = false, openEnd = false;
};

/// One bar, its label and badges.
struct BarPlan {
    const EpicFacts* facts = nullptr;
    BarDays days;
    double x0 = 0, x1 = 0; ///< the bar
    BarLabel label;
    double badgesWidth = 0;
    int row = 0;
};

class TimelineBuilder {
public:
    TimelineBuilder(const Workspace& ws, const RoadmapSpec& spec, const TextMetrics& metrics,
                    const LayoutOptions& options)
        : m_ws(ws), m_spec(spec), m_metrics(metrics), m_options(options),
          m_in(prepare(ws, spec, options, false)), m_style(m_in.style), m_b(m_scene, metrics) {}

    Scene build() {
        const bool exec = m_spec.audience == Audience::Executive;
        m_labelWidth = exec ? 250 : 200;
        m_barHeight = exec ? 36 : 28;
        // Hundreds of bars: a compact timeline (thinner bars, smaller labels) so it stays scrollable.
        const auto dated = std::count_if(m_in.epics.begin(), m_in.epics.end(),
                                         [this](const Epic* e) { return this->onTimeline(*e); });
        if (dated > kCompactAbove) {
            m_barHeight = exec ? 24 : 20;
            m_barText = m_style.small;
            m_rowGap = 4;
        } else {
            m_barText = m_style.body;
        }
        computeRange();
        const double minWidth = std::max(m_options.width, 720.0);
        m_chartX = m_style.margin + m_labelWidth;
        const double days = static_cast<double>(m_hi.toDays() - m_lo.toDays());
        m_ppd = m_spec.pxPerDay
                    ? *m_spec.pxPerDay
                    : std::max(m_spec.effectivePxPerDay(), (minWidth - m_chartX - m_style.margin) / days);
        m_chartW = days * m_ppd;
        m_scene.width = m_chartX + m_chartW + m_style.margin;
        m_scene.viewName = m_spec.name;

        const std::string subtitle = std::string(label(Layout::Timeline)) + " by " +
                                     (m_spec.scale == TimeScale::Months ? "month" : "quarter") +
                                     " \xC2\xB7 " + longDate(m_options.today);
        double y = drawHeader(m_b, m_style, titleOf(m_ws, m_spec), subtitle, m_scene.width);
        std::vector<const EpicFacts*> shown;
        for (const Epic* e : m_in.epics)
            shown.push_back(&m_in.facts.at(e->id));
        y = drawLegend(m_b, m_style, shown, m_ws, m_style.margin, y, m_scene.width - 2 * m_style.margin);

        const double headerTop = y;
        y = drawTimeHeader(y);
        const std::vector<Marker> markers = collectMarkers();
        y = placeMarkerLabels(markers, y);
        const double lanesTop = y;
        y = drawLanes(y);
        const double lanesBottom = y;
        // Marker lines go between the lane backgrounds and the bars, so they never cross a label.
        drawMarkerLines(headerTop, lanesBottom);
        for (const auto& [bar, top] : m_pendingBars)
            drawBar(bar, top);
        m_scene.timeAxis = TimeAxis{m_lo.toDays(), m_chartX, m_ppd, lanesTop, lanesBottom};
        y = drawUnscheduled(y + m_style.gap);
        y = drawChanges(m_b, m_style, m_in.diff ? &*m_in.diff : nullptr, m_style.margin, y,
                        m_scene.width - 2 * m_style.margin);
        m_scene.height = y + m_style.margin * 0.5;
        if (exec)
            m_scene.height = std::max(m_scene.height, m_scene.width * 9 / 16);
        return std::move(m_scene);
    }

private:
    double xOf(Date d) const { return m_chartX + static_cast<double>(d.toDays() - m_lo.toDays()) * m_ppd; }

    /// Epics with at least one date are drawn as bars; the others are listed as not scheduled.
    static bool onTimeline(const Epic& e) { return e.startDate || e.endDate; }

    static BarDays barDays(const Epic& e) {
        BarDays d;
        if (e.startDate && e.endDate) {
            d.start = e.startDate->toDays();
            d.end = std::max(d.start, e.endDate->toDays());
        } else if (e.startDate) {
            d.start = e.startDate->toDays();
            d.end = d.start + kOpenEndedDays - 1;
            d.openEnd = true;
        } else {
            d.end = e.endDate->toDays();
            d.start = d.end - kOpenEndedDays + 1;
            d.openStart = true;
        }
        return d;
    }

    /// A bar in a lane: the epic has a date and its bar overlaps the visible window [m_lo, m_hi) (an
    /// explicit window leaves out the epics entirely outside it).
    bool shownAsBar(const Epic& e) const {
        if (!onTimeline(e))
            return false;
        const BarDays d = barDays(e);
        return d.start < m_hi.toDays() && d.end >= m_lo.toDays();
    }

    std::vector<const Release*> releases() const {
        std::vector<const Release*> out;
        for (const auto& r : m_ws.releases) {
            if (!r.date)
                continue;
            const auto& ids = m_spec.filters.releaseIds;
            if (!ids.empty() && std::find(ids.begin(), ids.end(), r.id) == ids.end())
                continue;
            out.push_back(&r);
        }
        std::sort(out.begin(), out.end(),
                  [](const Release* a, const Release* b) { return *a->date < *b->date; });
        return out;
    }

    void computeRange() {
        std::optional<Date> lo = m_spec.from;
        std::optional<Date> hi = m_spec.to;
        if (!lo || !hi) {
            std::optional<Date> dlo, dhi;
            const auto take = [&](Date d) {
                dlo = dlo ? std::min(*dlo, d) : d;
                dhi = dhi ? std::max(*dhi, d) : d;
            };
            for (const Epic* e : m_in.epics)
                if (onTimeline(*e)) {
                    const BarDays d = barDays(*e);
                    take(Date::fromDays(d.start));
                    take(Date::fromDays(d.end));
                }
            for (const Release* r : releases())
                take(*r->date);
            take(m_options.today);
            if (!lo)
                lo = *dlo;
            if (!hi)
                hi = *dhi;
        }
        m_lo = periodStart(*lo, m_spec.scale);
        m_hi = addMonths(periodStart(*hi, m_spec.scale), periodMonths(m_spec.scale));
        if (m_hi <= m_lo)
            m_hi = addMonths(m_lo, periodMonths(m_spec.scale));
    }

    /// Year row and month/quarter row with the grid lines; returns the y below.
    double drawTimeHeader(double y) {
        const double lh = m_metrics.lineHeight(m_style.small);
        const double rowH = lh + 6;
        const Tag tag{Role::Header};
        const double bottom = y + 2 * rowH;
        m_b.rect({m_chartX, y, m_chartW, 2 * rowH}, palette::kPanel, std::nullopt, 0, tag);
        for (Date d = m_lo; d < m_hi; d = addMonths(d, periodMonths(m_spec.scale))) {
            const Date next = addMonths(d, periodMonths(m_spec.scale));
            const double x0 = xOf(d);
            const double x1 = xOf(next);
            std::string text = m_spec.scale == TimeScale::Months
                                   ? std::string(monthName(d.month))
                                   : "Q" + std::to_string((d.month - 1) / 3 + 1);
            if (m_metrics.width(text, m_style.small, FontWeight::Normal) + 6 > x1 - x0)
                text = text.substr(0, 1);
            if (m_metrics.width(text, m_style.small, FontWeight::Normal) + 4 <= x1 - x0)
                m_b.text(text, {x0, y + rowH, x1 - x0, rowH}, m_style.small, FontWeight::Normal,
                         palette::kMuted, HAlign::Centre, tag);
            const bool yearStart = d.month == 1 || d == m_lo;
            if (yearStart) {
                const Date yearEnd{d.year + 1, 1, 1};
                const double xe = xOf(std::min(yearEnd, m_hi));
                m_b.text(std::to_string(d.year), {x0 + 6, y, xe - x0 - 6, rowH}, m_style.small,
                         FontWeight::Bold, palette::kText, HAlign::Left, tag);
            }
            m_gridLines.push_back({x0, d.month == 1});
        }
        m_b.line({m_chartX, bottom}, {m_chartX + m_chartW, bottom}, palette::kRule, 1, false, tag);
        return bottom;
    }

    std::vector<Marker> collectMarkers() const {
        std::vector<Marker> markers;
        for (const Release* r : releases()) {
            if (*r->date < m_lo || !(*r->date < m_hi))
                continue;
            const Date d = *r->date;
            markers.push_back({xOf(d) + m_ppd / 2,
                               r->name + "  " + std::to_string(d.day) + " " + std::string(monthName(d.month)),
                               palette::kText, Tag{Role::Milestone, ItemKind::Release, r->id, r->name},
                               false});
        }
        if (!(m_options.today < m_lo) && m_options.today < m_hi)
            markers.push_back({xOf(m_options.today) + m_ppd / 2,
                               "Today  " + std::to_string(m_options.today.day) + " " +
                                   std::string(monthName(m_options.today.month)),
                               palette::kToday, Tag{Role::TodayLine}, true});
        return markers;
    }

    /// Marker dots and labels in as many rows as needed so labels never overlap. Returns the y below.
    double placeMarkerLabels(const std::vector<Marker>& markers, double y) {
        if (markers.empty())
            return y + 6;
        const double size = m_style.small;
        const double lh = m_metrics.lineHeight(size);
        const double rowH = lh + 6;
        const double dot = size * 0.75;
        struct Placed {
            const Marker* marker;
            Rect box;
            int row;
            double start, end; ///< horizontal extent of dot and label
        };
        std::vector<Placed> placed;
        // Today first (it gets the top row, so its line runs unbroken from the header), then by date.
        std::vector<const Marker*> order;
        for (const auto& m : markers)
            order.push_back(&m);
        std::stable_sort(order.begin(), order.end(), [](const Marker* a, const Marker* b) {
            if (a->today != b->today)
                return a->today;
            return a->x < b->x;
        });
        int rows = 0;
        for (const Marker* m : order) {
            const double w =
                m_metrics.width(m->label, size, m->today ? FontWeight::Bold : FontWeight::DemiBold) + 2;
            const double rightX = m->x + dot / 2 + 4;
            const double leftX = m->x - dot / 2 - 4 - w;
            // A row is free when no label there overlaps this one, this marker's line (going down)
            // crosses no label below, and no line coming down from above crosses this label.
            const auto fits = [&](int row, double start, double end, bool checkLines) {
                for (const auto& p : placed) {
                    if (p.row == row && start < p.end && p.start < end)
                        return false;
                    if (checkLines && p.row > row && m->x > p.start && m->x < p.end)
                        return false;
                    if (checkLines && p.row < row && p.marker->x > start && p.marker->x < end)
                        return false;
                }
                return true;
            };
            const auto extent = [&](double x) {
                return std::pair{std::min(x, m->x - dot / 2) - 6, std::max(x + w, m->x + dot / 2) + 6};
            };
            int row = -1;
            double x = rightX;
            const int maxRows = static_cast<int>(markers.size()) + 1;
            for (int r = 0; r < maxRows && row < 0; ++r)
                for (double candidate : {rightX, leftX}) {
                    if (candidate < m_chartX || candidate + w > m_chartX + m_chartW)
                        continue;
                    const auto [s0, e0] = extent(candidate);
                    if (fits(r, s0, e0, true)) {
                        row = r;
                        x = candidate;
                        break;
                    }
                }
            double boxW = w;
            if (row < 0) { // crowded: a new row of its own, on the side that stays inside the scene
                row = rows;
                const double lo = m_style.margin;
                const double hi = m_scene.width - m_style.margin / 2;
                x = rightX + w <= hi ? rightX : std::max(lo, leftX);
                boxW = std::min(w, hi - x); // elided when even the wider side is too narrow
            }
            const auto [start, end] = extent(x);
            rows = std::max(rows, row + 1);
            placed.push_back({m, {x, 0, boxW, rowH}, row, start, end});
        }
        for (auto& p : placed) {
            const double top = y + p.row * rowH + 3;
            p.box.y = top;
            const Marker& m = *p.marker;
            m_b.ellipse({m.x - dot / 2, top + (rowH - dot) / 2, dot, dot}, m.colour, palette::kWhite, m.tag,
                        1.5);
            m_b.text(m.label, p.box, size, m.today ? FontWeight::Bold : FontWeight::DemiBold, m.colour,
                     HAlign::Left, m.tag);
            if (m.tag.kind == ItemKind::Release)
                m_scene.items.push_back({ItemKind::Release,
                                         m.tag.id,
                                         m.tag.key,
                                         m.tag.key,
                                         Role::Milestone,
                                         {m.x - dot / 2, top, p.box.right() - (m.x - dot / 2), rowH},
                                         "Release " + m.label,
                                         {}});
            m_markerRowOf.push_back({&m, top + rowH / 2});
        }
        return y + static_cast<double>(rows) * rowH + 6;
    }

    void drawMarkerLines(double headerTop, double lanesBottom) {
        const double dot = m_style.small * 0.75;
        for (const auto& [m, cy] : m_markerRowOf) {
            if (m->today) {
                // The today marker sits in the first row, right under the header: one unbroken line.
                m_b.line({m->x, headerTop}, {m->x, cy - dot / 2}, m->colour, 2, false, m->tag);
                m_b.line({m->x, cy + dot / 2}, {m->x, lanesBottom}, m->colour, 2, false, m->tag);
            } else {
                m_b.line({m->x, cy + dot / 2}, {m->x, lanesBottom}, palette::kMuted, 1.2, true, m->tag);
            }
        }
    }

    BarPlan plan(const EpicFacts& f) const {
        const Epic& e = *f.epic;
        BarPlan p;
        p.facts = &f;
        p.days = barDays(e);
        const long long start = std::max(p.days.start, m_lo.toDays());
        const long long end = std::min(p.days.end + 1, m_hi.toDays());
        p.x0 = m_chartX + static_cast<double>(start - m_lo.toDays()) * m_ppd;
        p.x1 = std::max(m_chartX + static_cast<double>(end - m_lo.toDays()) * m_ppd, p.x0 + 4);
        std::string label = m_spec.audience == Audience::Team ? e.key + "  " + e.title : e.title;
        if (p.days.openEnd)
            label += " \xC2\xB7 no end date";
        else if (p.days.openStart)
            label += " \xC2\xB7 no start date";
        for (const auto& badge : f.badges)
            p.badgesWidth += m_b.pillWidth(badge, m_style.small * 0.9) + 6;
        p.label = placeBarLabel(label, p.x0, p.x1, p.badgesWidth, m_chartX, m_chartX + m_chartW, m_metrics,
                                m_barText, FontWeight::DemiBold);
        return p;
    }

    double drawLanes(double y) {
        // Lanes: themes in workspace order, then epics without a (known) theme.
        std::vector<std::pair<std::string, std::vector<const EpicFacts*>>> lanes;
        std::vector<const EpicFacts*> noTheme;
        for (const auto& t : m_ws.themes) {
            std::vector<const EpicFacts*> in;
            for (const Epic* e : m_in.epics)
                if (e->themeId == t.id && shownAsBar(*e))
                    in.push_back(&m_in.facts.at(e->id));
            if (!in.empty())
                lanes.emplace_back(t.name, std::move(in));
        }
        for (const Epic* e : m_in.epics) {
            const EpicFacts& f = m_in.facts.at(e->id);
            if (shownAsBar(*e) && f.themeName == "No theme" &&
                std::none_of(m_ws.themes.begin(), m_ws.themes.end(),
                             [&](const Theme& t) { return e->themeId == t.id; }))
                noTheme.push_back(&f);
        }
        if (!noTheme.empty())
            lanes.emplace_back("No theme", std::move(noTheme));

        const double rowGap = m_rowGap;
        const double pad = 10;
        const double labelSize = m_style.body;
        const double top = y;
        bool shade = false;
        for (auto& [name, epics] : lanes) {
            std::stable_sort(epics.begin(), epics.end(), [](const EpicFacts* a, const EpicFacts* b) {
                const long long sa = barDays(*a->epic).start;
                const long long sb = barDays(*b->epic).start;
                if (sa != sb)
                    return sa < sb;
                return keyNumber(a->epic->key) < keyNumber(b->epic->key);
            });
            std::vector<BarPlan> bars;
            std::vector<double> rowEnds;
            for (const EpicFacts* f : epics) {
                BarPlan p = plan(*f);
                std::size_t row = 0;
                while (row < rowEnds.size() && rowEnds[row] + 8 > p.label.extentStart)
                    ++row;
                if (row == rowEnds.size())
                    rowEnds.push_back(0);
                rowEnds[row] = p.label.extentEnd;
                p.row = static_cast<int>(row);
                bars.push_back(std::move(p));
            }
            const Colour colour = epics.front()->colour;
            const auto labelLines = m_metrics.wrap(name, labelSize, FontWeight::Bold, m_labelWidth - 24, 3);
            const double labelH = static_cast<double>(labelLines.size()) * m_metrics.lineHeight(labelSize);
            const double barsH = static_cast<double>(rowEnds.size()) * (m_barHeight + rowGap) - rowGap;
            const double laneH = std::max(barsH, labelH) + 2 * pad;
            const Tag laneTag{Role::Lane, ItemKind::None, 0, name};
            const Rect lane{m_style.margin, y, m_scene.width - 2 * m_style.margin, laneH};
            // White lanes need no fill of their own (the background is white), only the shaded ones.
            m_b.rect(lane, shade ? std::optional<Colour>(palette::kPanel) : std::nullopt, std::nullopt, 0,
                     laneTag);
            shade = !shade;
            for (const auto& [gx, strong] : m_gridLines)
                if (gx > m_chartX + 0.5)
                    m_b.line({gx, y}, {gx, y + laneH}, strong ? palette::kRule : palette::kGrid, 1, false,
                             {Role::Grid});
            m_b.rect({m_style.margin, y + pad, 5, laneH - 2 * pad}, colour, std::nullopt, 2, laneTag);
            m_b.paragraph(name, m_style.margin + 14, y + pad, m_labelWidth - 24, labelSize, FontWeight::Bold,
                          palette::kText, 3, laneTag);
            m_b.line({m_style.margin, y + laneH}, {m_scene.width - m_style.margin, y + laneH}, palette::kRule,
                     1, false, {Role::Grid});
            for (auto& p : bars)
                m_pendingBars.emplace_back(std::move(p), y + pad + p.row * (m_barHeight + rowGap));
            y += laneH;
        }
        if (lanes.empty()) {
            const double lh = m_metrics.lineHeight(m_style.body);
            m_b.text("No scheduled epics in this view", {m_chartX, y + 12, m_chartW, lh}, m_style.body,
                     FontWeight::Normal, palette::kFaint, HAlign::Left, {Role::Lane});
            y += lh + 24;
        }
        m_b.line({m_chartX, top}, {m_chartX, y}, palette::kRule, 1, false, {Role::Grid});
        return y;
    }

    void drawBar(const BarPlan& p, double top) {
        const EpicFacts& f = *p.facts;
        const Epic& e = *f.epic;
        const Tag tag{Role::Bar, ItemKind::Epic, e.id, e.key};
        const Rect bar{p.x0, top, p.x1 - p.x0, m_barHeight};
        const bool open = p.days.openStart || p.days.openEnd;
        if (!open) {
            m_b.rect(bar, f.colour, std::nullopt, std::min(6.0, bar.w / 2), tag);
        } else {
            // The known side solid, the open side fading out in three steps.
            const double fade = std::min(24.0, bar.w / 2);
            const double solidX = p.days.openStart ? bar.x + fade : bar.x;
            m_b.rect({solidX, top, bar.w - fade, m_barHeight}, f.colour, std::nullopt,
                     std::min(6.0, (bar.w - fade) / 2), tag);
            const double step = fade / 3;
            for (int i = 0; i < 3; ++i) {
                const double x =
                    p.days.openEnd ? bar.right() - fade + i * step : bar.x + fade - (i + 1) * step;
                m_b.rect({x, top, step, m_barHeight}, tint(f.colour, 0.35 + 0.2 * i), std::nullopt, 0, tag);
            }
        }
        const Colour labelColour = p.label.inside ? textOn(f.colour) : palette::kText;
        m_b.text(p.label.text, {p.label.x, top, p.label.w, m_barHeight}, m_barText, FontWeight::DemiBold,
                 labelColour, HAlign::Left, tag);
        const double badgeSize = m_style.small * 0.9;
        double cursor = p.label.badgesX;
        for (const auto& badge : f.badges) {
            const Rect r =
                m_b.pill(badge, cursor, top + (m_barHeight - badgeSize * 1.6) / 2, badgeSize,
                         badgeFill(badge), palette::kText, {Role::Badge, ItemKind::Epic, e.id, e.key});
            cursor = r.right() + 6;
        }
        // Invisible grips for resizing in the interactive view (only when both dates exist: dragging
        // an open end has no date to move).
        if (!open) {
            const double grip = std::min(8.0, bar.w / 3);
            m_b.rect({p.x0 - grip / 2, top, grip, m_barHeight}, std::nullopt, std::nullopt, 0,
                     {Role::BarResizeStart, ItemKind::Epic, e.id, e.key});
            m_b.rect({p.x1 - grip / 2, top, grip, m_barHeight}, std::nullopt, std::nullopt, 0,
                     {Role::BarResizeEnd, ItemKind::Epic, e.id, e.key});
        }
        std::string accessible = accessibleText(f);
        if (p.days.openEnd)
            accessible +=
                ", no end date yet: drawn as " + std::to_string(kOpenEndedDays / 7) + " weeks from the start";
        else if (p.days.openStart)
            accessible += ", no start date yet: drawn as the " + std::to_string(kOpenEndedDays / 7) +
                          " weeks up to the end";
        m_scene.items.push_back({ItemKind::Epic, e.id, e.key, e.title, Role::Bar, bar, accessible, f.badges});
    }

    double drawUnscheduled(double y) {
        std::vector<const EpicFacts*> undated;
        for (const Epic* e : m_in.epics)
            if (!onTimeline(*e))
                undated.push_back(&m_in.facts.at(e->id));
        if (undated.empty())
            return y;
        const double x0 = m_style.margin;
        const double right = m_scene.width - m_style.margin;
        const double lh = m_metrics.lineHeight(m_style.body);
        const Tag headTag{Role::Lane, ItemKind::None, 0, "Not scheduled"};
        m_b.text("Not scheduled yet (" + std::to_string(undated.size()) + ")", {x0, y, right - x0, lh},
                 m_style.body, FontWeight::Bold, palette::kText, HAlign::Left, headTag);
        y += lh + 6;
        const double size = m_style.small;
        const double chipH = size * 2;
        double x = x0;
        for (const EpicFacts* f : undated) {
            const Epic& e = *f->epic;
            const Tag tag{Role::Card, ItemKind::Epic, e.id, e.key};
            const std::string text = m_spec.audience == Audience::Team ? e.key + "  " + e.title : e.title;
            const double tw = std::min(m_metrics.width(text, size, FontWeight::Normal) + 2, right - x0 - 40);
            double w = tw + size * 2.2;
            for (const auto& badge : f->badges)
                w += m_b.pillWidth(badge, size * 0.85) + 6;
            if (x > x0 && x + w > right) {
                x = x0;
                y += chipH + 6;
            }
            const Rect chip{x, y, w, chipH};
            m_b.rect(chip, palette::kWhite, palette::kRule, chipH / 2, tag);
            m_b.ellipse({x + size * 0.6, y + chipH / 2 - size * 0.35, size * 0.7, size * 0.7}, f->colour,
                        std::nullopt, tag);
            m_b.text(text, {x + size * 1.6, y, tw, chipH}, size, FontWeight::Normal, palette::kText,
                     HAlign::Left, tag);
            double cx = x + size * 1.6 + tw + 6;
            for (const auto& badge : f->badges)
                cx = m_b.pill(badge, cx, y + (chipH - size * 0.85 * 1.6) / 2, size * 0.85, badgeFill(badge),
                              palette::kText, {Role::Badge, ItemKind::Epic, e.id, e.key})
                         .right() +
                     6;
            m_scene.items.push_back(
                {ItemKind::Epic, e.id, e.key, e.title, Role::Card, chip, accessibleText(*f), f->badges});
            x += w + 8;
        }
        return y + chipH + m_style.gap;
    }

    const Workspace& m_ws;
    const RoadmapSpec& m_spec;
    const TextMetrics& m_metrics;
    const LayoutOptions& m_options;
    LayoutInput m_in;
    Style m_style;
    Scene m_scene;
    SceneBuilder m_b;
    Date m_lo, m_hi; ///< visible range [m_lo, m_hi)
    double m_ppd = 1;
    double m_chartX = 0;
    double m_chartW = 0;
    double m_labelWidth = 200;
    double m_barHeight = 28;
    double m_barText = 14;                            ///< label size on and next to bars
    double m_rowGap = 8;                              ///< between rows of bars in a lane
    std::vector<std::pair<double, bool>> m_gridLines; ///< x, year boundary
    std::vector<std::pair<const Marker*, double>> m_markerRowOf;
    std::vector<std::pair<BarPlan, double>> m_pendingBars; ///< bar, top: drawn after the marker lines
};

} // namespace

Scene layoutTimeline(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                     const LayoutOptions& options) {
    return TimelineBuilder(workspace, spec, metrics, options).build();
}

} // namespace storyloom::roadmap
