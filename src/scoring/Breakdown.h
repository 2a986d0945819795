#pragma once

#include "Framework.h"

#include <string>
#include <vector>

namespace storyloom::scoring {

/// How a breakdown's terms combine into its total.
enum class Combination {
    Sum,    ///< total = sum of the contributions (ICE mean, WSJF, scorecard, formula)
    Product ///< total = product of the contributions (RICE, ICE product, value vs effort)
};

std::string_view toId(Combination combination); ///< "sum" / "product"

/// One line of "why this score": the input as typed, the number the formula uses for it, the weight
/// applied, and what it contributes. Invariant: contribution == factor * weight.
struct Term {
    std::string name;        ///< in the product owner's words: "reach", "time criticality", "Revenue"
    double input = 0;        ///< the value as typed (or derived from evidence)
    double factor = 0;       ///< the value as the formula uses it: 80 % -> 0.8, effort 2 -> 1/2
    double weight = 1;       ///< multiplier on the factor
    double contribution = 0; ///< factor * weight

    bool operator==(const Term&) const = default;
};

/// The comparable part of a score: stories rank by tier (higher first), then total (higher first).
/// Tier is 0 except for class-based frameworks (MoSCoW, Kano in order mode).
struct ScoreValue {
    bool scored = false;
    int tier = 0;
    double total = 0;

    bool operator==(const ScoreValue&) const = default;
};

/// Everything score() knows about one story's score.
///
/// Contract: when `scored`, combining the terms' contributions by `combination` and multiplying by
/// `scale` gives `total` (up to floating-point rounding), so every rank can be explained term by
/// term. When not scored, `missing` names the inputs that are not entered (by their input id, e.g.
/// "reach") and `reason` is the sentence shown to the product owner ("missing reach, effort").
struct Breakdown {
    Framework framework = Framework::Rice;
    bool scored = false;
    Combination combination = Combination::Sum;
    std::vector<Term> terms;
    double scale = 1;      ///< a final multiplier (the Kano weight in weight mode), 1 when none
    std::string scaleName; ///< what the scale is, empty when none
    double total = 0;
    int tier = 0;          ///< MoSCoW class / Kano category rank, 0 when the framework has none
    std::string tierLabel; ///< "Must have", "Must-be", ... empty when no tier
    std::vector<std::string> missing;
    std::string reason;             ///< why the story is unscored, empty when scored
    std::vector<std::string> notes; ///< extra explanation: quadrant, evidence, formula inputs

    /// What ranking compares; all zero when unscored (the tier may still say which class it is in).
    ScoreValue value() const { return scored ? ScoreValue{true, tier, total} : ScoreValue{}; }
};

} // namespace storyloom::scoring
