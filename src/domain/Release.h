#pragma once

#include "Date.h"
#include "Ids.h"

#include <optional>
#include <string>

namespace storyloom {

struct Release {
    Id id = 0;
    std::string name;
    std::optional<Date> date;

    bool operator==(const Release&) const = default;
};

} // namespace storyloom
