#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"

#include <optional>
#include <string>

namespace storyloom {

struct Epic {
    Id id = 0;
    std::string key;
    std::string title;
    std::string description;
    std::optional<Id> themeId;
    EpicStatus status = EpicStatus::Proposed;
    std::string colour = "#4C6EF5"; ///< "#RRGGBB"
    Horizon horizon = Horizon::Later;
    std::optional<Date> startDate;
    std::optional<Date> endDate;
    std::optional<Id> targetReleaseId;
    std::string rank; ///< manual order of epics, see Rank.h

    bool operator==(const Epic&) const = default;
};

} // namespace storyloom
