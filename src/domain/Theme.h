#pragma once

#include "Ids.h"

#include <string>

namespace storyloom {

/// An optional grouping of epics for roadmaps ("Trust & safety", "Checkout").
struct Theme {
    Id id = 0;
    std::string name;
    std::string colour = "#4C6EF5"; ///< "#RRGGBB"

    bool operator==(const Theme&) const = default;
};

} // namespace storyloom
