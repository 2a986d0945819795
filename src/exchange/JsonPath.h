#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storyloom {

/// A place in a JSON document, written the way error messages show it: `stories[12].points`,
/// `workspace.settings["scoring.framework"]`. Built as a chain of stack objects, each pointing at its
/// parent, so readers pay for the text only when they report an error.
///
/// Contract: a JsonPath must not outlive its parent, nor the text its key views.
class JsonPath {
public:
    /// The document root (an empty path).
    JsonPath() = default;
    JsonPath(const JsonPath& parent, std::string_view key);
    JsonPath(const JsonPath& parent, std::size_t index);

    std::string toString() const;

    /// Appends `.key` (or `key` at the start, or `["odd key"]` when it is not a plain identifier).
    static void appendKey(std::string& path, std::string_view key);
    static void appendIndex(std::string& path, std::size_t index);

private:
    void appendTo(std::string& out) const;

    const JsonPath* m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
};

} // namespace storyloom
