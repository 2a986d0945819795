#include "Scene.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace storyloom::roadmap {
namespace {

int hexDigit(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool matches(const Tag& tag, Role role, std::string_view key) {
    return tag.role == role && (key.empty() || tag.key == key);
}

} // namespace

std::optional<Colour> Colour::fromHex(std::string_view hex) {
    if ((hex.size() != 7 && hex.size() != 9) || hex[0] != '#')
        return std::nullopt;
    std::uint8_t parts[4] = {0, 0, 0, 255};
    for (std::size_t i = 0; i * 2 + 1 < hex.size(); ++i) {
        const int hi = hexDigit(hex[1 + i * 2]);
        const int lo = hexDigit(hex[2 + i * 2]);
        if (hi < 0 || lo < 0)
            return std::nullopt;
        parts[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    return Colour{parts[0], parts[1], parts[2], parts[3]};
}

std::string Colour::hex() const {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", r, g, b);
    return buf;
}

std::string_view toId(Role role) {
    switch (role) {
    case Role::None:
        return "none";
    case Role::Background:
        return "background";
    case Role::Title:
        return "title";
    case Role::Legend:
        return "legend";
    case Role::Column:
        return "column";
    case Role::Lane:
        return "lane";
    case Role::Header:
        return "header";
    case Role::Grid:
        return "grid";
    case Role::Quadrant:
        return "quadrant";
    case Role::Card:
        return "card";
    case Role::Bar:
        return "bar";
    case Role::BarResizeStart:
        return "bar-resize-start";
    case Role::BarResizeEnd:
        return "bar-resize-end";
    case Role::Bubble:
        return "bubble";
    case Role::Milestone:
        return "milestone";
    case Role::TodayLine:
        return "today-line";
    case Role::Badge:
        return "badge";
    case Role::ChangesPanel:
        return "changes-panel";
    }
    return "none";
}

const Tag& tagOf(const Shape& shape) {
    return std::visit([](const auto& s) -> const Tag& { return s.tag; }, shape);
}

Rect boundsOf(const Shape& shape) {
    if (const auto* r = std::get_if<RectShape>(&shape))
        return r->rect;
    if (const auto* e = std::get_if<EllipseShape>(&shape))
        return e->bounds;
    if (const auto* t = std::get_if<TextRun>(&shape))
        return t->box;
    const auto& l = std::get<LineShape>(shape);
    const double x = std::min(l.from.x, l.to.x);
    const double y = std::min(l.from.y, l.to.y);
    return {x, y, std::abs(l.to.x - l.from.x), std::abs(l.to.y - l.from.y)};
}

long long TimeAxis::dayAt(double x) const {
    return originDay + static_cast<long long>(std::llround((x - originX) / pxPerDay));
}

const SceneItem* Scene::findItem(std::string_view key) const {
    for (const auto& item : items)
        if (item.key == key)
            return &item;
    return nullptr;
}

const SceneItem* Scene::itemAt(Point p) const {
    for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (!it->bounds.contains(p))
            continue;
        if (it->role == Role::Bubble) { // round: test the ellipse, not its box
            const Point c = it->bounds.centre();
            const double rx = it->bounds.w / 2;
            const double ry = it->bounds.h / 2;
            const double dx = (p.x - c.x) / rx;
            const double dy = (p.y - c.y) / ry;
            if (dx * dx + dy * dy > 1)
                continue;
        }
        return &*it;
    }
    return nullptr;
}

const Shape* Scene::shapeAt(Point p) const {
    for (auto it = shapes.rbegin(); it != shapes.rend(); ++it) {
        if (tagOf(*it).role == Role::None)
            continue;
        Rect b = boundsOf(*it);
        if (std::holds_alternative<LineShape>(*it)) { // give thin lines a grab margin
            b.x -= 3;
            b.y -= 3;
            b.w += 6;
            b.h += 6;
        }
        if (b.contains(p))
            return &*it;
    }
    return nullptr;
}

std::vector<const Shape*> Scene::shapesWith(Role role, std::string_view key) const {
    std::vector<const Shape*> out;
    for (const auto& s : shapes)
        if (matches(tagOf(s), role, key))
            out.push_back(&s);
    return out;
}

std::vector<std::string> Scene::textsWith(Role role, std::string_view key) const {
    std::vector<std::string> out;
    for (const auto& s : shapes)
        if (const auto* t = std::get_if<TextRun>(&s); t && matches(t->tag, role, key))
            out.push_back(t->text);
    return out;
}

} // namespace storyloom::roadmap
