#include "NumberText.h"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace storyloom::scoring {

std::string formatNumber(double value) {
    std::array<char, 64> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), value);
    if (ec != std::errc())
        return "0";
    return std::string(buf.data(), end);
}

std::string formatRounded(double value, int significant) {
    if (!std::isfinite(value))
        return formatNumber(value);
    if (value == 0)
        return "0";
    std::array<char, 64> buf{};
    const double magnitude = std::fabs(value);
    if (magnitude >= 1e15 || magnitude < 1e-4) {
        std::snprintf(buf.data(), buf.size(), "%.*g", significant, value);
        return buf.data();
    }
    const int exponent = static_cast<int>(std::floor(std::log10(magnitude)));
    int decimals = significant - 1 - exponent;
    decimals = decimals < 0 ? 0 : (decimals > 12 ? 12 : decimals);
    std::snprintf(buf.data(), buf.size(), "%.*f", decimals, value);
    std::string text = buf.data();
    if (text.find('.') != std::string::npos) {
        while (text.back() == '0')
            text.pop_back();
        if (text.back() == '.')
            text.pop_back();
    }
    return text == "-0" ? "0" : text;
}

std::optional<double> parseNumber(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    if (text.empty())
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || ptr != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

} // namespace storyloom::scoring
