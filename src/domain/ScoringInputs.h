#pragma once

#include "Enums.h"

#include <map>
#include <optional>
#include <string>

namespace storyloom {

/// What a product owner typed for each prioritisation framework (see docs/scoring.md).
/// Every input is optional: a missing input makes the story "unscored" under that framework,
/// never silently zero.
struct ScoringInputs {
    // RICE (Intercom)
    std::optional<double> reach;      ///< people or events per quarter, >= 0
    std::optional<double> impact;     ///< 3, 2, 1, 0.5 or 0.25
    std::optional<double> confidence; ///< percent: 100, 80, 50 (20 = moonshot), 0..100
    std::optional<double> effort;     ///< person-months, >= 0.5

    // ICE (Sean Ellis), each 1..10
    std::optional<int> iceImpact;
    std::optional<int> iceConfidence;
    std::optional<int> iceEase;

    // WSJF (SAFe), each on 1, 2, 3, 5, 8, 13, 20
    std::optional<int> businessValue;
    std::optional<int> timeCriticality;
    std::optional<int> riskReduction;
    std::optional<int> jobSize;

    // Kano: the answer pair from the functional / dysfunctional questions
    std::optional<KanoAnswer> kanoFunctional;
    std::optional<KanoAnswer> kanoDysfunctional;

    // Value vs effort, each 1..10
    std::optional<int> value;
    std::optional<int> valueEffort;

    /// Weighted-scorecard criterion name -> the value typed on that criterion's scale.
    std::map<std::string, double> scorecard;

    bool operator==(const ScoringInputs&) const = default;
};

/// Names of the numeric inputs, as used by `storyloom-cli set`, the formula language and the JSON
/// format: reach, impact, confidence, effort, iceImpact, iceConfidence, iceEase, businessValue,
/// timeCriticality, riskReduction, jobSize, value, valueEffort.
bool isValidImpact(double v);                   ///< 3, 2, 1, 0.5, 0.25
bool isValidModifiedFibonacci(int v);           ///< 1, 2, 3, 5, 8, 13, 20
bool isValidOneToTen(int v);

} // namespace storyloom
