#include "StoryField.h"

#include <array>
#include <cmath>
#include <limits>

namespace storyloom::scoring {
namespace {

constexpr std::array<std::string_view, kStoryFieldCount> kIds{
    "reach",         "impact",          "confidence",    "effort",  "iceImpact", "iceConfidence", "iceEase",
    "businessValue", "timeCriticality", "riskReduction", "jobSize", "value",     "valueEffort",   "points"};

constexpr std::array<double, 5> kImpactSteps{0.25, 0.5, 1, 2, 3};
constexpr std::array<double, 10> kOneToTen{1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
constexpr std::array<double, 7> kModifiedFibonacci{1, 2, 3, 5, 8, 13, 20};
constexpr std::array<double, 8> kPoints{0, 1, 2, 3, 5, 8, 13, 21};

int whole(double v) {
    return static_cast<int>(std::lround(v));
}

} // namespace

std::string_view toId(StoryField field) {
    return kIds[static_cast<std::size_t>(field)];
}

std::optional<StoryField> parseStoryField(std::string_view text) {
    for (std::size_t i = 0; i < kIds.size(); ++i)
        if (kIds[i] == text)
            return static_cast<StoryField>(i);
    return std::nullopt;
}

std::string_view storyFieldIdList() {
    return "reach, impact, confidence, effort, iceImpact, iceConfidence, iceEase, businessValue, "
           "timeCriticality, riskReduction, jobSize, value, valueEffort, points";
}

void setFieldValue(Story& story, StoryField field, double value) {
    ScoringInputs& in = story.inputs;
    switch (field) {
    case StoryField::Reach:
        in.reach = value;
        break;
    case StoryField::Impact:
        in.impact = value;
        break;
    case StoryField::Confidence:
        in.confidence = value;
        break;
    case StoryField::Effort:
        in.effort = value;
        break;
    case StoryField::IceImpact:
        in.iceImpact = whole(value);
        break;
    case StoryField::IceConfidence:
        in.iceConfidence = whole(value);
        break;
    case StoryField::IceEase:
        in.iceEase = whole(value);
        break;
    case StoryField::BusinessValue:
        in.businessValue = whole(value);
        break;
    case StoryField::TimeCriticality:
        in.timeCriticality = whole(value);
        break;
    case StoryField::RiskReduction:
        in.riskReduction = whole(value);
        break;
    case StoryField::JobSize:
        in.jobSize = whole(value);
        break;
    case StoryField::Value:
        in.value = whole(value);
        break;
    case StoryField::ValueEffort:
        in.valueEffort = whole(value);
        break;
    case StoryField::Points:
        story.points = whole(value);
        break;
    }
}

FieldScale fieldScale(StoryField field) {
    constexpr double inf = std::numeric_limits<double>::infinity();
    switch (field) {
    case StoryField::Reach:
        return {0, inf, {}};
    case StoryField::Impact:
        return {0.25, 3, kImpactSteps};
    case StoryField::Confidence:
        return {0, 100, {}};
    case StoryField::Effort:
        return {0.5, inf, {}};
    case StoryField::IceImpact:
    case StoryField::IceConfidence:
    case StoryField::IceEase:
    case StoryField::Value:
    case StoryField::ValueEffort:
        return {1, 10, kOneToTen};
    case StoryField::BusinessValue:
    case StoryField::TimeCriticality:
    case StoryField::RiskReduction:
    case StoryField::JobSize:
        return {1, 20, kModifiedFibonacci};
    case StoryField::Points:
        return {0, 21, kPoints};
    }
    return {0, inf, {}};
}

} // namespace storyloom::scoring
