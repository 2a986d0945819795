#include "LayoutSupport.h"

#include "domain/Workspace.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace storyloom::roadmap::detail {
namespace {

double channel(std::uint8_t v) {
    const double c = v / 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(Colour c) {
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

const Theme* findTheme(const Workspace& ws, std::optional<Id> id) {
    if (!id)
        return nullptr;
    for (const auto& t : ws.themes)
        if (t.id == *id)
            return &t;
    return nullptr;
}

} // namespace

Colour badgeFill(const std::string& text) {
    if (text == "New")
        return {211, 249, 216, 255};
    if (text.rfind("Moved", 0) == 0)
        return {255, 236, 153, 255};
    if (!text.empty() && (text[0] == '+' || text[0] == '\xE2'))
        return {208, 235, 255, 255};
    return {233, 236, 239, 255};
}

Style Style::forAudience(Audience audience) {
    Style s;
    if (audience == Audience::Executive) {
        s.title = 36;
        s.subtitle = 19;
        s.heading = 22;
        s.body = 19;
        s.small = 16;
        s.margin = 56;
        s.gap = 28;
    }
    return s;
}

Colour textOn(Colour background) {
    return contrastRatio(background, palette::kWhite) >= 4.5 ? palette::kWhite : palette::kText;
}

Colour tint(Colour c, double amount) {
    const auto mix = [amount](std::uint8_t v) {
        return static_cast<std::uint8_t>(std::lround(v + (255 - v) * amount));
    };
    return {mix(c.r), mix(c.g), mix(c.b), c.a};
}

double contrastRatio(Colour a, Colour b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void SceneBuilder::rect(Rect r, std::optional<Colour> fill, std::optional<Colour> stroke, double radius,
                        Tag tag, double strokeWidth) {
    m_scene.shapes.emplace_back(RectShape{r, fill, stroke, strokeWidth, radius, std::move(tag)});
}

void SceneBuilder::line(Point from, Point to, Colour colour, double width, bool dashed, Tag tag) {
    m_scene.shapes.emplace_back(LineShape{from, to, colour, width, dashed, std::move(tag)});
}

void SceneBuilder::ellipse(Rect bounds, std::optional<Colour> fill, std::optional<Colour> stroke, Tag tag,
                           double strokeWidth) {
    m_scene.shapes.emplace_back(EllipseShape{bounds, fill, stroke, strokeWidth, std::move(tag)});
}

double SceneBuilder::text(const std::string& text, Rect box, double size, FontWeight weight, Colour colour,
                          HAlign align, Tag tag) {
    std::string shown = m_metrics.elide(text, size, weight, box.w);
    if (shown.empty())
        return 0;
    const double w = m_metrics.width(shown, size, weight);
    m_scene.shapes.emplace_back(
        TextRun{std::move(shown), box, size, weight, colour, align, true, std::move(tag)});
    return w;
}

double SceneBuilder::paragraph(const std::string& text, double x, double top, double width, double size,
                               FontWeight weight, Colour colour, int maxLines, Tag tag) {
    const double lh = m_metrics.lineHeight(size);
    const auto lines = m_metrics.wrap(text, size, weight, width, maxLines);
    double y = top;
    for (const auto& l : lines) {
        m_scene.shapes.emplace_back(
            TextRun{l, {x, y, width, lh}, size, weight, colour, HAlign::Left, true, tag});
        y += lh;
    }
    return y - top;
}

double SceneBuilder::pillWidth(const std::string& text, double size) const {
    return m_metrics.width(text, size, FontWeight::DemiBold) + size * 1.1;
}

Rect SceneBuilder::pill(const std::string& text, double x, double y, double size, Colour fill,
                        Colour textColour, Tag tag) {
    const Rect r{x, y, pillWidth(text, size), size * 1.6};
    rect(r, fill, std::nullopt, r.h / 2, tag);
    m_scene.shapes.emplace_back(
        TextRun{text, r, size, FontWeight::DemiBold, textColour, HAlign::Centre, false, tag});
    return r;
}

std::map<Id, EpicFacts> gatherFacts(const Workspace& ws, const std::vector<const Epic*>& epics,
                                    const BaselineDiff* diff, bool sortStories) {
    std::map<Id, EpicFacts> facts;
    for (const Epic* e : epics) {
        EpicFacts f;
        f.epic = e;
        const Theme* theme = findTheme(ws, e->themeId);
        f.themeName = theme ? theme->name : "No theme";
        f.colour = theme ? Colour::fromHex(theme->colour).value_or(palette::kNoTheme) : palette::kNoTheme;
        if (diff)
            for (const EpicChange* c : diff->changesFor(e->key))
                f.badges.push_back(badgeText(*c));
        facts.emplace(e->id, std::move(f));
    }
    // One pass over the stories (no sort of the whole backlog: a 100,000-story workspace would pay
    // for it on every layout), then each epic's few stories in manual rank order.
    std::unordered_map<Id, EpicFacts*> byId;
    byId.reserve(facts.size());
    for (auto& [id, f] : facts)
        byId.emplace(id, &f);
    for (const Story& s : ws.stories) {
        if (!s.epicId)
            continue;
        const auto it = byId.find(*s.epicId);
        if (it == byId.end())
            continue;
        EpicFacts& f = *it->second;
        f.stories.push_back(&s);
        if (s.points) {
            f.points += *s.points;
            ++f.estimated;
        }
    }
    if (sortStories)
        for (auto& [id, f] : facts)
            std::sort(f.stories.begin(), f.stories.end(), [](const Story* a, const Story* b) {
                if (a->rank != b->rank)
                    return a->rank < b->rank;
                return keyNumber(a->key) < keyNumber(b->key);
            });
    return facts;
}

std::string_view monthName(int month) {
    static constexpr std::string_view kNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return month >= 1 && month <= 12 ? kNames[month - 1] : std::string_view("?");
}

std::string longDate(Date d) {
    return std::to_string(d.day) + " " + std::string(monthName(d.month)) + " " + std::to_string(d.year);
}

std::string dateRange(const std::optional<Date>& start, const std::optional<Date>& end) {
    const std::string dash = "\xE2\x80\x93"; // en dash
    if (start && end) {
        if (start->year == end->year) {
            if (start->month == end->month)
                return std::string(monthName(start->month)) + " " + std::to_string(start->year);
            return std::string(monthName(start->month)) + dash + std::string(monthName(end->month)) + " " +
                   std::to_string(end->year);
        }
        return std::string(monthName(start->month)) + " " + std::to_string(start->year) + dash +
               std::string(monthName(end->month)) + " " + std::to_string(end->year);
    }
    if (start)
        return "from " + longDate(*start);
    if (end)
        return "until " + longDate(*end);
    return "no dates";
}

std::string accessibleText(const EpicFacts& f) {
    std::string s = f.epic->key + " " + f.epic->title + ", " + std::string(label(f.epic->horizon)) +
                    ", theme " + f.themeName + ", " + dateRange(f.epic->startDate, f.epic->endDate);
    if (!f.badges.empty()) {
        s += ", changed:";
        for (std::size_t i = 0; i < f.badges.size(); ++i)
            s += (i ? ", " : " ") + f.badges[i];
    }
    return s;
}

double drawHeader(SceneBuilder& b, const Style& style, const std::string& title, const std::string& subtitle,
                  double width) {
    const double x = style.margin;
    const double w = width - 2 * style.margin;
    double y = style.margin * 0.8;
    const double th = b.metrics().lineHeight(style.title);
    b.text(title, {x, y, w, th}, style.title, FontWeight::Bold, palette::kText, HAlign::Left, {Role::Title});
    y += th + 2;
    const double sh = b.metrics().lineHeight(style.subtitle);
    b.text(subtitle, {x, y, w, sh}, style.subtitle, FontWeight::Normal, palette::kMuted, HAlign::Left,
           {Role::Title});
    y += sh + style.gap * 0.6;
    b.scene().title = title;
    b.scene().subtitle = subtitle;
    return y;
}

double drawLegend(SceneBuilder& b, const Style& style, const std::vector<const EpicFacts*>& shown,
                  const Workspace& ws, double x, double y, double width, const std::string& extra) {
    // Themes in workspace order, then "No theme", limited to those shown.
    std::vector<LegendEntry> entries;
    for (const auto& t : ws.themes)
        if (std::any_of(shown.begin(), shown.end(),
                        [&](const EpicFacts* f) { return f->epic->themeId == t.id; }))
            entries.push_back({t.name, Colour::fromHex(t.colour).value_or(palette::kNoTheme)});
    if (std::any_of(shown.begin(), shown.end(),
                    [&](const EpicFacts* f) { return findTheme(ws, f->epic->themeId) == nullptr; }))
        entries.push_back({"No theme", palette::kNoTheme});
    b.scene().legend = entries;
    const double size = style.small;
    const double lh = b.metrics().lineHeight(size);
    const double swatch = size * 0.9;
    double cx = x;
    double cy = y;
    const auto place = [&](double itemWidth) {
        if (cx > x && cx + itemWidth > x + width) {
            cx = x;
            cy += lh + 6;
        }
    };
    if (!entries.empty()) {
        const std::string head = "Themes:";
        const double hw = b.metrics().width(head, size, FontWeight::DemiBold);
        b.text(head, {cx, cy, hw + 1, lh}, size, FontWeight::DemiBold, palette::kMuted, HAlign::Left,
               {Role::Legend});
        cx += hw + size * 0.8;
    }
    for (const auto& e : entries) {
        const double tw = b.metrics().width(e.label, size, FontWeight::Normal);
        const double itemWidth = swatch + 6 + tw + size * 1.4;
        place(itemWidth);
        b.rect({cx, cy + (lh - swatch) / 2, swatch, swatch}, e.colour, std::nullopt, 3, {Role::Legend});
        b.text(e.label, {cx + swatch + 6, cy, tw + 1, lh}, size, FontWeight::Normal, palette::kText,
               HAlign::Left, {Role::Legend});
        cx += itemWidth;
    }
    if (!extra.empty()) {
        const double tw = b.metrics().width(extra, size, FontWeight::Normal);
        place(tw + 4);
        b.text(extra, {cx, cy, tw + 1, lh}, size, FontWeight::Normal, palette::kMuted, HAlign::Left,
               {Role::Legend});
    }
    return cy + lh + style.gap;
}

double drawChanges(SceneBuilder& b, const Style& style, const BaselineDiff* diff, double x, double y,
                   double width) {
    if (!diff)
        return y;
    for (const auto& c : diff->changes)
        b.scene().changeNotes.push_back(describe(c));
    int added = 0, moved = 0, shifted = 0, renamed = 0;
    std::vector<const EpicChange*> removed;
    for (const auto& c : diff->changes) {
        added += c.kind == ChangeKind::Added;
        moved += c.kind == ChangeKind::HorizonMoved;
        shifted += c.kind == ChangeKind::DatesShifted;
        renamed += c.kind == ChangeKind::Renamed;
        if (c.kind == ChangeKind::Removed)
            removed.push_back(&c);
    }
    const auto count = [](int n, const char* what) { return std::to_string(n) + " " + what; };
    std::string summary = diff->changes.empty()
                              ? std::string("Nothing changed.")
                              : count(added, "new") + " · " + count(moved, "moved") + " · " +
                                    count(shifted, "rescheduled") + " · " + count(renamed, "renamed") +
                                    " · " + count(static_cast<int>(removed.size()), "removed");
    const double pad = style.gap * 0.6;
    const double lhHead = b.metrics().lineHeight(style.body);
    const double lh = b.metrics().lineHeight(style.small);
    const std::size_t maxRemoved = 8;
    const std::size_t shownRemoved = std::min(removed.size(), maxRemoved);
    const double h = pad * 2 + lhHead + lh + static_cast<double>(shownRemoved) * lh +
                     (removed.size() > maxRemoved ? lh : 0);
    const Tag tag{Role::ChangesPanel};
    b.rect({x, y, width, h}, palette::kChangeFill, palette::kChangeStroke, 8, tag);
    double cy = y + pad;
    b.text("Changes since " + longDate(diff->baselineDate), {x + pad, cy, width - 2 * pad, lhHead},
           style.body, FontWeight::Bold, palette::kText, HAlign::Left, tag);
    cy += lhHead;
    b.text(summary, {x + pad, cy, width - 2 * pad, lh}, style.small, FontWeight::Normal, palette::kMuted,
           HAlign::Left, tag);
    cy += lh;
    for (std::size_t i = 0; i < shownRemoved; ++i) {
        const EpicChange& c = *removed[i];
        b.text("Removed: " + c.key + " " + c.title + " (was " + std::string(label(c.fromHorizon)) + ")",
               {x + pad, cy, width - 2 * pad, lh}, style.small, FontWeight::Normal, palette::kText,
               HAlign::Left, tag);
        cy += lh;
    }
    if (removed.size() > maxRemoved)
        b.text("and " + std::to_string(removed.size() - maxRemoved) + " more removed",
               {x + pad, cy, width - 2 * pad, lh}, style.small, FontWeight::Normal, palette::kMuted,
               HAlign::Left, tag);
    return y + h + style.gap;
}

std::string titleOf(const Workspace& ws, const RoadmapSpec& spec) {
    if (!spec.title.empty())
        return spec.title;
    return (ws.productName.empty() ? std::string("Product") : ws.productName) + " roadmap";
}

LayoutInput prepare(const Workspace& ws, const RoadmapSpec& spec, const LayoutOptions& options,
                    bool sortStories) {
    LayoutInput in;
    if (options.baseline)
        in.diff = diff(*options.baseline, ws);
    in.epics = selectEpics(ws, spec);
    in.facts = gatherFacts(ws, in.epics, in.diff ? &*in.diff : nullptr, sortStories);
    in.style = Style::forAudience(spec.audience);
    return in;
}

} // namespace storyloom::roadmap::detail
