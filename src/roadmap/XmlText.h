#pragma once

#include <string>
#include <string_view>

namespace storyloom::roadmap {

/// `text` made safe for XML/HTML text and attribute values: & < > " ' escaped, ill-formed UTF-8
/// replaced by U+FFFD, and characters XML 1.0 forbids (C0 controls other than tab, LF and CR, lone
/// surrogates, U+FFFE/U+FFFF) dropped.
std::string escapeXml(std::string_view text);

/// A number for an SVG attribute: at most two decimals, no exponent, "0" for anything not finite.
std::string svgNumber(double v);

} // namespace storyloom::roadmap
