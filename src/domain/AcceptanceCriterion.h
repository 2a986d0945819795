#pragma once

#include "Enums.h"
#include "Ids.h"

#include <string>

namespace storyloom {

/// One acceptance criterion of a story. Criteria are ordered by their position in Story::criteria.
struct AcceptanceCriterion {
    Id id = 0;
    CriterionFormat format = CriterionFormat::FreeText;
    std::string text;  ///< used when format == FreeText
    std::string given; ///< the three parts, used when format == GivenWhenThen
    std::string when;
    std::string then;
    CriterionKind kind = CriterionKind::Functional;
    std::string wcag; ///< WCAG success criterion such as "1.4.3", or empty
    bool done = false;

    bool operator==(const AcceptanceCriterion&) const = default;
};

} // namespace storyloom
