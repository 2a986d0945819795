#include "WikiMarkup.h"

#include <array>

namespace storyloom::jira::wiki {
namespace {

/// 1: precede with a backslash; 2: needs its own handling (line breaks, backslash, ampersand).
constexpr std::array<unsigned char, 256> kClass = [] {
    std::array<unsigned char, 256> t{};
    for (const char c : std::string_view("{}[]|*_-+^~!#"))
        t[static_cast<unsigned char>(c)] = 1;
    for (const char c : std::string_view("\r\n\\&"))
        t[static_cast<unsigned char>(c)] = 2;
    return t;
}();

unsigned char classOf(char c) {
    return kClass[static_cast<unsigned char>(c)];
}

/// True when the line starting at text[pos] begins with "h1." to "h6." or "bq.".
bool startsLikeHeading(std::string_view text, std::size_t pos) {
    if (pos + 3 > text.size() || text[pos + 2] != '.')
        return false;
    const char a = text[pos];
    const char b = text[pos + 1];
    return (a == 'h' && b >= '1' && b <= '6') || (a == 'b' && b == 'q');
}

void append(std::string& out, std::string_view text, bool inlineForm) {
    std::size_t i = 0;
    bool lineStart = true;
    while (i < text.size()) {
        if (lineStart && !inlineForm && startsLikeHeading(text, i))
            out += '\\';
        lineStart = false;
        // Copy the run of ordinary characters in one go.
        std::size_t end = i;
        while (end < text.size() && classOf(text[end]) == 0)
            ++end;
        out.append(text, i, end - i);
        i = end;
        if (i == text.size())
            break;
        const char c = text[i];
        if (classOf(c) == 1) {
            out += '\\';
            out += c;
        } else if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
                ++i; // CR LF is one line break
            out += inlineForm ? "\\\\" : "\n";
            lineStart = true;
        } else if (c == '\\') {
            out += "&#92;";
        } else if (i + 1 < text.size() && text[i + 1] == '#') { // '&' before '#'
            out += "&#38;";
        } else {
            out += '&';
        }
        ++i;
    }
}

} // namespace

void appendBlock(std::string& out, std::string_view text) {
    append(out, text, false);
}
void appendInline(std::string& out, std::string_view text) {
    append(out, text, true);
}

std::string escapeBlock(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    appendBlock(out, text);
    return out;
}

std::string escapeInline(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 8);
    appendInline(out, text);
    return out;
}

} // namespace storyloom::jira::wiki
