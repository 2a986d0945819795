#pragma once

#include "Date.h"
#include "Enums.h"
#include "Ids.h"

#include <optional>
#include <string>

namespace storyloom {

/// A piece of research evidence a story can be linked to.
struct Insight {
    static constexpr int kMinStrength = 1;
    static constexpr int kMaxStrength = 5;

    Id id = 0;
    std::string title;
    InsightSource source = InsightSource::Interview;
    std::optional<Date> date;
    std::string summary;
    int strength = 3; ///< 1 (anecdotal) .. 5 (conclusive)

    bool operator==(const Insight&) const = default;
};

} // namespace storyloom
