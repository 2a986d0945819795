#include "Breakdown.h"

namespace storyloom::scoring {

std::string_view toId(Combination combination) {
    return combination == Combination::Sum ? "sum" : "product";
}

} // namespace storyloom::scoring
