#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storyloom {

/// Manual order keys ("ranks"), compared as plain byte strings.
///
/// A rank is a base-36 fraction written with the digits 0-9a-z, read as "0.<digits>", that never
/// ends in '0'. Between any two ranks there is always another, so moving one story writes exactly
/// one row however long the backlog is (the LexoRank idea).
namespace rank {

/// True when `r` is a non-empty string of 0-9a-z not ending in '0'.
bool isValid(std::string_view r);

/// A rank strictly between `lo` and `hi`. An empty `lo` means "before everything", an empty `hi`
/// means "after everything". Requires lo < hi when both are given (throws std::invalid_argument).
std::string between(std::string_view lo, std::string_view hi);

/// `count` ascending ranks spread evenly, all of the same short length before trailing zeros are
/// dropped; used when a whole backlog is written at once (import, generate).
std::vector<std::string> evenlySpaced(std::size_t count);

} // namespace rank
} // namespace storyloom
