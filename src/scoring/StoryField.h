#pragma once

#include "domain/Story.h"

#include <optional>
#include <span>
#include <string_view>

namespace storyloom::scoring {

/// The numeric fields of a story that frameworks, custom formulas and sensitivity analysis read.
/// Identifiers are the ScoringInputs names plus "points".
enum class StoryField {
    Reach,
    Impact,
    Confidence,
    Effort,
    IceImpact,
    IceConfidence,
    IceEase,
    BusinessValue,
    TimeCriticality,
    RiskReduction,
    JobSize,
    Value,
    ValueEffort,
    Points
};

inline constexpr std::size_t kStoryFieldCount = 14;

/// The range a field may take. When `steps` is not empty the field only takes those values
/// (ascending); otherwise any value in [min, max] (max may be infinity).
struct FieldScale {
    double min = 0;
    double max = 0;
    std::span<const double> steps;
};

/// "reach", "iceImpact", "points", ...
std::string_view toId(StoryField field);
/// Parses the identifier exactly as written by toId (case-sensitive, like the formula language).
std::optional<StoryField> parseStoryField(std::string_view text);
/// "reach, impact, confidence, ..." for error messages.
std::string_view storyFieldIdList();

/// The field's value on `story`, nullopt when the product owner has not entered it.
/// Inline: custom formulas call it for every input of every story they rank.
std::optional<double> fieldValue(const Story& story, StoryField field);
/// Sets the field (integer fields are rounded to the nearest whole number).
void setFieldValue(Story& story, StoryField field, double value);
FieldScale fieldScale(StoryField field);

inline std::optional<double> asDouble(const std::optional<int>& v) {
    return v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt;
}

inline std::optional<double> fieldValue(const Story& story, StoryField field) {
    const ScoringInputs& in = story.inputs;
    switch (field) {
    case StoryField::Reach:
        return in.reach;
    case StoryField::Impact:
        return in.impact;
    case StoryField::Confidence:
        return in.confidence;
    case StoryField::Effort:
        return in.effort;
    case StoryField::IceImpact:
        return asDouble(in.iceImpact);
    case StoryField::IceConfidence:
        return asDouble(in.iceConfidence);
    case StoryField::IceEase:
        return asDouble(in.iceEase);
    case StoryField::BusinessValue:
        return asDouble(in.businessValue);
    case StoryField::TimeCriticality:
        return asDouble(in.timeCriticality);
    case StoryField::RiskReduction:
        return asDouble(in.riskReduction);
    case StoryField::JobSize:
        return asDouble(in.jobSize);
    case StoryField::Value:
        return asDouble(in.value);
    case StoryField::ValueEffort:
        return asDouble(in.valueEffort);
    case StoryField::Points:
        return asDouble(story.points);
    }
    return std::nullopt;
}

} // namespace storyloom::scoring
