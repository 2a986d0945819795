#include "JsonPath.h"

#include "Utf8.h"

namespace storyloom {
namespace {

bool isIdentifier(std::string_view key) {
    if (key.empty())
        return false;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const char c = key[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && !(i > 0 && c >= '0' && c <= '9'))
            return false;
    }
    return true;
}

} // namespace

JsonPath::JsonPath(const JsonPath& parent, std::string_view key) : m_parent(&parent), m_key(key) {}

JsonPath::JsonPath(const JsonPath& parent, std::size_t index)
    : m_parent(&parent), m_index(index), m_isIndex(true) {}

void JsonPath::appendKey(std::string& path, std::string_view key) {
    if (isIdentifier(key)) {
        if (!path.empty())
            path += '.';
        path += key;
        return;
    }
    // Keys come from the file, so they may be long or hold anything: keep the message readable.
    path += "[\"";
    for (char c : utf8::forMessage(key, 40)) {
        if (c == '"' || c == '\\')
            path += '\\';
        path += c;
    }
    path += "\"]";
}

void JsonPath::appendIndex(std::string& path, std::size_t index) {
    path += '[';
    path += std::to_string(index);
    path += ']';
}

void JsonPath::appendTo(std::string& out) const {
    if (!m_parent)
        return;
    m_parent->appendTo(out);
    if (m_isIndex)
        appendIndex(out, m_index);
    else
        appendKey(out, m_key);
}

std::string JsonPath::toString() const {
    std::string out;
    appendTo(out);
    return out;
}

} // namespace storyloom
