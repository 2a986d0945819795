#pragma once

namespace storyloom {

/// What the roadmap Export dialog writes. PNG and SVG hold one view; PDF and HTML hold one page (or
/// section) per chosen view.
enum class ExportFormat { Png, Svg, Pdf, Html };

} // namespace storyloom
