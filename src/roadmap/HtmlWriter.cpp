#include "HtmlWriter.h"

#include "SvgWriter.h"
#include "XmlText.h"

namespace storyloom::roadmap {
namespace {

// No url(), no @import, no external anything: the page must open offline and leak nothing.
constexpr const char* kStyle = R"(
body { margin: 0; padding: 32px 40px; color: #1f2933; background: #ffffff; line-height: 1.45; }
header { margin-bottom: 24px; }
h1 { font-size: 28px; margin: 0 0 4px; }
h2 { font-size: 21px; margin: 40px 0 4px; }
h3 { font-size: 16px; margin: 20px 0 6px; }
.date, .subtitle { color: #52606d; margin: 0; }
figure { margin: 12px 0 0; border: 1px solid #d9dee3; border-radius: 8px; overflow: hidden; }
svg { display: block; max-width: 100%; height: auto; }
ul.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
.items li, .changes li { margin: 2px 0; }
@media print { body { padding: 0; } section { break-before: page; } }
)";

} // namespace

std::string writeHtml(const std::vector<Scene>& scenes, const std::string& pageTitle, Date date) {
    std::string out;
    out += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out += "<title>" + escapeXml(pageTitle) + "</title>\n";
    out += std::string("<style>\nbody { font-family: ") + kSvgFontFamily + "; }" + kStyle +
           "</style>\n</head>\n<body>\n";
    out += "<header>\n<h1>" + escapeXml(pageTitle) + "</h1>\n<p class=\"date\">" +
           escapeXml(date.toString()) + "</p>\n</header>\n<main>\n";
    for (std::size_t i = 0; i < scenes.size(); ++i) {
        const Scene& s = scenes[i];
        const std::string id = "view-" + std::to_string(i + 1);
        out += "<section aria-labelledby=\"" + id + "\">\n<h2 id=\"" + id + "\">" +
               escapeXml(s.viewName.empty() ? s.title : s.viewName) + "</h2>\n";
        out += "<p class=\"subtitle\">" + escapeXml(s.subtitle) + "</p>\n";
        out += "<figure>\n" + writeSvgElement(s) + "</figure>\n";
        if (!s.legend.empty()) {
            out += "<h3>Legend</h3>\n<ul class=\"legend\">\n";
            for (const auto& e : s.legend)
                out += "<li><span class=\"swatch\" style=\"background:" + e.colour.hex() + "\"></span>" +
                       escapeXml(e.label) + "</li>\n";
            out += "</ul>\n";
        }
        if (!s.changeNotes.empty()) {
            out += "<h3>What changed</h3>\n<ul class=\"changes\">\n";
            for (const auto& note : s.changeNotes)
                out += "<li>" + escapeXml(note) + "</li>\n";
            out += "</ul>\n";
        }
        out += "<h3>Items in this view</h3>\n<ul class=\"items\">\n";
        for (const auto& item : s.items)
            out += "<li>" + escapeXml(item.accessibleText) + "</li>\n";
        if (s.items.empty())
            out += "<li>No items match this view.</li>\n";
        out += "</ul>\n</section>\n";
    }
    out += "</main>\n</body>\n</html>\n";
    return out;
}

} // namespace storyloom::roadmap
