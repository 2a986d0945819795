#include "ScoringTestSupport.h"

#include "scoring/StoryField.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

/// Values of `field` in ascending order: the scale's steps, or a spread over its range.
std::vector<double> ascending(StoryField field) {
    const FieldScale scale = fieldScale(field);
    if (!scale.steps.empty())
        return {scale.steps.begin(), scale.steps.end()};
    if (field == StoryField::Confidence)
        return {0, 20, 50, 80, 100};
    if (field == StoryField::Effort)
        return {0.5, 1, 2, 3.5, 8, 40};
    return {0, 1, 10, 500, 12000, 1e6};
}

/// Checks that stepping `field` up through its scale moves the score only in `direction`.
void checkMonotone(Framework framework, StoryField field, int direction, const ScoringSettings& base = {}) {
    ScoringSettings settings = base;
    settings.framework = framework;
    const auto ctx = test::context(settings);
    std::mt19937 rng(20260601);
    for (int round = 0; round < 200; ++round) {
        Story s = test::randomStory(rng, 1);
        double previous = 0;
        bool first = true;
        for (double v : ascending(field)) {
            setFieldValue(s, field, v);
            const ScoreValue value = scoreValue(s, ctx);
            REQUIRE(value.scored);
            if (!first) {
                INFO(toId(framework) << ": " << toId(field) << " raised to " << v);
                if (direction > 0)
                    REQUIRE(value.total >= previous);
                else
                    REQUIRE(value.total <= previous);
            }
            previous = value.total;
            first = false;
        }
    }
}

} // namespace

TEST_CASE("raising a RICE value input never lowers the score; raising effort never raises it") {
    checkMonotone(Framework::Rice, StoryField::Reach, +1);
    checkMonotone(Framework::Rice, StoryField::Impact, +1);
    checkMonotone(Framework::Rice, StoryField::Confidence, +1);
    checkMonotone(Framework::Rice, StoryField::Effort, -1);
}

TEST_CASE("raising an ICE input never lowers the score, with either combiner") {
    ScoringSettings product;
    product.iceCombiner = IceCombiner::Product;
    for (const ScoringSettings& s : {ScoringSettings{}, product})
        for (auto f : {StoryField::IceImpact, StoryField::IceConfidence, StoryField::IceEase})
            checkMonotone(Framework::Ice, f, +1, s);
}

TEST_CASE("raising a WSJF cost-of-delay input never lowers the score; raising job size never raises it") {
    checkMonotone(Framework::Wsjf, StoryField::BusinessValue, +1);
    checkMonotone(Framework::Wsjf, StoryField::TimeCriticality, +1);
    checkMonotone(Framework::Wsjf, StoryField::RiskReduction, +1);
    checkMonotone(Framework::Wsjf, StoryField::JobSize, -1);
}

TEST_CASE("raising value never lowers a value-vs-effort score; raising effort never raises it") {
    checkMonotone(Framework::ValueEffort, StoryField::Value, +1);
    checkMonotone(Framework::ValueEffort, StoryField::ValueEffort, -1);
}

TEST_CASE("MoSCoW and Kano tie-breaks stay monotone in the tie-break framework's inputs") {
    ScoringSettings moscow;
    moscow.moscowTieBreak = Framework::Rice;
    checkMonotone(Framework::Moscow, StoryField::Reach, +1, moscow);
    checkMonotone(Framework::Moscow, StoryField::Effort, -1, moscow);
    ScoringSettings kano;
    kano.kano.mode = KanoMode::Weight;
    kano.kano.base = Framework::Wsjf;
    // Questionable answer pairs are unscored, so fix a must-be pair.
    std::mt19937 rng(7);
    Story s = test::randomStory(rng, 1);
    s.inputs.kanoFunctional = KanoAnswer::Neutral;
    s.inputs.kanoDysfunctional = KanoAnswer::Dislike;
    kano.framework = Framework::Kano;
    const auto ctx = test::context(kano);
    double previous = -1;
    for (int jobSize : {1, 2, 3, 5, 8, 13, 20}) {
        s.inputs.jobSize = jobSize;
        const double total = scoreValue(s, ctx).total;
        if (previous >= 0)
            CHECK(total <= previous);
        previous = total;
    }
}

TEST_CASE("a scorecard criterion moves the score only in its better direction, and weights never hurt") {
    ScoringSettings settings;
    settings.framework = Framework::Scorecard;
    settings.scorecard = {{"Revenue", 1, 5, 2, true}, {"Risk", 1, 5, 1, false}};
    const auto ctx = test::context(settings);
    std::mt19937 rng(3);
    for (int round = 0; round < 100; ++round) {
        Story s = test::randomStory(rng, 1);
        double previousRevenue = -1e300;
        double previousRisk = 1e300;
        for (double v : {1.0, 1.5, 2.0, 3.0, 4.5, 5.0}) {
            Story a = s;
            a.inputs.scorecard["Revenue"] = v;
            const double up = scoreValue(a, ctx).total;
            REQUIRE(up >= previousRevenue);
            previousRevenue = up;
            Story b = s;
            b.inputs.scorecard["Risk"] = v;
            const double risk = scoreValue(b, ctx).total;
            REQUIRE(risk <= previousRisk);
            previousRisk = risk;
        }
        double previousWeight = -1;
        for (double w : {0.0, 0.5, 1.0, 2.0, 10.0}) {
            ScoringSettings weighted = settings;
            weighted.scorecard[0].weight = w;
            const double total = scoreValue(s, test::context(weighted)).total;
            REQUIRE(total >= previousWeight);
            previousWeight = total;
        }
    }
}
