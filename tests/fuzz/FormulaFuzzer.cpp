// Fuzzes the custom-formula parser (Formula::parse) and, for formulas it accepts, evaluation against
// a story with every scoring input set. Contract checked: parse throws only FormulaError (a
// ScoringError); evaluation never throws. Anything else is a finding.

#include "domain/Story.h"
#include "scoring/Formula.h"
#include "scoring/ScoringError.h"

#include <cstdint>
#include <string_view>

namespace {

storyloom::Story storyWithInputs() {
    storyloom::Story story;
    story.key = "FUZZ-1";
    story.title = "fuzz";
    story.points = 5;
    story.inputs.reach = 1200;
    story.inputs.impact = 2;
    story.inputs.confidence = 80;
    story.inputs.effort = 0.5;
    story.inputs.iceImpact = 7;
    story.inputs.iceConfidence = 6;
    story.inputs.iceEase = 9;
    story.inputs.businessValue = 8;
    story.inputs.timeCriticality = 5;
    story.inputs.riskReduction = 3;
    story.inputs.jobSize = 13;
    story.inputs.value = 4;
    story.inputs.valueEffort = 2;
    return story;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto formula = storyloom::scoring::Formula::parse(text);
        static const storyloom::Story story = storyWithInputs();
        (void)formula.evaluate(story);
        (void)formula.evaluate(storyloom::Story{});
    } catch (const storyloom::scoring::ScoringError&) {
        // refused cleanly
    }
    return 0;
}
