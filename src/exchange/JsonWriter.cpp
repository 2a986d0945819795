#include "JsonWriter.h"

#include "Utf8.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

namespace storyloom {

void JsonWriter::newLine() {
    m_out += '\n';
    m_out.append(2 * m_levels.size(), ' ');
}

void JsonWriter::beforeValue() {
    if (m_levels.empty() || m_levels.back().isObject)
        return; // the root, or a member value placed right after its key
    Level& top = m_levels.back();
    if (!top.empty)
        m_out += ',';
    top.empty = false;
    newLine();
}

void JsonWriter::beginObject() {
    beforeValue();
    m_out += '{';
    m_levels.push_back({true, true});
}

void JsonWriter::endObject() {
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newLine();
    m_out += '}';
}

void JsonWriter::beginArray() {
    beforeValue();
    m_out += '[';
    m_levels.push_back({false, true});
}

void JsonWriter::endArray() {
    const bool empty = m_levels.back().empty;
    m_levels.pop_back();
    if (!empty)
        newLine();
    m_out += ']';
}

void JsonWriter::key(std::string_view name) {
    Level& top = m_levels.back();
    if (!top.empty)
        m_out += ',';
    top.empty = false;
    newLine();
    escape(name);
    m_out += ": ";
}

void JsonWriter::escape(std::string_view text) {
    static constexpr char kHex[] = "0123456789abcdef";
    m_out += '"';
    std::size_t runStart = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t n = utf8::sequenceLength(text, i);
            if (n > 0) {
                i += n;
                continue;
            }
        }
        m_out.append(text, runStart, i - runStart);
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (c < 0x20) {
                m_out += "\\u00";
                m_out += kHex[c >> 4];
                m_out += kHex[c & 0xF];
            } else {
                m_out += "\xEF\xBF\xBD"; // an ill-formed UTF-8 byte
            }
        }
        ++i;
        runStart = i;
    }
    m_out.append(text, runStart, text.size() - runStart);
    m_out += '"';
}

void JsonWriter::string(std::string_view text) {
    beforeValue();
    escape(text);
}

void JsonWriter::integer(long long value) {
    beforeValue();
    char buf[24];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    m_out.append(buf, result.ptr);
}

void JsonWriter::number(double value) {
    if (!std::isfinite(value))
        throw std::invalid_argument("JSON has no way to write NaN or infinity");
    if (value == std::trunc(value) && std::fabs(value) < 1e15) {
        integer(static_cast<long long>(value));
        return;
    }
    beforeValue();
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value); // shortest round-trip form
    m_out.append(buf, result.ptr);
}

void JsonWriter::boolean(bool value) {
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null() {
    beforeValue();
    m_out += "null";
}

void JsonWriter::stringMember(std::string_view name, std::string_view text) {
    key(name);
    string(text);
}

void JsonWriter::integerMember(std::string_view name, long long value) {
    key(name);
    integer(value);
}

std::string JsonWriter::take() {
    m_out += '\n';
    m_levels.clear();
    std::string out = std::move(m_out);
    m_out.clear();
    return out;
}

} // namespace storyloom
