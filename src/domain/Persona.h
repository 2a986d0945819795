#pragma once

#include "Ids.h"

#include <string>

namespace storyloom {

struct Persona {
    Id id = 0;
    std::string name;
    std::string role;
    std::string goals;
    std::string frustrations;

    bool operator==(const Persona&) const = default;
};

} // namespace storyloom
