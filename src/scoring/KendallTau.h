#pragma once

#include "domain/Ids.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace storyloom::scoring {

/// Number of pairs i < j with values[i] > values[j], by merge sort: O(n log n). Sorts `values`.
std::uint64_t countInversions(std::vector<std::uint32_t>& values);

/// Kendall's tau between two orders (story ids, best first, no duplicates), over the stories that
/// appear in both: 1 = same order, -1 = reversed, 0 = unrelated. The orders are strict (ranking breaks
/// every tie), so this is tau-a = 1 - 2 x discordant pairs / all pairs. O(n log n).
/// nullopt when fewer than two stories are in both orders.
std::optional<double> kendallTau(const std::vector<Id>& first, const std::vector<Id>& second);

} // namespace storyloom::scoring
