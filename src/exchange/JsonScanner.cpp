#include "JsonScanner.h"

#include "Utf8.h"

#include <charconv>
#include <climits>
#include <cstdio>

namespace storyloom {
namespace {

constexpr const char* kValueKinds =
    "a value (text in double quotes, a number, {...}, [...], true, false or null)";

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// For a number the double range cannot hold: true when it is too close to zero (and reads as 0),
/// false when it is too large. Decided by the decimal position of its first significant digit.
bool isUnderflow(std::string_view number) {
    long long exponent = 0;
    const auto e = number.find_first_of("eE");
    if (e != std::string_view::npos) {
        std::size_t i = e + 1;
        const bool negative = i < number.size() && number[i] == '-';
        if (i < number.size() && (number[i] == '-' || number[i] == '+'))
            ++i;
        for (; i < number.size() && exponent < 1'000'000'000; ++i)
            exponent = exponent * 10 + (number[i] - '0');
        if (negative)
            exponent = -exponent;
        number = number.substr(0, e);
    }
    const auto point = number.find('.');
    const std::string_view whole = number.substr(0, point);
    const std::size_t firstWhole = whole.find_first_of("123456789");
    if (firstWhole != std::string_view::npos)
        return static_cast<long long>(whole.size() - firstWhole) - 1 + exponent < 0;
    const std::string_view fraction =
        point == std::string_view::npos ? std::string_view() : number.substr(point + 1);
    const std::size_t firstFraction = fraction.find_first_of("123456789");
    return -static_cast<long long>(firstFraction) - 1 + exponent < 0;
}

} // namespace

JsonScanner::JsonScanner(std::string_view text, JsonHandler& handler, int maxDepth)
    : m_text(text), m_handler(handler), m_maxDepth(maxDepth) {}

bool JsonScanner::fail(std::size_t offset, std::string message) {
    m_error = Error{offset, std::move(message), false};
    return false;
}

std::string JsonScanner::describeAt(std::size_t offset) const {
    if (offset >= m_text.size())
        return "the end of the file";
    const char c = m_text[offset];
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"') {
        // Quote a short string token whole: "found '"projectKey"'" tells more than "found '"'".
        const auto close = m_text.find_first_of("\"\n", offset + 1);
        if (close != std::string_view::npos && m_text[close] == '"' && close - offset < 40)
            return "'" + utf8::forMessage(m_text.substr(offset, close - offset + 1)) + "'";
        return "'\"'";
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '-' || c == '+' || c == '.') {
        std::size_t end = offset;
        while (end < m_text.size() && end - offset < 20) {
            const char w = m_text[end];
            if (!((w >= 'a' && w <= 'z') || (w >= 'A' && w <= 'Z') || isDigit(w) || w == '-' || w == '+' ||
                  w == '.' || w == '_'))
                break;
            ++end;
        }
        return "'" + std::string(m_text.substr(offset, end - offset)) + "'";
    }
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", byte);
    if (byte < 0x20 || byte == 0x7F)
        return std::string("the control character ") + hex;
    if (byte >= 0x80) {
        const std::size_t n = utf8::sequenceLength(m_text, offset);
        if (n == 0)
            return std::string("the byte ") + hex + ", which is ill-formed UTF-8";
        return "'" + std::string(m_text.substr(offset, n)) + "'";
    }
    return "'" + std::string(1, c) + "'";
}

void JsonScanner::skipWhitespace() {
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return;
        ++m_pos;
    }
}

bool JsonScanner::scan() {
    m_pos = m_text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0; // a byte order mark, as some editors write
    m_error.reset();
    skipWhitespace();
    if (!value(1))
        return false;
    skipWhitespace();
    if (m_pos != m_text.size())
        return fail(m_pos, "found " + describeAt(m_pos) + " after the end of the JSON document");
    return true;
}

bool JsonScanner::value(int depth) {
    if (m_pos >= m_text.size())
        return fail(m_pos, std::string("expected ") + kValueKinds + ", found the end of the file");
    const char c = m_text[m_pos];
    switch (c) {
    case '{':
        return object(depth);
    case '[':
        return array(depth);
    case '"': {
        std::string text;
        return string(text) && m_handler.string(std::move(text));
    }
    case 't':
        return literal("true") && m_handler.boolean(true);
    case 'f':
        return literal("false") && m_handler.boolean(false);
    case 'n':
        return literal("null") && m_handler.null();
    default:
        if (c == '-' || isDigit(c))
            return number();
        return fail(m_pos, std::string("expected ") + kValueKinds + ", found " + describeAt(m_pos));
    }
}

bool JsonScanner::literal(std::string_view word) {
    if (m_text.substr(m_pos, word.size()) != word)
        return fail(m_pos, std::string("expected ") + kValueKinds + ", found " + describeAt(m_pos));
    m_pos += word.size();
    return true;
}

bool JsonScanner::object(int depth) {
    if (depth > m_maxDepth) {
        m_error = Error{
            m_pos, "objects and lists are nested more than " + std::to_string(m_maxDepth) + " levels deep",
            true};
        return false;
    }
    if (!m_handler.beginObject())
        return false;
    ++m_pos;
    skipWhitespace();
    if (m_pos < m_text.size() && m_text[m_pos] == '}') {
        ++m_pos;
        return m_handler.endObject();
    }
    for (;;) {
        if (m_pos >= m_text.size() || m_text[m_pos] != '"')
            return fail(m_pos, "expected a key in double quotes, found " + describeAt(m_pos));
        std::string name;
        if (!string(name))
            return false;
        skipWhitespace();
        if (m_pos >= m_text.size() || m_text[m_pos] != ':')
            return fail(m_pos, "expected ':' after the key, found " + describeAt(m_pos));
        ++m_pos;
        skipWhitespace();
        if (!m_handler.key(std::move(name)) || !value(depth + 1))
            return false;
        skipWhitespace();
        if (m_pos < m_text.size() && m_text[m_pos] == ',') {
            ++m_pos;
            skipWhitespace();
            continue;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return m_handler.endObject();
        }
        return fail(m_pos, "expected ',' or '}' after an object member, found " + describeAt(m_pos));
    }
}

bool JsonScanner::array(int depth) {
    if (depth > m_maxDepth) {
        m_error = Error{
            m_pos, "objects and lists are nested more than " + std::to_string(m_maxDepth) + " levels deep",
            true};
        return false;
    }
    if (!m_handler.beginArray())
        return false;
    ++m_pos;
    skipWhitespace();
    if (m_pos < m_text.size() && m_text[m_pos] == ']') {
        ++m_pos;
        return m_handler.endArray();
    }
    for (;;) {
        if (!value(depth + 1))
            return false;
        skipWhitespace();
        if (m_pos < m_text.size() && m_text[m_pos] == ',') {
            ++m_pos;
            skipWhitespace();
            continue;
        }
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return m_handler.endArray();
        }
        return fail(m_pos, "expected ',' or ']' after a list element, found " + describeAt(m_pos));
    }
}

bool JsonScanner::string(std::string& out) {
    const std::size_t start = m_pos;
    const char* data = m_text.data();
    const std::size_t size = m_text.size();
    std::size_t run = ++m_pos; // the start of the bytes not yet copied to `out`
    for (;;) {
        if (m_pos >= size)
            return fail(start, "the text that starts here has no closing double quote");
        const auto c = static_cast<unsigned char>(data[m_pos]);
        if (c == '"') {
            out.append(data + run, m_pos - run);
            ++m_pos;
            return true;
        }
        if (c == '\\') {
            out.append(data + run, m_pos - run);
            if (!escape(out))
                return false;
            run = m_pos;
        } else if (c < 0x20) {
            return fail(m_pos,
                        "found " + describeAt(m_pos) +
                            " inside text; line breaks and tabs in text must be written as \\n and \\t");
        } else if (c < 0x80) {
            ++m_pos;
        } else {
            const std::size_t n = utf8::sequenceLength(m_text, m_pos);
            if (n == 0)
                return fail(m_pos, "found " + describeAt(m_pos) + " inside text; save the file as UTF-8");
            m_pos += n;
        }
    }
}

bool JsonScanner::escape(std::string& out) {
    const std::size_t start = m_pos; // at the backslash
    if (m_pos + 1 >= m_text.size())
        return fail(start, "the text that ends here has no closing double quote");
    const char e = m_text[m_pos + 1];
    m_pos += 2;
    const auto hex4 = [this](std::uint32_t& cp) {
        if (m_pos + 4 > m_text.size())
            return false;
        cp = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_text[m_pos + static_cast<std::size_t>(i)]);
            if (h < 0)
                return false;
            cp = cp * 16 + static_cast<std::uint32_t>(h);
        }
        m_pos += 4;
        return true;
    };
    switch (e) {
    case '"':
    case '\\':
    case '/':
        out += e;
        return true;
    case 'b':
        out += '\b';
        return true;
    case 'f':
        out += '\f';
        return true;
    case 'n':
        out += '\n';
        return true;
    case 'r':
        out += '\r';
        return true;
    case 't':
        out += '\t';
        return true;
    case 'u': {
        std::uint32_t cp = 0;
        if (!hex4(cp))
            return fail(start, "\\u must be followed by four hexadecimal digits");
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail(start, "\\u escape of a lone UTF-16 low surrogate");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            // A character beyond U+FFFF is written as a pair: \uD83E\uDDF6.
            const char* unpaired = "\\u escape of a UTF-16 high surrogate that is not followed by a low one";
            if (m_text.substr(m_pos, 2) != "\\u")
                return fail(start, unpaired);
            m_pos += 2;
            std::uint32_t low = 0;
            if (!hex4(low) || low < 0xDC00 || low > 0xDFFF)
                return fail(start, unpaired);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        appendUtf8(out, cp);
        return true;
    }
    default:
        return fail(start, "unknown escape \\" + describeAt(start + 1) +
                               " in text; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
    }
}

bool JsonScanner::number() {
    const std::size_t start = m_pos;
    const char* data = m_text.data();
    const std::size_t size = m_text.size();
    std::size_t p = m_pos;
    if (data[p] == '-')
        ++p;
    if (p >= size || !isDigit(data[p]))
        return fail(start, "a number needs a digit after '-'");
    if (data[p] == '0') {
        ++p;
        if (p < size && isDigit(data[p]))
            return fail(start, "a number cannot start with 0 (write 7, not 07)");
    } else {
        while (p < size && isDigit(data[p]))
            ++p;
    }
    bool whole = true;
    if (p < size && data[p] == '.') {
        whole = false;
        ++p;
        if (p >= size || !isDigit(data[p]))
            return fail(start, "a decimal point in a number must be followed by digits");
        while (p < size && isDigit(data[p]))
            ++p;
    }
    if (p < size && (data[p] == 'e' || data[p] == 'E')) {
        whole = false;
        ++p;
        if (p < size && (data[p] == '+' || data[p] == '-'))
            ++p;
        if (p >= size || !isDigit(data[p]))
            return fail(start, "the exponent of a number needs digits");
        while (p < size && isDigit(data[p]))
            ++p;
    }
    m_pos = p;
    const char* first = data + start;
    const char* last = data + p;
    if (whole) {
        if (*first == '-') {
            std::int64_t v = 0;
            if (std::from_chars(first, last, v).ec == std::errc())
                return m_handler.integer(v);
        } else {
            std::uint64_t v = 0;
            if (std::from_chars(first, last, v).ec == std::errc())
                return v <= static_cast<std::uint64_t>(INT64_MAX)
                           ? m_handler.integer(static_cast<std::int64_t>(v))
                           : m_handler.unsignedInteger(v);
        }
        // Beyond 64 bits: read as a double, as other JSON readers do.
    }
    double v = 0;
    const auto result = std::from_chars(first, last, v);
    if (result.ec == std::errc::result_out_of_range) {
        if (!isUnderflow(std::string_view(first, static_cast<std::size_t>(last - first))))
            return fail(start, "the number " +
                                   utf8::forMessage(
                                       std::string_view(first, static_cast<std::size_t>(last - first)), 30) +
                                   " is too large");
        v = *first == '-' ? -0.0 : 0.0;
    } else if (result.ec != std::errc() || result.ptr != last) {
        return fail(start, "the number is malformed");
    }
    return m_handler.number(v);
}

} // namespace storyloom
