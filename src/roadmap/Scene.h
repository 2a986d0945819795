#pragma once

#include "TextMetrics.h"
#include "domain/Date.h"
#include "domain/Enums.h"
#include "domain/Ids.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace storyloom::roadmap {

/// sRGB colour with alpha.
struct Colour {
    std::uint8_t r = 0, g = 0, b = 0, a = 255;

    /// Parses "#RRGGBB" or "#RRGGBBAA"; nullopt otherwise.
    static std::optional<Colour> fromHex(std::string_view hex);
    /// "#rrggbb" (alpha is not included; see `a`).
    std::string hex() const;
    bool operator==(const Colour&) const = default;
};

struct Point {
    double x = 0, y = 0;
    bool operator==(const Point&) const = default;
};

struct Rect {
    double x = 0, y = 0, w = 0, h = 0;

    double right() const { return x + w; }
    double bottom() const { return y + h; }
    Point centre() const { return {x + w / 2, y + h / 2}; }
    bool contains(Point p) const { return p.x >= x && p.x <= x + w && p.y >= y && p.y <= y + h; }
    /// True when the interiors overlap (touching edges do not count).
    bool intersects(const Rect& o) const {
        return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }
    bool operator==(const Rect&) const = default;
};

/// What a shape is for, so the GUI can hit-test and tests can find "the card of SHOP-3".
enum class Role {
    None,
    Background,
    Title,          ///< view title, subtitle and date
    Legend,         ///< legend swatches and labels
    Column,         ///< a board column (Now / Next / Later) and its header
    Lane,           ///< a timeline swimlane (one per theme) and its label
    Header,         ///< timeline month/quarter header, matrix axis labels
    Grid,           ///< grid lines, quadrant backgrounds
    Quadrant,       ///< matrix quadrant labels
    Card,           ///< board: an epic's card and everything printed on it
    Bar,            ///< timeline: an epic's bar and its label
    BarResizeStart, ///< timeline: the grip at a bar's start (drag to change the start date)
    BarResizeEnd,   ///< timeline: the grip at a bar's end (drag to change the end date)
    Bubble,         ///< matrix: an epic's or story's bubble and its label
    Milestone,      ///< timeline: a release marker and its name
    TodayLine,      ///< timeline: the today line and its label
    Badge,          ///< a change badge ("New", "Moved from Next", "+3 weeks") on an item
    ChangesPanel    ///< the "Changes since <date>" panel
};
/// "card", "bar", "bar-resize-start", "today-line", ... (used by SVG class names and tests).
std::string_view toId(Role role);

enum class ItemKind { None, Epic, Story, Release };

/// Which item a shape belongs to. kind None = decoration.
struct Tag {
    Tag() = default;
    // Not explicit, so `{Role::Title}` and `{Role::Card, ItemKind::Epic, id, key}` both work.
    Tag(Role r, ItemKind k = ItemKind::None, Id i = 0, std::string k2 = {}) // NOLINT
        : role(r), kind(k), id(i), key(std::move(k2)) {}

    Role role = Role::None;
    ItemKind kind = ItemKind::None;
    Id id = 0;
    std::string key; ///< epic/story key; release name for milestones

    bool operator==(const Tag&) const = default;
};

struct RectShape {
    Rect rect;
    std::optional<Colour> fill;
    std::optional<Colour> stroke;
    double strokeWidth = 1;
    double radius = 0;
    Tag tag;
};

struct LineShape {
    Point from;
    Point to;
    Colour colour;
    double width = 1;
    bool dashed = false;
    Tag tag;
};

struct EllipseShape {
    Rect bounds;
    std::optional<Colour> fill;
    std::optional<Colour> stroke;
    double strokeWidth = 1;
    Tag tag;
};

enum class HAlign { Left, Centre, Right };

/// One line of text drawn inside `box`: horizontally by `align`, vertically centred. When `elide` is
/// set the painter elides with its own metrics if the text is wider than the box (layouts already
/// elide with theirs; this is the safety net for metrics that differ).
struct TextRun {
    std::string text; ///< UTF-8, one line
    Rect box;
    double sizePx = 14;
    FontWeight weight = FontWeight::Normal;
    Colour colour;
    HAlign align = HAlign::Left;
    bool elide = true;
    Tag tag;
};

/// Drawn in order (later on top).
using Shape = std::variant<RectShape, LineShape, EllipseShape, TextRun>;
const Tag& tagOf(const Shape& shape);

/// An epic, story or release shown in a scene: what hit-testing, keyboard focus and screen readers use.
struct SceneItem {
    ItemKind kind = ItemKind::Epic;
    Id id = 0;
    std::string key;
    std::string title;
    Role role = Role::Card; ///< Card, Bar, Bubble or Milestone
    Rect bounds;            ///< the card/bar/bubble/marker itself
    /// "SHOP-3 Saved cards, Now, theme Faster checkout, Mar–Jun 2026" (+ ", changed: Moved from Next").
    std::string accessibleText;
    std::vector<std::string> badges; ///< change badges since the baseline
};

struct LegendEntry {
    std::string label;
    Colour colour;
};

/// Board: where a dragged card can be dropped to move it to a horizon.
struct DropZone {
    Horizon horizon = Horizon::Now;
    Rect rect;
};

/// Timeline: the mapping between x and dates (x = originX + (day - originDay) * pxPerDay), so a view
/// can turn a drag into days. Lanes are listed top to bottom.
struct TimeAxis {
    long long originDay = 0; ///< Date::toDays() at x = originX
    double originX = 0;
    double pxPerDay = 1;
    double top = 0, bottom = 0; ///< vertical extent of the bars area

    double xOf(long long day) const { return originX + static_cast<double>(day - originDay) * pxPerDay; }
    /// Day at x, rounded to the nearest whole day.
    long long dayAt(double x) const;
};

/// A laid-out roadmap view: a display list in logical pixels with (0, 0) at the top left.
/// Painted by ScenePainter (Qt) or written by writeSvg / writeHtml.
struct Scene {
    double width = 0;
    double height = 0;
    Colour background{255, 255, 255, 255};
    std::string viewName; ///< the saved view's name (RoadmapSpec::name)
    std::string title;    ///< the view title as printed (HTML page/SVG title)
    std::string subtitle; ///< e.g. "Now / Next / Later · 30 Nov 2026"
    std::vector<Shape> shapes;
    std::vector<SceneItem> items; ///< in reading order (column by column, lane by lane, ...)
    std::vector<LegendEntry> legend;
    /// "Changes since 2026-10-01" lines (empty without a baseline): one sentence per change.
    std::vector<std::string> changeNotes;
    std::vector<DropZone> dropZones;  ///< board only
    std::optional<TimeAxis> timeAxis; ///< timeline only

    /// The item with this key (epic or story key, release name), nullptr when not shown.
    const SceneItem* findItem(std::string_view key) const;
    /// The topmost item whose bounds contain p, nullptr when none.
    const SceneItem* itemAt(Point p) const;
    /// The topmost tagged shape under p (any role, e.g. BarResizeEnd), nullptr when none.
    const Shape* shapeAt(Point p) const;
    /// All shapes with this role (and this key when not empty).
    std::vector<const Shape*> shapesWith(Role role, std::string_view key = {}) const;
    /// All text of shapes with this role (and key), in drawing order: what tests read.
    std::vector<std::string> textsWith(Role role, std::string_view key = {}) const;
};

/// The bounding rectangle of any shape (lines: their bounding box).
Rect boundsOf(const Shape& shape);

} // namespace storyloom::roadmap
