// The value vs effort matrix (layoutMatrix in Layouts.h).
//
// Value and effort come from the scoring engine's value-vs-effort framework (score(story, context,
// Framework::ValueEffort)), whatever framework ranks the backlog: its two inputs are on the same 1-10
// scales for every story, so they average into an epic's position meaningfully. An epic sits at the
// mean value and mean effort of its stories that have both inputs; an epic with none of them is
// listed under the chart as "not scored". Quadrants split at 5 ("above 5 is high", as the framework's
// own quadrant note says).
//
// Up to kMaxLabelled bubbles, each label takes a free spot clear of every bubble and label. Above
// that (a dense matrix) bubbles shrink with their number and labels are placed greedily in value
// order, each only where it overlaps no label placed before it, on a white backing so it reads over
// the bubbles; every bubble keeps its full text as its accessible text either way.

#include "LayoutSupport.h"
#include "Layouts.h"
#include "RectIndex.h"

#include "domain/Workspace.h"
#include "scoring/NumberText.h"
#include "scoring/Score.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace storyloom::roadmap {
namespace {

using namespace detail;

constexpr std::size_t kMaxLabelled = 150;
constexpr std::size_t kMaxNudged = 300;
/// Dense matrices: bubbles together cover at most about this share of the plot (before overlap), and
/// a label is at most this wide.
constexpr double kDenseCoverage = 0.4;
constexpr double kDenseLabelWidth = 190;

struct Point2 {
    std::string key;
    std::string title;
    Id id = 0;
    ItemKind kind = ItemKind::Epic;
    const EpicFacts* facts = nullptr; ///< the epic (or the story's epic)
    std::string accessible;
    bool scored = false;
    double value = 0, effort = 0, size = 0;
    int counted = 0; ///< stories averaged
    std::string missing;
    double cx = 0, cy = 0, r = 0;
};

class MatrixBuilder {
public:
    MatrixBuilder(const Workspace& ws, const RoadmapSpec& spec, const TextMetrics& metrics,
                  const LayoutOptions& options)
        : m_ws(ws), m_spec(spec), m_metrics(metrics), m_options(options),
          m_in(prepare(ws, spec, options, false)), m_style(m_in.style), m_b(m_scene, metrics),
          m_context(scoring::ScoringSettings{}, ws.insights, options.today) {}

    Scene build() {
        const bool exec = m_spec.audience == Audience::Executive;
        const double width = std::max(m_options.width, 720.0);
        m_scene.width = width;
        m_scene.viewName = m_spec.name;
        gather();
        const std::string subtitle = std::string(label(Layout::Matrix)) + " \xC2\xB7 " +
                                     std::string(label(m_spec.matrixSubject)) + " \xC2\xB7 " +
                                     longDate(m_options.today);
        double y = drawHeader(m_b, m_style, titleOf(m_ws, m_spec), subtitle, width);
        std::vector<const EpicFacts*> shown;
        for (const Epic* e : m_in.epics)
            shown.push_back(&m_in.facts.at(e->id));
        const std::string sizeNote = std::string("Bubble size: ") +
                                     (m_spec.bubbleSize == BubbleSize::Points ? "story points" : "reach");
        y = drawLegend(m_b, m_style, shown, m_ws, m_style.margin, y, width - 2 * m_style.margin, sizeNote);

        const double axisW = m_spec.scoresShown() ? 44 : 16;
        const double lh = m_metrics.lineHeight(m_style.small);
        m_plot.x = m_style.margin + axisW;
        m_plot.y = y + lh + 8; // room for the "Value" axis title
        m_plot.w = width - m_style.margin - m_plot.x;
        const double target = width * 9 / 16 - m_plot.y - lh * 3 - m_style.margin;
        m_plot.h = std::max(exec ? 420.0 : 380.0, target);
        drawPlot();
        placeBubbles();
        drawBubbles();
        y = m_plot.bottom() + lh * 2.5 + m_style.gap * 0.5;
        y = drawUnscored(y);
        y = drawChanges(m_b, m_style, m_in.diff ? &*m_in.diff : nullptr, m_style.margin, y,
                        width - 2 * m_style.margin);
        m_scene.height = y + m_style.margin * 0.5;
        if (exec)
            m_scene.height = std::max(m_scene.height, width * 9 / 16);
        return std::move(m_scene);
    }

private:
    /// Adds one story's value, effort and size to `p`.
    void add(Point2& p, const Story& s) {
        const scoring::Breakdown b = scoring::score(s, m_context, scoring::Framework::ValueEffort);
        if (m_spec.bubbleSize == BubbleSize::Points)
            p.size += s.points.value_or(0);
        else
            p.size += s.inputs.reach.value_or(0);
        if (!b.scored || b.terms.size() < 2) {
            if (p.missing.empty())
                p.missing = b.reason;
            return;
        }
        p.value += b.terms[0].input;
        p.effort += b.terms[1].input;
        ++p.counted;
    }

    void gather() {
        for (const Epic* e : m_in.epics) {
            const EpicFacts& f = m_in.facts.at(e->id);
            if (m_spec.matrixSubject == MatrixSubject::Epics) {
                Point2 p;
                p.key = e->key;
                p.title = e->title;
                p.id = e->id;
                p.facts = &f;
                for (const Story* s : f.stories)
                    add(p, *s);
                if (f.stories.empty())
                    p.missing = "no stories";
                p.accessible = accessibleText(f);
                m_points.push_back(std::move(p));
            } else {
                for (const Story* s : f.stories) {
                    Point2 p;
                    p.key = s->key;
                    p.title = s->title;
                    p.id = s->id;
                    p.kind = ItemKind::Story;
                    p.facts = &f;
                    add(p, *s);
                    p.accessible = s->key + " " + s->title + ", epic " + e->key + " " + e->title +
                                   ", theme " + f.themeName;
                    m_points.push_back(std::move(p));
                }
            }
        }
        for (auto& p : m_points) {
            if (p.counted == 0)
                continue;
            p.scored = true;
            p.value /= p.counted;
            p.effort /= p.counted;
            if (m_spec.scoresShown())
                p.accessible += ", value " + scoring::formatRounded(p.value, 2) + ", effort " +
                                scoring::formatRounded(p.effort, 2);
        }
    }

    void drawPlot() {
        const double hw = m_plot.w / 2;
        const double hh = m_plot.h / 2;
        struct Quadrant {
            Rect r;
            const char* name;
            const char* hint;
            Colour fill;
            HAlign align;
            bool top;
        };
        const Quadrant quadrants[] = {
            {{m_plot.x, m_plot.y, hw, hh},
             "Quick wins",
             "high value, low effort",
             {235, 251, 238, 255},
             HAlign::Left,
             true},
            {{m_plot.x + hw, m_plot.y, hw, hh},
             "Big bets",
             "high value, high effort",
             {231, 245, 255, 255},
             HAlign::Right,
             true},
            {{m_plot.x, m_plot.y + hh, hw, hh},
             "Fill-ins",
             "low value, low effort",
             {248, 249, 250, 255},
             HAlign::Left,
             false},
            {{m_plot.x + hw, m_plot.y + hh, hw, hh},
             "Time sinks",
             "low value, high effort",
             {255, 240, 240, 255},
             HAlign::Right,
             false},
        };
        const double lhHead = m_metrics.lineHeight(m_style.heading);
        const double lh = m_metrics.lineHeight(m_style.small);
        for (const auto& q : quadrants) {
            m_b.rect(q.r, q.fill, std::nullopt, 0, {Role::Grid});
            const double pad = 12;
            const double ty = q.top ? q.r.y + pad : q.r.bottom() - pad - lhHead - lh;
            const Rect head{q.r.x + pad, ty, q.r.w - 2 * pad, lhHead};
            m_b.text(q.name, head, m_style.heading, FontWeight::Bold, palette::kMuted, q.align,
                     {Role::Quadrant});
            m_b.text(q.hint, {head.x, ty + lhHead, head.w, lh}, m_style.small, FontWeight::Normal,
                     palette::kFaint, q.align, {Role::Quadrant});
            const double w = std::max(m_metrics.width(q.name, m_style.heading, FontWeight::Bold),
                                      m_metrics.width(q.hint, m_style.small, FontWeight::Normal));
            m_reserved.push_back({q.align == HAlign::Left ? head.x : head.right() - w, ty, w, lhHead + lh});
        }
        m_b.rect(m_plot, std::nullopt, palette::kRule, 0, {Role::Grid});
        m_b.line({m_plot.x + hw, m_plot.y}, {m_plot.x + hw, m_plot.bottom()}, palette::kRule, 1, true,
                 {Role::Grid});
        m_b.line({m_plot.x, m_plot.y + hh}, {m_plot.right(), m_plot.y + hh}, palette::kRule, 1, true,
                 {Role::Grid});
        // Axes: numbers only when scores are shown; words otherwise.
        const Tag axis{Role::Header};
        const double below = m_plot.bottom() + 4;
        if (m_spec.scoresShown()) {
            for (int v = 0; v <= 10; v += 2) {
                const double x = m_plot.x + m_plot.w * v / 10.0;
                m_b.text(std::to_string(v), {x - 20, below, 40, lh}, m_style.small, FontWeight::Normal,
                         palette::kMuted, HAlign::Centre, axis);
                const double y = m_plot.bottom() - m_plot.h * v / 10.0;
                m_b.text(std::to_string(v), {m_plot.x - 40, y - lh / 2, 34, lh}, m_style.small,
                         FontWeight::Normal, palette::kMuted, HAlign::Right, axis);
            }
        } else {
            m_b.text("Low", {m_plot.x, below, 120, lh}, m_style.small, FontWeight::Normal, palette::kMuted,
                     HAlign::Left, axis);
            m_b.text("High", {m_plot.right() - 120, below, 120, lh}, m_style.small, FontWeight::Normal,
                     palette::kMuted, HAlign::Right, axis);
        }
        m_b.text("Effort \xE2\x86\x92", {m_plot.x, below + lh, m_plot.w, lh}, m_style.small, FontWeight::Bold,
                 palette::kText, HAlign::Centre, axis);
        m_b.text("\xE2\x86\x91 Value",
                 {m_plot.x - (m_spec.scoresShown() ? 44 : 16), m_plot.y - lh - 6, 200, lh}, m_style.small,
                 FontWeight::Bold, palette::kText, HAlign::Left, axis);
    }

    void placeBubbles() {
        const bool exec = m_spec.audience == Audience::Executive;
        const double scale = std::min(1.0, m_plot.h / 500);
        double rMin = (exec ? 12 : 9) * std::max(scale, 0.6);
        double rMax = (exec ? 50 : 40) * std::max(scale, 0.6);
        double maxSize = 0;
        std::size_t scored = 0;
        for (const auto& p : m_points)
            if (p.scored) {
                maxSize = std::max(maxSize, p.size);
                ++scored;
            }
        // Many bubbles: smaller ones, so the chart stays a readable scatter (and paints quickly).
        if (scored > kMaxLabelled) {
            const double kPi = 3.14159265358979;
            const double fair =
                std::sqrt(kDenseCoverage * m_plot.w * m_plot.h / (static_cast<double>(scored) * kPi));
            rMax = std::clamp(fair, 4.0, rMax);
            rMin = std::min(rMin, rMax * 0.45);
        }
        std::vector<Point2*> placed;
        for (auto& p : m_points) {
            if (!p.scored)
                continue;
            p.r = maxSize > 0 ? rMin + (rMax - rMin) * std::sqrt(std::max(0.0, p.size) / maxSize) : rMin;
            p.cx = m_plot.x + m_plot.w * std::clamp(p.effort, 0.0, 10.0) / 10;
            p.cy = m_plot.bottom() - m_plot.h * std::clamp(p.value, 0.0, 10.0) / 10;
            placed.push_back(&p);
        }
        // Nudge overlapping bubbles apart a little so none hides another (positions stay close to the
        // data; skipped for very many bubbles, where overlap is the honest picture anyway).
        if (placed.size() <= kMaxNudged) {
            for (int round = 0; round < 60; ++round) {
                bool moved = false;
                for (std::size_t i = 0; i < placed.size(); ++i)
                    for (std::size_t k = i + 1; k < placed.size(); ++k) {
                        Point2& a = *placed[i];
                        Point2& b = *placed[k];
                        double dx = b.cx - a.cx;
                        double dy = b.cy - a.cy;
                        double d = std::sqrt(dx * dx + dy * dy);
                        const double need = a.r + b.r + 3;
                        if (d >= need)
                            continue;
                        if (d < 0.01) { // same spot: separate along a fixed diagonal by index
                            dx = 1;
                            dy = (k % 2 == 0) ? 0.5 : -0.5;
                            d = std::sqrt(dx * dx + dy * dy);
                        }
                        const double push = (need - d) / 2;
                        a.cx -= dx / d * push;
                        a.cy -= dy / d * push;
                        b.cx += dx / d * push;
                        b.cy += dy / d * push;
                        moved = true;
                    }
                for (Point2* p : placed) {
                    p->cx = std::clamp(p->cx, m_plot.x + p->r + 2, m_plot.right() - p->r - 2);
                    p->cy = std::clamp(p->cy, m_plot.y + p->r + 2, m_plot.bottom() - p->r - 2);
                }
                if (!moved)
                    break;
            }
        }
    }

    std::string labelOf(const Point2& p) const {
        if (p.kind == ItemKind::Story)
            return p.key;
        return m_spec.audience == Audience::Team ? p.key + "  " + p.title : p.title;
    }

    bool free(const Rect& r, const Point2* self) const {
        if (r.x < m_plot.x + 2 || r.right() > m_plot.right() - 2 || r.y < m_plot.y + 2 ||
            r.bottom() > m_plot.bottom() - 2)
            return false;
        for (const auto& q : m_points)
            if (q.scored && &q != self && r.intersects({q.cx - q.r, q.cy - q.r, 2 * q.r, 2 * q.r}))
                return false;
        for (const auto& used : m_reserved) // keep a small gap so neighbouring labels read apart
            if (r.intersects({used.x - 8, used.y - 2, used.w + 16, used.h + 4}))
                return false;
        return true;
    }

    /// The points of the leader from the bubble's edge to `label`, sampled.
    std::vector<Point> leader(const Point2& p, const Rect& label) const {
        const double lx = std::clamp(p.cx, label.x, label.right());
        const double ly = std::clamp(p.cy, label.y, label.bottom());
        const double dx = lx - p.cx;
        const double dy = ly - p.cy;
        const double len = std::max(1.0, std::sqrt(dx * dx + dy * dy));
        const Point from{p.cx + dx / len * p.r, p.cy + dy / len * p.r};
        std::vector<Point> points;
        for (int i = 1; i < 12; ++i)
            points.push_back({from.x + (lx - from.x) * i / 12.0, from.y + (ly - from.y) * i / 12.0});
        return points;
    }

    /// True when a leader to `label` would cross no other bubble and no placed label.
    bool leaderFree(const Point2& p, const Rect& label) const {
        for (const Point& pt : leader(p, label)) {
            for (const auto& used : m_reserved)
                if (used.contains(pt))
                    return false;
            for (const auto& q : m_points)
                if (q.scored && &q != &p) {
                    const double ddx = pt.x - q.cx;
                    const double ddy = pt.y - q.cy;
                    if (ddx * ddx + ddy * ddy < q.r * q.r)
                        return false;
                }
        }
        return true;
    }

    void drawBubbles() {
        std::vector<Point2*> order;
        for (auto& p : m_points)
            if (p.scored)
                order.push_back(&p);
        std::stable_sort(order.begin(), order.end(),
                         [](const Point2* a, const Point2* b) { return a->r > b->r; });
        for (Point2* p : order) {
            const Tag tag{Role::Bubble, p->kind, p->id, p->key};
            Colour fill = p->facts->colour;
            fill.a = 215;
            const Rect bounds{p->cx - p->r, p->cy - p->r, 2 * p->r, 2 * p->r};
            m_b.ellipse(bounds, fill, palette::kWhite, tag, 1.5);
            m_scene.items.push_back(
                {p->kind, p->id, p->key, p->title, Role::Bubble, bounds, p->accessible,
                 p->kind == ItemKind::Epic ? p->facts->badges : std::vector<std::string>{}});
        }
        if (order.size() > kMaxLabelled) {
            drawDenseLabels(order);
            return;
        }
        // Labels after all bubbles so none is painted over; each takes the first free spot around its
        // bubble, shortened if needed, and is left out rather than overlap anything.
        const double size = m_style.small;
        const double lh = m_metrics.lineHeight(size);
        const bool showScores = m_spec.scoresShown();
        for (Point2* p : order) {
            const Tag tag{Role::Bubble, p->kind, p->id, p->key};
            std::string text = labelOf(*p);
            std::vector<std::string> badges =
                p->kind == ItemKind::Epic ? p->facts->badges : std::vector<std::string>{};
            const std::string scores = showScores
                                           ? "value " + scoring::formatRounded(p->value, 2) +
                                                 " \xC2\xB7 effort " + scoring::formatRounded(p->effort, 2)
                                           : std::string();
            for (double maxWidth : {320.0, 220.0, 140.0}) {
                const std::string shown = m_metrics.elide(text, size, FontWeight::DemiBold, maxWidth);
                double w = m_metrics.width(shown, size, FontWeight::DemiBold) + 2;
                double badgeW = 0;
                for (const auto& bdg : badges)
                    badgeW += m_b.pillWidth(bdg, size * 0.85) + 4;
                const double scoreW =
                    scores.empty() ? 0 : m_metrics.width(scores, size * 0.9, FontWeight::Normal) + 2;
                const double boxW = std::max(w + badgeW, scoreW);
                const double boxH = scores.empty() ? lh : lh * 1.9;
                // Around the bubble first, then further out with a leader line.
                Rect chosen{};
                double extra = -1;
                for (double away : {0.0, 26.0, 52.0, 80.0, 110.0}) {
                    const double gapX = 6 + away;
                    const double d = p->r * 0.72 + away * 0.7; // 45 degrees
                    const Rect candidates[] = {
                        {p->cx + p->r + gapX, p->cy - boxH / 2, boxW, boxH},
                        {p->cx - p->r - gapX - boxW, p->cy - boxH / 2, boxW, boxH},
                        {p->cx - boxW / 2, p->cy - p->r - 4 - away - boxH, boxW, boxH},
                        {p->cx - boxW / 2, p->cy + p->r + 4 + away, boxW, boxH},
                        {p->cx + d + 2, p->cy - d - boxH, boxW, boxH},
                        {p->cx + d + 2, p->cy + d, boxW, boxH},
                        {p->cx - d - 2 - boxW, p->cy - d - boxH, boxW, boxH},
                        {p->cx - d - 2 - boxW, p->cy + d, boxW, boxH},
                    };
                    for (const auto& c : candidates)
                        if (free(c, p) && (away == 0 || leaderFree(*p, c))) {
                            chosen = c;
                            extra = away;
                            break;
                        }
                    if (extra >= 0)
                        break;
                }
                if (extra < 0)
                    continue;
                if (extra > 0) {
                    // Leader from the bubble's edge towards the nearest point of the label.
                    const double lx = std::clamp(p->cx, chosen.x, chosen.right());
                    const double ly = std::clamp(p->cy, chosen.y, chosen.bottom());
                    const double dx = lx - p->cx;
                    const double dy = ly - p->cy;
                    const double len = std::max(1.0, std::sqrt(dx * dx + dy * dy));
                    const Point from{p->cx + dx / len * p->r, p->cy + dy / len * p->r};
                    m_b.line(from, {lx, ly}, palette::kFaint, 1, false, tag);
                    // Later labels keep clear of the leader too.
                    m_reserved.push_back({std::min(from.x, lx) - 2, std::min(from.y, ly) - 2,
                                          std::abs(lx - from.x) + 4, std::abs(ly - from.y) + 4});
                }
                const Rect box = chosen;
                m_reserved.push_back(box);
                m_b.text(shown, {box.x, box.y, w, lh}, size, FontWeight::DemiBold, palette::kText,
                         HAlign::Left, tag);
                double bx = box.x + w + 4;
                for (const auto& bdg : badges)
                    bx = m_b.pill(bdg, bx, box.y + (lh - size * 0.85 * 1.6) / 2, size * 0.85, badgeFill(bdg),
                                  palette::kText, {Role::Badge, p->kind, p->id, p->key})
                             .right() +
                         4;
                if (!scores.empty())
                    m_b.text(scores, {box.x, box.y + lh * 0.9, scoreW, lh}, size * 0.9, FontWeight::Normal,
                             palette::kMuted, HAlign::Left, tag);
                break;
            }
        }
    }

    /// Greedy, in value order (then lower effort first): a label goes right, left, above or below its
    /// bubble where it overlaps no quadrant label and no label placed before it; otherwise the bubble
    /// stays unlabelled (its item still has the full text).
    void drawDenseLabels(std::vector<Point2*> order) {
        std::stable_sort(order.begin(), order.end(), [](const Point2* a, const Point2* b) {
            if (a->value != b->value)
                return a->value > b->value;
            return a->effort < b->effort;
        });
        const double size = m_style.small;
        const double lh = m_metrics.lineHeight(size);
        const double pad = 3;
        RectIndex placed(lh * 3);
        for (const Rect& r : m_reserved)
            placed.insert(r);
        const auto inPlot = [&](const Rect& r) {
            return r.x >= m_plot.x + 2 && r.right() <= m_plot.right() - 2 && r.y >= m_plot.y + 2 &&
                   r.bottom() <= m_plot.bottom() - 2;
        };
        for (const Point2* p : order) {
            const auto spots = [&](double w) {
                return std::array<Rect, 4>{Rect{p->cx + p->r + 3, p->cy - lh / 2, w, lh},
                                           Rect{p->cx - p->r - 3 - w, p->cy - lh / 2, w, lh},
                                           Rect{p->cx - w / 2, p->cy - p->r - 2 - lh, w, lh},
                                           Rect{p->cx - w / 2, p->cy + p->r + 2, w, lh}};
            };
            const auto taken = [&](const Rect& c) {
                return !inPlot(c) || placed.intersectsAny({c.x - 3, c.y - 1, c.w + 6, c.h + 2});
            };
            // Cheap first: when even an empty label's spot is taken on every side, so is the label's
            // (each full spot contains the empty one), and most bubbles of a dense cluster stop here.
            const auto empty = spots(2 * pad + 1);
            if (std::all_of(empty.begin(), empty.end(), taken))
                continue;
            // One measurement per bubble; the (costlier) elision only for the labels actually placed.
            std::string text = labelOf(*p);
            const double full = m_metrics.width(text, size, FontWeight::DemiBold);
            const double w = std::min(full, kDenseLabelWidth) + 2 * pad + 1;
            for (const Rect& c : spots(w)) {
                if (taken(c))
                    continue;
                Rect box = c;
                if (full > kDenseLabelWidth) { // elided: the backing shrinks to the shorter text
                    text = m_metrics.elide(text, size, FontWeight::DemiBold, kDenseLabelWidth);
                    const double shorter = m_metrics.width(text, size, FontWeight::DemiBold) + 2 * pad + 1;
                    if (box.x < p->cx) // left of or centred on the bubble: keep the edge near it
                        box.x += box.x + box.w <= p->cx ? box.w - shorter : (box.w - shorter) / 2;
                    box.w = shorter;
                }
                placed.insert(box);
                const Tag tag{Role::Bubble, p->kind, p->id, p->key};
                m_b.rect(box, Colour{255, 255, 255, 215}, std::nullopt, 3, tag);
                m_b.text(text, {box.x + pad, box.y, box.w - 2 * pad, lh}, size, FontWeight::DemiBold,
                         palette::kText, HAlign::Left, tag);
                break;
            }
        }
    }

    double drawUnscored(double y) {
        std::vector<Point2*> unscored;
        for (auto& p : m_points)
            if (!p.scored)
                unscored.push_back(&p);
        if (unscored.empty())
            return y;
        const double x0 = m_style.margin;
        const double w = m_scene.width - 2 * m_style.margin;
        const double lh = m_metrics.lineHeight(m_style.small);
        m_b.text("Not on the chart (no value and effort estimates yet):", {x0, y, w, lh}, m_style.small,
                 FontWeight::Bold, palette::kText, HAlign::Left, {Role::Legend});
        y += lh + 2;
        const std::size_t maxListed = 12;
        for (std::size_t i = 0; i < unscored.size() && i < maxListed; ++i) {
            Point2& p = *unscored[i];
            const Tag tag{Role::Bubble, p.kind, p.id, p.key};
            const std::string text =
                p.key + "  " + p.title + (p.missing.empty() ? "" : " (" + p.missing + ")");
            const Rect box{x0 + 12, y, w - 12, lh};
            m_b.text(text, box, m_style.small, FontWeight::Normal, palette::kMuted, HAlign::Left, tag);
            m_scene.items.push_back(
                {p.kind, p.id, p.key, p.title, Role::Card, box, p.accessible + ", not scored", {}});
            y += lh;
        }
        if (unscored.size() > maxListed) {
            m_b.text("and " + std::to_string(unscored.size() - maxListed) + " more", {x0 + 12, y, w - 12, lh},
                     m_style.small, FontWeight::Normal, palette::kFaint, HAlign::Left, {Role::Legend});
            y += lh;
        }
        return y + m_style.gap;
    }

    const Workspace& m_ws;
    const RoadmapSpec& m_spec;
    const TextMetrics& m_metrics;
    const LayoutOptions& m_options;
    LayoutInput m_in;
    Style m_style;
    Scene m_scene;
    SceneBuilder m_b;
    scoring::ScoringContext m_context;
    std::vector<Point2> m_points;
    std::vector<Rect> m_reserved; ///< quadrant labels and placed bubble labels
    Rect m_plot;
};

} // namespace

Scene layoutMatrix(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                   const LayoutOptions& options) {
    return MatrixBuilder(workspace, spec, metrics, options).build();
}

} // namespace storyloom::roadmap
