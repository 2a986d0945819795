#pragma once

#include "Breakdown.h"
#include "domain/Ids.h"

#include <string>
#include <vector>

namespace storyloom::scoring {

/// One line of a ranked backlog.
struct RankedStory {
    Id storyId = 0;
    std::size_t position = 0;   ///< 1-based over the whole list; unscored stories follow the scored
    ScoreValue score;           ///< score.scored is false for unscored stories
    std::string unscoredReason; ///< "missing reach, effort"; empty when scored
    bool pinned = false;        ///< a pin "this story above pinnedAbove" applies to it
    Id pinnedAbove = 0;
    bool heldBack = false; ///< placed below where its score puts it, because heldBackBy blocks it
    Id heldBackBy = 0;
};

/// A ranked backlog: scored stories in rank order, then unscored stories in manual order.
struct Ranking {
    Framework framework = Framework::Rice;
    std::vector<RankedStory> entries;
    std::size_t scoredCount = 0;
    /// Pins that could not apply, blocker loops: sentences naming the story keys.
    std::vector<std::string> warnings;

    /// The entry of a story, nullptr when it is not in the ranking.
    const RankedStory* find(Id storyId) const;
};

} // namespace storyloom::scoring
