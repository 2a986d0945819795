#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <optional>
#include <string>
#include <vector>

namespace storyloom {

/// What a bulk edit changes on every selected story. Fields left empty are not touched.
struct BulkEdit {
    std::optional<StoryStatus> status;
    /// Outer empty: keep each story's epic; inner empty: take the stories out of their epic.
    std::optional<std::optional<Id>> epicId;
    std::optional<Moscow> moscow;
    /// Outer empty: keep the estimates; inner empty: clear them.
    std::optional<std::optional<int>> points;
    std::vector<std::string> addLabels;    ///< added when the story does not have them yet
    std::vector<std::string> removeLabels; ///< removed when present

    bool isEmpty() const {
        return !status && !epicId && !moscow && !points && addLabels.empty() && removeLabels.empty();
    }
};

} // namespace storyloom
