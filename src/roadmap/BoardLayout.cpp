// The Now / Next / Later board (layoutBoard in Layouts.h).

#include "LayoutSupport.h"
#include "Layouts.h"

#include "domain/Workspace.h"
#include "scoring/NumberText.h"
#include "scoring/Score.h"
#include "scoring/ScoringError.h"

#include <algorithm>
#include <array>
#include <memory>

namespace storyloom::roadmap {
namespace {

using namespace detail;

constexpr std::size_t kMaxCardsPerColumn = 40;
constexpr std::size_t kTopStories = 3;

/// The active framework's context, or nullptr when the workspace's scoring settings do not parse
/// (the board then simply prints no scores).
std::unique_ptr<scoring::ScoringContext> scoringContext(const Workspace& ws, Date today) {
    try {
        return std::make_unique<scoring::ScoringContext>(scoring::ScoringSettings::fromSettings(ws.settings),
                                                         ws.insights, today);
    } catch (const scoring::ScoringError&) {
        return nullptr;
    }
}

class BoardBuilder {
public:
    BoardBuilder(const Workspace& ws, const RoadmapSpec& spec, const TextMetrics& metrics,
                 const LayoutOptions& options)
        : m_ws(ws), m_spec(spec), m_metrics(metrics), m_options(options),
          m_in(prepare(ws, spec, options, true)), m_style(m_in.style), m_b(m_scene, metrics) {
        if (spec.audience == Audience::Team && spec.scoresShown())
            m_scoring = scoringContext(ws, options.today);
    }

    Scene build() {
        const double width = std::max(m_options.width, 720.0);
        m_scene.width = width;
        m_scene.viewName = m_spec.name;
        const std::string subtitle =
            std::string(label(Layout::Board)) + " \xC2\xB7 " + longDate(m_options.today);
        double y = drawHeader(m_b, m_style, titleOf(m_ws, m_spec), subtitle, width);
        std::vector<const EpicFacts*> shown;
        for (const Epic* e : m_in.epics)
            shown.push_back(&m_in.facts.at(e->id));
        y = drawLegend(m_b, m_style, shown, m_ws, m_style.margin, y, width - 2 * m_style.margin);

        const double gap = m_style.gap;
        const double colWidth = (width - 2 * m_style.margin - 2 * gap) / 3;
        const std::array<Horizon, 3> horizons{Horizon::Now, Horizon::Next, Horizon::Later};
        // Lay each column's cards out in a scratch scene first: the column backgrounds are drawn first
        // and must be as tall as the tallest column.
        std::array<Scene, 3> columns;
        double tallest = 0;
        for (std::size_t c = 0; c < 3; ++c) {
            const double x = m_style.margin + static_cast<double>(c) * (colWidth + gap);
            tallest = std::max(tallest, layoutColumn(columns[c], horizons[c], x, y, colWidth));
        }
        // On an executive slide the columns run down to the bottom margin, so the page reads as a board
        // rather than cards floating above white space.
        if (m_spec.audience == Audience::Executive && !m_in.diff)
            tallest = std::max(tallest, width * 9 / 16 - m_style.margin * 0.5 - y - m_style.gap);
        for (std::size_t c = 0; c < 3; ++c) {
            const double x = m_style.margin + static_cast<double>(c) * (colWidth + gap);
            const Rect col{x, y, colWidth, tallest};
            m_b.rect(col, palette::kPanel, std::nullopt, 10,
                     {Role::Column, ItemKind::None, 0, std::string(toId(horizons[c]))});
            m_scene.dropZones.push_back({horizons[c], col});
            for (auto& s : columns[c].shapes)
                m_scene.shapes.push_back(std::move(s));
            for (auto& i : columns[c].items)
                m_scene.items.push_back(std::move(i));
        }
        y += tallest + m_style.gap;
        y = drawChanges(m_b, m_style, m_in.diff ? &*m_in.diff : nullptr, m_style.margin, y,
                        width - 2 * m_style.margin);
        m_scene.height = y + m_style.margin * 0.5;
        if (m_spec.audience == Audience::Executive)
            m_scene.height = std::max(m_scene.height, width * 9 / 16);
        return std::move(m_scene);
    }

private:
    /// Lays out one column's header and cards into `out`; returns the column's height.
    double layoutColumn(Scene& out, Horizon horizon, double x, double top, double width) {
        SceneBuilder b(out, m_metrics);
        const double pad = m_style.gap * 0.6;
        const Tag columnTag{Role::Column, ItemKind::None, 0, std::string(toId(horizon))};
        std::vector<const EpicFacts*> cards;
        for (const Epic* e : m_in.epics)
            if (e->horizon == horizon)
                cards.push_back(&m_in.facts.at(e->id));

        double y = top + pad;
        const double hh = m_metrics.lineHeight(m_style.heading);
        const std::string count = std::to_string(cards.size()) + (cards.size() == 1 ? " epic" : " epics");
        const double cw = m_metrics.width(count, m_style.small, FontWeight::Normal) + 2;
        b.text(std::string(label(horizon)), {x + pad, y, width - 2 * pad - cw - 8, hh}, m_style.heading,
               FontWeight::Bold, palette::kText, HAlign::Left, columnTag);
        b.text(count, {x + width - pad - cw, y, cw, hh}, m_style.small, FontWeight::Normal, palette::kMuted,
               HAlign::Right, columnTag);
        y += hh + pad * 0.7;
        if (cards.empty()) {
            const double lh = m_metrics.lineHeight(m_style.body);
            b.text("Nothing here yet", {x + pad, y, width - 2 * pad, lh}, m_style.body, FontWeight::Normal,
                   palette::kFaint, HAlign::Centre, columnTag);
            y += lh + pad;
        }
        for (std::size_t i = 0; i < cards.size() && i < kMaxCardsPerColumn; ++i)
            y += card(out, *cards[i], x + pad, y, width - 2 * pad) + pad * 0.8;
        if (cards.size() > kMaxCardsPerColumn) {
            const double lh = m_metrics.lineHeight(m_style.small);
            b.text("and " + std::to_string(cards.size() - kMaxCardsPerColumn) + " more epics",
                   {x + pad, y, width - 2 * pad, lh}, m_style.small, FontWeight::Normal, palette::kMuted,
                   HAlign::Left, columnTag);
            y += lh + pad;
        }
        return y - top + pad * 0.2;
    }

    /// One epic card at (x, y); returns its height.
    double card(Scene& out, const EpicFacts& f, double x, double y, double width) {
        const Epic& e = *f.epic;
        const Tag tag{Role::Card, ItemKind::Epic, e.id, e.key};
        const bool team = m_spec.audience == Audience::Team;
        const double strip = 6;
        const double ip = team ? 12 : 16;
        const double inner = width - strip - 2 * ip;
        const double ix = x + strip + ip;
        Scene content;
        SceneBuilder c(content, m_metrics);
        double cy = y + ip;
        const double lhSmall = m_metrics.lineHeight(m_style.small);

        // Key (team) and change badges on the first row.
        if (team || !f.badges.empty()) {
            double right = ix + inner;
            for (auto it = f.badges.rbegin(); it != f.badges.rend(); ++it) {
                const double pw = c.pillWidth(*it, m_style.small * 0.9);
                if (right - pw < ix + (team ? 90 : 0))
                    break;
                right -= pw;
                c.pill(*it, right, cy - 1, m_style.small * 0.9, badgeFill(*it), palette::kText,
                       {Role::Badge, ItemKind::Epic, e.id, e.key});
                right -= 6;
            }
            if (team)
                c.text(e.key, {ix, cy, std::max(0.0, right - ix), lhSmall}, m_style.small,
                       FontWeight::DemiBold, palette::kMuted, HAlign::Left, tag);
            cy += m_style.small * 1.6 + 4;
        }
        cy += c.paragraph(e.title, ix, cy, inner, m_style.body, FontWeight::Bold, palette::kText,
                          team ? 2 : 3, tag);
        cy += 4;
        // Theme swatch, theme name and dates.
        const double dot = m_style.small * 0.7;
        c.ellipse({ix, cy + (lhSmall - dot) / 2, dot, dot}, f.colour, std::nullopt, tag);
        c.text(f.themeName + "  \xC2\xB7  " + dateRange(e.startDate, e.endDate),
               {ix + dot + 6, cy, inner - dot - 6, lhSmall}, m_style.small, FontWeight::Normal,
               palette::kMuted, HAlign::Left, tag);
        cy += lhSmall;
        if (team) {
            cy += 6;
            std::string stats =
                std::to_string(f.stories.size()) + (f.stories.size() == 1 ? " story" : " stories");
            stats += " \xC2\xB7 " + std::to_string(f.points) + " points";
            if (f.estimated < static_cast<int>(f.stories.size()))
                stats += " (" + std::to_string(static_cast<int>(f.stories.size()) - f.estimated) +
                         " not estimated)";
            c.text(stats, {ix, cy, inner, lhSmall}, m_style.small, FontWeight::DemiBold, palette::kText,
                   HAlign::Left, tag);
            cy += lhSmall;
            std::size_t listed = 0;
            for (const Story* s : f.stories) {
                if (s->status == StoryStatus::Done || s->status == StoryStatus::WontDo)
                    continue;
                if (listed == kTopStories)
                    break;
                ++listed;
                double scoreWidth = 0;
                if (m_scoring) {
                    const auto v = scoring::scoreValue(*s, *m_scoring);
                    const std::string text = v.scored ? scoring::formatRounded(v.total, 3) : "\xE2\x80\x93";
                    scoreWidth = m_metrics.width(text, m_style.small, FontWeight::Normal) + 2;
                    c.text(text, {ix + inner - scoreWidth, cy, scoreWidth, lhSmall}, m_style.small,
                           FontWeight::Normal, palette::kMuted, HAlign::Right, tag);
                    scoreWidth += 8;
                }
                c.text(s->key + "  " + s->title, {ix, cy, inner - scoreWidth, lhSmall}, m_style.small,
                       FontWeight::Normal, palette::kText, HAlign::Left, tag);
                cy += lhSmall;
            }
            const std::size_t open = static_cast<std::size_t>(
                std::count_if(f.stories.begin(), f.stories.end(), [](const Story* s) {
                    return s->status != StoryStatus::Done && s->status != StoryStatus::WontDo;
                }));
            if (open > listed) {
                c.text("+" + std::to_string(open - listed) + " more open", {ix, cy, inner, lhSmall},
                       m_style.small, FontWeight::Normal, palette::kFaint, HAlign::Left, tag);
                cy += lhSmall;
            }
        }
        const double height = cy - y + ip;
        const Rect r{x, y, width, height};
        SceneBuilder b(out, m_metrics);
        b.rect(r, palette::kWhite, palette::kRule, 8, tag);
        b.rect({x, y, strip + 4, height}, f.colour, std::nullopt, 8, tag);
        b.rect({x + strip, y + 0.5, 5, height - 1}, palette::kWhite, std::nullopt, 0, tag);
        for (auto& s : content.shapes)
            out.shapes.push_back(std::move(s));
        out.items.push_back(
            {ItemKind::Epic, e.id, e.key, e.title, Role::Card, r, accessibleText(f), f.badges});
        return height;
    }

    const Workspace& m_ws;
    const RoadmapSpec& m_spec;
    const TextMetrics& m_metrics;
    const LayoutOptions& m_options;
    LayoutInput m_in;
    Style m_style;
    Scene m_scene;
    SceneBuilder m_b;
    std::unique_ptr<scoring::ScoringContext> m_scoring;
};

} // namespace

Scene layoutBoard(const Workspace& workspace, const RoadmapSpec& spec, const TextMetrics& metrics,
                  const LayoutOptions& options) {
    return BoardBuilder(workspace, spec, metrics, options).build();
}

} // namespace storyloom::roadmap
