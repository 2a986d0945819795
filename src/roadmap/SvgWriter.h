#pragma once

#include "Scene.h"

#include <string>

namespace storyloom::roadmap {

/// A standalone SVG 1.1 document of the scene: well-formed XML, every text XML-escaped, fonts as a
/// generic family list, no external references. Shapes carry class names from toId(Role) and
/// data-key attributes for tagged items.
std::string writeSvg(const Scene& scene);

/// The same drawing as an <svg> element for inline use in HTML: no XML declaration and no namespace
/// attribute (HTML puts inline <svg> in the SVG namespace itself), scaled to its container's width.
std::string writeSvgElement(const Scene& scene);

/// The font-family list used by the SVG and HTML output: generic families only need no font files.
inline constexpr const char* kSvgFontFamily =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif";

} // namespace storyloom::roadmap
