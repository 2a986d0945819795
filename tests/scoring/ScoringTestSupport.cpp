#include "ScoringTestSupport.h"

#include "domain/Rank.h"

#include <array>

namespace storyloom::test {

Story story(int number, const std::string& rank) {
    Story s;
    s.id = number;
    s.key = "SHOP-" + std::to_string(number);
    s.title = "Story " + std::to_string(number);
    s.rank = rank.empty() ? rank::evenlySpaced(1)[0] : rank;
    return s;
}

Story riceStory(int number, double reach, double impact, double confidence, double effort) {
    Story s = story(number);
    s.inputs.reach = reach;
    s.inputs.impact = impact;
    s.inputs.confidence = confidence;
    s.inputs.effort = effort;
    return s;
}

scoring::ScoringContext context(const scoring::ScoringSettings& settings) {
    return scoring::ScoringContext(settings, {}, kToday);
}

scoring::ScoringContext context(const scoring::ScoringSettings& settings, const Workspace& workspace) {
    return scoring::ScoringContext(settings, workspace.insights, kToday);
}

scoring::ScoringSettings settingsFor(scoring::Framework framework) {
    scoring::ScoringSettings s;
    s.framework = framework;
    return s;
}

Story randomStory(std::mt19937& rng, int number) {
    static constexpr std::array<double, 5> impacts{0.25, 0.5, 1, 2, 3};
    static constexpr std::array<int, 7> fib{1, 2, 3, 5, 8, 13, 20};
    static constexpr std::array<Moscow, 4> classes{Moscow::Must, Moscow::Should, Moscow::Could, Moscow::Wont};
    auto pick = [&](auto& values) {
        return values[std::uniform_int_distribution<std::size_t>(0, values.size() - 1)(rng)];
    };
    auto oneToTen = [&] { return std::uniform_int_distribution<int>(1, 10)(rng); };
    Story s = story(number);
    s.inputs.reach = std::uniform_int_distribution<int>(0, 50000)(rng);
    s.inputs.impact = pick(impacts);
    s.inputs.confidence = std::uniform_int_distribution<int>(0, 100)(rng);
    s.inputs.effort = 0.5 * std::uniform_int_distribution<int>(1, 40)(rng);
    s.inputs.iceImpact = oneToTen();
    s.inputs.iceConfidence = oneToTen();
    s.inputs.iceEase = oneToTen();
    s.inputs.businessValue = pick(fib);
    s.inputs.timeCriticality = pick(fib);
    s.inputs.riskReduction = pick(fib);
    s.inputs.jobSize = pick(fib);
    s.inputs.value = oneToTen();
    s.inputs.valueEffort = oneToTen();
    s.inputs.kanoFunctional = static_cast<KanoAnswer>(std::uniform_int_distribution<int>(0, 4)(rng));
    s.inputs.kanoDysfunctional = static_cast<KanoAnswer>(std::uniform_int_distribution<int>(0, 4)(rng));
    s.inputs.scorecard = {{"Revenue", std::uniform_int_distribution<int>(1, 5)(rng)},
                          {"Risk", std::uniform_int_distribution<int>(1, 5)(rng)}};
    s.moscow = pick(classes);
    s.points = 3;
    return s;
}

double combineTerms(const scoring::Breakdown& b) {
    double total = b.combination == scoring::Combination::Sum ? 0.0 : 1.0;
    for (const auto& t : b.terms) {
        if (b.combination == scoring::Combination::Sum)
            total += t.contribution;
        else
            total *= t.contribution;
    }
    return total * b.scale;
}

} // namespace storyloom::test
