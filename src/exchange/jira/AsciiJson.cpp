#include "AsciiJson.h"

#include <algorithm>

namespace storyloom::jira {
namespace {

void appendEscape(std::string& out, unsigned unit) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\u";
    out += kHex[(unit >> 12) & 0xF];
    out += kHex[(unit >> 8) & 0xF];
    out += kHex[(unit >> 4) & 0xF];
    out += kHex[unit & 0xF];
}

} // namespace

void toAsciiJson(std::string& json) {
    const auto firstHigh = std::find_if(json.begin(), json.end(), [](char c) { return (c & 0x80) != 0; });
    if (firstHigh == json.end())
        return;
    std::string out;
    out.reserve(json.size() + json.size() / 8);
    const std::size_t start = static_cast<std::size_t>(firstHigh - json.begin());
    out.append(json, 0, start);
    for (std::size_t i = start; i < json.size();) {
        const auto c = static_cast<unsigned char>(json[i]);
        if (c < 0x80) {
            out += json[i++];
            continue;
        }
        const std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        unsigned cp = c & (n == 4 ? 0x07u : n == 3 ? 0x0Fu : 0x1Fu);
        for (std::size_t k = 1; k < n && i + k < json.size(); ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(json[i + k]) & 0x3Fu);
        i += n;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            appendEscape(out, 0xD800 + (cp >> 10));
            appendEscape(out, 0xDC00 + (cp & 0x3FF));
        } else {
            appendEscape(out, cp);
        }
    }
    json = std::move(out);
}

} // namespace storyloom::jira
