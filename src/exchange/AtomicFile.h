#pragma once

#include <string>
#include <string_view>

namespace storyloom {

/// Writes `content` to `path` through a temporary file in the same folder, flushed and then renamed
/// over the target, so readers see the old file or the new one, never half of one.
/// Throws ExchangeError with the path and the system's reason on failure (the target is untouched).
void writeFileAtomically(const std::string& path, std::string_view content);

/// Reads a whole file; throws ExchangeError naming the path when it cannot be read.
std::string readFile(const std::string& path);

} // namespace storyloom
