#include "Utf8.h"

namespace storyloom::utf8 {
namespace {

bool inRange(std::string_view text, std::size_t pos, unsigned char lo, unsigned char hi) {
    if (pos >= text.size())
        return false;
    const auto c = static_cast<unsigned char>(text[pos]);
    return c >= lo && c <= hi;
}

} // namespace

std::size_t sequenceLength(std::string_view text, std::size_t pos) {
    const auto c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80)
        return 1;
    // The ranges of the second byte rule out overlong forms (E0, F0), surrogates (ED) and code points
    // above U+10FFFF (F4); see the table in RFC 3629, section 4.
    if (c >= 0xC2 && c <= 0xDF)
        return inRange(text, pos + 1, 0x80, 0xBF) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned char lo = c == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = c == 0xED ? 0x9F : 0xBF;
        return inRange(text, pos + 1, lo, hi) && inRange(text, pos + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned char lo = c == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = c == 0xF4 ? 0x8F : 0xBF;
        return inRange(text, pos + 1, lo, hi) && inRange(text, pos + 2, 0x80, 0xBF) &&
                       inRange(text, pos + 3, 0x80, 0xBF)
                   ? 4
                   : 0;
    }
    return 0;
}

std::string toWellFormed(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t n = sequenceLength(text, i);
        if (n == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            out.append(text, i, n);
            i += n;
        }
    }
    return out;
}

std::string forMessage(std::string_view text, std::size_t maxBytes) {
    std::string out = toWellFormed(text.substr(0, maxBytes));
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20)
            c = '?';
    if (text.size() > maxBytes)
        out += "...";
    return out;
}

} // namespace storyloom::utf8
