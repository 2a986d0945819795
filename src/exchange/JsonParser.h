#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace storyloom {

/// A place in a text file. Both are 1-based; the column counts characters (UTF-8 code points), as text
/// editors do.
struct TextPosition {
    int line = 1;
    int column = 1;
};

/// Where byte `offset` of `text` is (an offset past the end is the position just after the last byte).
TextPosition positionOf(std::string_view text, std::size_t offset);

/// How deeply arrays and objects may nest in a file Storyloom reads. A workspace needs 5 levels; the
/// limit keeps a hostile file from exhausting the stack of code that walks the tree recursively.
constexpr int kMaxJsonDepth = 64;

/// Receives each element of an array that is a member of the root object (`"stories": [...]`) as soon as
/// the element is complete, with the array's key and the element's index. Returning true takes the
/// element: it is left out of the tree parseJson() returns, so a large file is converted piece by piece
/// and never held whole as a tree. Returning false leaves it in the tree.
using ElementSink =
    std::function<bool(std::string_view arrayKey, std::size_t index, nlohmann::json& element)>;

/// Parses JSON text into a tree. Stricter than the JSON standard where laxness would hide a damaged or
/// hand-edited file: rejects duplicate keys (the second would silently win), nesting deeper than
/// kMaxJsonDepth, ill-formed UTF-8 and numbers too large for a double. Throws ExchangeError naming
/// `fileName` with the line and column, or with the JSON path for a duplicate key. Exceptions thrown
/// by `sink` propagate unchanged.
nlohmann::json parseJson(std::string_view text, const std::string& fileName, const ElementSink& sink = {});

} // namespace storyloom
