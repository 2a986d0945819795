#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storyloom::cli {

/// `text` made safe for one table cell: line breaks and tabs become spaces, other control
/// characters (which could move a terminal's cursor) become '?', and bytes that are not UTF-8 become
/// U+FFFD.
std::string singleLine(std::string_view text);
/// Like singleLine, but keeps line breaks ("\r\n" and "\r" become "\n") for multi-line fields.
std::string printable(std::string_view text);
/// The number of code points, as an approximation of the width in a terminal.
std::size_t displayWidth(std::string_view text);
/// At most `width` code points, ending in "…" when it was cut.
std::string truncate(std::string_view text, std::size_t width);
/// `text` padded with spaces to `width` code points (longer text is left alone).
std::string padRight(std::string_view text, std::size_t width);
std::string padLeft(std::string_view text, std::size_t width);
/// "1 story", "2 stories", "0 stories": the number with the singular or plural noun.
std::string counted(std::size_t n, std::string_view singular, std::string_view plural);
/// Every line of `text` prefixed with `indent`.
std::string indentLines(std::string_view text, std::string_view indent);

} // namespace storyloom::cli
