#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storyloom::roadmap {

enum class FontWeight { Normal, DemiBold, Bold };

/// Measures text so layouts can fit, elide and wrap labels. Sizes are in logical pixels; strings are
/// UTF-8. The std-only layouts and the SVG/HTML writers use ApproximateTextMetrics; the Qt side
/// supplies QtTextMetrics (render/QtTextMetrics.h) so on-screen text fits exactly.
class TextMetrics {
public:
    virtual ~TextMetrics() = default;
    /// Advance width of `text` on one line.
    virtual double width(std::string_view text, double sizePx, FontWeight weight) const = 0;
    /// Distance between baselines of two lines of this size.
    virtual double lineHeight(double sizePx) const { return sizePx * 1.25; }

    /// `text` shortened with "…" so it fits `maxWidth` (unchanged when it fits). Never splits a UTF-8
    /// sequence.
    std::string elide(std::string_view text, double sizePx, FontWeight weight, double maxWidth) const;
    /// `text` broken at spaces into at most `maxLines` lines of at most `maxWidth`; the last line is
    /// elided when the text does not fit. A single word wider than the line is elided.
    std::vector<std::string> wrap(std::string_view text, double sizePx, FontWeight weight, double maxWidth,
                                  int maxLines) const;
};

/// Width estimate from per-character advance tables of a typical sans-serif face (DejaVu Sans-like,
/// slightly generous so text measured here fits when drawn with most sans faces). Deterministic.
class ApproximateTextMetrics final : public TextMetrics {
public:
    double width(std::string_view text, double sizePx, FontWeight weight) const override;
};

} // namespace storyloom::roadmap
