#pragma once

#include "Ranker.h"
#include "ScoringContext.h"
#include "domain/Story.h"

#include <string>
#include <vector>

namespace storyloom::scoring {

/// One single change that would swap two adjacent stories.
struct SwapChange {
    enum class Kind {
        Input,  ///< a scoring input of one story
        Weight, ///< a weight in the settings (changes every story's score)
        Class   ///< a story's MoSCoW class or Kano category
    };
    Kind kind = Kind::Input;
    Id storyId = 0;   ///< whose input changes; 0 for a weight
    std::string what; ///< "reach", "Revenue", "weight of Revenue", "MoSCoW class"
    double from = 0;
    /// Where the two stories swap. Continuous inputs: the tie point; when `beyond` is true the value
    /// must move past it (at the tie the manual order keeps them as they are). Scales and classes:
    /// the nearest value on the scale that swaps them.
    double to = 0;
    bool beyond = false;
    std::string fromText; ///< class changes: "Must have"; otherwise the number
    std::string toText;
    /// Size of the change: |to - from| / |from| (|to - from| when from is 0); for classes, classes
    /// moved / 4. The list is ordered by it, smallest first.
    double relativeChange = 0;
};

struct SwapAnalysis {
    Id upperId = 0;
    Id lowerId = 0;
    /// True when a pin or blocker, not the scores, keeps the upper story above: no score change
    /// swaps them. `constraint` says which.
    bool constrained = false;
    std::string constraint;
    std::vector<SwapChange> changes;
};

/// Sensitivity of the order of two stories: for every input the active framework reads (on either
/// story) and every weight in the settings, the smallest single change that puts `lower` above
/// `upper`. `upperFirstManually` says which of the two wins an exact tie. Changes that cannot swap
/// them are left out. Evidence-derived confidence is not an input here (edit the insights instead).
SwapAnalysis analyseSwap(const Story& upper, const Story& lower, bool upperFirstManually,
                         const ScoringContext& context);

/// The same for the stories at `position` and `position + 1` (1-based) of `ranking`. Throws
/// ScoringError naming the stories when either is unscored or the position is out of range.
SwapAnalysis analyseSwap(const Ranker& ranker, const Ranking& ranking, std::size_t position,
                         const ScoringContext& context);

} // namespace storyloom::scoring
