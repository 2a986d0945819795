#include "XmlText.h"

#include <cmath>
#include <cstdio>

namespace storyloom::roadmap {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

/// Decodes the UTF-8 sequence at `i`; returns its length, 0 when ill-formed (then `cp` is unset).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    const unsigned char b0 = byte(0);
    std::size_t len = 0;
    char32_t min = 0;
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + len > s.size())
        return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(k) & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(k) & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF)
        return 0;
    return len;
}

bool allowedInXml(char32_t cp) {
    if (cp < 0x20)
        return cp == 0x09 || cp == 0x0A || cp == 0x0D;
    if (cp >= 0xD800 && cp <= 0xDFFF)
        return false;
    return cp != 0xFFFE && cp != 0xFFFF;
}

} // namespace

std::string escapeXml(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t len = decode(text, i, cp);
        if (len == 0) {
            out += kReplacement;
            ++i;
            continue;
        }
        if (!allowedInXml(cp)) {
            i += len;
            continue;
        }
        switch (cp) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::string svgNumber(double v) {
    if (!std::isfinite(v))
        return "0";
    char buf[48];
    const int written = std::snprintf(buf, sizeof buf, "%.2f", v);
    std::size_t len = written > 0 ? static_cast<std::size_t>(written) : 0;
    // Trim trailing zeros of the fraction (and then the point) in the buffer itself.
    while (len > 0 && buf[len - 1] == '0')
        --len;
    if (len > 0 && buf[len - 1] == '.')
        --len;
    const std::string_view text(buf, len);
    if (text.empty() || text == "-0" || text == "-")
        return "0";
    return std::string(text);
}

} // namespace storyloom::roadmap
