#include "SvgWriter.h"

#include "XmlText.h"

#include <variant>

namespace storyloom::roadmap {
namespace {

std::string n(double v) {
    return svgNumber(v);
}

std::string attrs(const Tag& tag) {
    if (tag.role == Role::None)
        return {};
    std::string s = " class=\"" + std::string(toId(tag.role)) + "\"";
    if (!tag.key.empty())
        s += " data-key=\"" + escapeXml(tag.key) + "\"";
    return s;
}

std::string paint(const char* what, const std::optional<Colour>& c) {
    if (!c)
        return std::string(" ") + what + "=\"none\"";
    std::string s = std::string(" ") + what + "=\"" + c->hex() + "\"";
    if (c->a != 255)
        s += std::string(" ") + what + "-opacity=\"" + n(c->a / 255.0) + "\"";
    return s;
}

const char* weightOf(FontWeight w) {
    switch (w) {
    case FontWeight::Normal:
        return "400";
    case FontWeight::DemiBold:
        return "600";
    case FontWeight::Bold:
        return "700";
    }
    return "400";
}

void writeShape(std::string& out, const Shape& shape) {
    if (const auto* r = std::get_if<RectShape>(&shape)) {
        if (!r->fill && !r->stroke)
            return; // invisible hit areas (resize grips) are for the interactive view only
        out += "<rect" + attrs(r->tag) + " x=\"" + n(r->rect.x) + "\" y=\"" + n(r->rect.y) + "\" width=\"" +
               n(r->rect.w) + "\" height=\"" + n(r->rect.h) + "\"";
        if (r->radius > 0)
            out += " rx=\"" + n(r->radius) + "\"";
        out += paint("fill", r->fill) + paint("stroke", r->stroke);
        if (r->stroke)
            out += " stroke-width=\"" + n(r->strokeWidth) + "\"";
        out += "/>\n";
    } else if (const auto* l = std::get_if<LineShape>(&shape)) {
        out += "<line" + attrs(l->tag) + " x1=\"" + n(l->from.x) + "\" y1=\"" + n(l->from.y) + "\" x2=\"" +
               n(l->to.x) + "\" y2=\"" + n(l->to.y) + "\"" + paint("stroke", l->colour) + " stroke-width=\"" +
               n(l->width) + "\"";
        if (l->dashed)
            out += " stroke-dasharray=\"6 4\"";
        out += "/>\n";
    } else if (const auto* e = std::get_if<EllipseShape>(&shape)) {
        out += "<ellipse" + attrs(e->tag) + " cx=\"" + n(e->bounds.centre().x) + "\" cy=\"" +
               n(e->bounds.centre().y) + "\" rx=\"" + n(e->bounds.w / 2) + "\" ry=\"" + n(e->bounds.h / 2) +
               "\"" + paint("fill", e->fill) + paint("stroke", e->stroke);
        if (e->stroke)
            out += " stroke-width=\"" + n(e->strokeWidth) + "\"";
        out += "/>\n";
    } else {
        const auto& t = std::get<TextRun>(shape);
        double x = t.box.x;
        const char* anchor = "start";
        if (t.align == HAlign::Centre) {
            x = t.box.centre().x;
            anchor = "middle";
        } else if (t.align == HAlign::Right) {
            x = t.box.right();
            anchor = "end";
        }
        // Baseline of a line vertically centred in its box (ascent ~0.76 em, descent ~0.24 em).
        const double baseline = t.box.y + t.box.h / 2 + t.sizePx * 0.35;
        out += "<text" + attrs(t.tag) + " x=\"" + n(x) + "\" y=\"" + n(baseline) + "\" font-size=\"" +
               n(t.sizePx) + "\" font-weight=\"" + weightOf(t.weight) + "\"" + paint("fill", t.colour);
        if (t.align != HAlign::Left)
            out += std::string(" text-anchor=\"") + anchor + "\"";
        out += ">" + escapeXml(t.text) + "</text>\n";
    }
}

std::string body(const Scene& scene, bool standalone) {
    std::string out;
    out.reserve(scene.shapes.size() * 160 + 512);
    out += "<svg";
    if (standalone)
        out += " xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(scene.width) +
               "\" height=\"" + n(scene.height) + "\"";
    else
        out += " width=\"100%\" preserveAspectRatio=\"xMidYMin meet\"";
    out += " viewBox=\"0 0 " + n(scene.width) + " " + n(scene.height) + "\" role=\"img\"";
    out += " font-family=\"" + escapeXml(kSvgFontFamily) + "\">\n";
    out += "<title>" + escapeXml(scene.title) + "</title>\n";
    out += "<desc>" + escapeXml(scene.subtitle) + "</desc>\n";
    out += "<rect class=\"background\" x=\"0\" y=\"0\" width=\"" + n(scene.width) + "\" height=\"" +
           n(scene.height) + "\"" + paint("fill", scene.background) + "/>\n";
    for (const auto& s : scene.shapes)
        writeShape(out, s);
    out += "</svg>\n";
    return out;
}

} // namespace

std::string writeSvg(const Scene& scene) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body(scene, true);
}

std::string writeSvgElement(const Scene& scene) {
    return body(scene, false);
}

} // namespace storyloom::roadmap
