#pragma once

#include "AcceptanceCriterion.h"
#include "Enums.h"
#include "Ids.h"
#include "ScoringInputs.h"

#include <optional>
#include <string>
#include <vector>

namespace storyloom {

/// A user story. `key` is the human-readable, stable key such as "SHOP-12".
struct Story {
    Id id = 0;
    std::string key;
    std::optional<Id> epicId;
    std::string title;
    std::string asA;    ///< "As a …"
    std::string iWant;  ///< "I want …"
    std::string soThat; ///< "So that …"
    std::string description;
    StoryStatus status = StoryStatus::Draft;
    std::optional<int> points; ///< Fibonacci 0, 1, 2, 3, 5, 8, 13, 21; nullopt = not estimated
    Moscow moscow = Moscow::Unset;
    std::vector<std::string> labels;
    std::vector<Id> personaIds;
    std::vector<Id> insightIds;
    std::vector<Id> blocks; ///< ids of stories this story blocks
    std::optional<Id> releaseId;
    ScoringInputs inputs;
    std::vector<AcceptanceCriterion> criteria;
    std::string rank; ///< manual order key, see Rank.h
    long long createdAt = 0; ///< ms since epoch
    long long updatedAt = 0;

    bool operator==(const Story&) const = default;
};

/// Story points must be on the Fibonacci scale used for estimation.
bool isValidStoryPoints(int points);

} // namespace storyloom
