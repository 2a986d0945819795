#pragma once

#include "Ranker.h"

#include <optional>
#include <vector>

namespace storyloom::scoring {

/// One story's place under each compared framework.
struct ComparisonRow {
    Id storyId = 0;
    /// 1-based position under each framework, nullopt when unscored under it.
    std::vector<std::optional<std::size_t>> positions;
    /// Places gained under each framework compared with the first one (positive = ranks higher,
    /// negative = lower), nullopt when unscored under either. The first entry is 0 or nullopt.
    std::vector<std::optional<long long>> moves;
};

/// The same backlog ranked under two or more frameworks.
struct Comparison {
    std::vector<Framework> frameworks;
    std::vector<Ranking> rankings; ///< one per framework, same order
    /// Every story, in the first framework's ranking order (its unscored stories last).
    std::vector<ComparisonRow> rows;
    /// tau[i][j]: Kendall's tau between the orders under frameworks i and j, over the stories scored
    /// under both; nullopt when fewer than two such stories.
    std::vector<std::vector<std::optional<double>>> tau;
};

/// Ranks with each framework in turn (every other setting as in `context`). Throws ScoringError when
/// fewer than two frameworks are given or one is repeated.
Comparison compareFrameworks(const Ranker& ranker, const ScoringContext& context,
                             const std::vector<Framework>& frameworks);

} // namespace storyloom::scoring
