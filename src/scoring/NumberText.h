#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace storyloom::scoring {

/// The shortest text that reads back as exactly `value` ("0.5", "12000", "1e+20"); locale-free.
std::string formatNumber(double value);
/// `value` with at most `significant` significant digits and no trailing zeros ("9600", "4.8",
/// "0.333"), for tables a person reads.
std::string formatRounded(double value, int significant = 4);
/// Parses a whole, finite decimal number (surrounding spaces allowed); nullopt otherwise.
std::optional<double> parseNumber(std::string_view text);

} // namespace storyloom::scoring
