#pragma once

#include <string>

namespace storyloom {

/// Throws the ExchangeError every reader raises, worded as
/// `Cannot read "<file>": <problem>. <advice>` (the sentence ends are added when missing).
/// `where` is the JSON path or entity key involved; line and column are 1-based, 0 when unknown.
[[noreturn]] void throwReadError(const std::string& file, const std::string& problem,
                                 const std::string& advice, int line = 0, int column = 0,
                                 std::string where = {});

} // namespace storyloom
