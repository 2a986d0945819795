#include "ScoringTestSupport.h"

#include "scoring/NumberText.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::scoring;
using storyloom::test::context;
using storyloom::test::settingsFor;

namespace {

const Term* termNamed(const Breakdown& b, const std::string& name) {
    for (const auto& t : b.terms)
        if (t.name == name)
            return &t;
    return nullptr;
}

} // namespace

// The three example projects of Intercom's RICE article (reach per quarter, impact, confidence %,
// person-months): 450 x 3 x 100 % / 2, 2000 x 1 x 80 % / 4, 800 x 2 x 50 % / 1.
TEST_CASE("RICE reproduces the three projects of Intercom's article to the digit") {
    const auto ctx = context(settingsFor(Framework::Rice));
    const Breakdown p1 = score(test::riceStory(1, 450, 3, 100, 2), ctx);
    const Breakdown p2 = score(test::riceStory(2, 2000, 1, 80, 4), ctx);
    const Breakdown p3 = score(test::riceStory(3, 800, 2, 50, 1), ctx);
    REQUIRE(p1.scored);
    REQUIRE(p2.scored);
    REQUIRE(p3.scored);
    CHECK(p1.total == Approx(675));
    CHECK(p2.total == Approx(400));
    CHECK(p3.total == Approx(800));
    CHECK(formatRounded(p1.total) == "675");
    CHECK(formatRounded(p2.total) == "400");
    CHECK(formatRounded(p3.total) == "800");
}

TEST_CASE("a RICE breakdown lists reach, impact, confidence and effort as factors of a product") {
    const Breakdown b = score(test::riceStory(1, 12000, 2, 80, 2), context(settingsFor(Framework::Rice)));
    REQUIRE(b.scored);
    CHECK(b.framework == Framework::Rice);
    CHECK(b.combination == Combination::Product);
    REQUIRE(b.terms.size() == 4);
    CHECK(b.terms[0].name == "reach");
    CHECK(b.terms[0].input == 12000);
    CHECK(b.terms[1].name == "impact");
    CHECK(b.terms[2].name == "confidence");
    CHECK(b.terms[2].input == 80);
    CHECK(b.terms[2].factor == Approx(0.8));
    CHECK(b.terms[3].name == "effort");
    CHECK(b.terms[3].input == 2);
    CHECK(b.terms[3].factor == Approx(0.5));
    CHECK(b.total == Approx(9600));
    CHECK(test::combineTerms(b) == Approx(b.total));
}

TEST_CASE("ICE averages impact, confidence and ease by default and multiplies them when set to product") {
    Story s = test::story(1);
    s.inputs.iceImpact = 8;
    s.inputs.iceConfidence = 7;
    s.inputs.iceEase = 6;
    ScoringSettings settings = settingsFor(Framework::Ice);
    const Breakdown mean = score(s, context(settings));
    REQUIRE(mean.scored);
    CHECK(mean.combination == Combination::Sum);
    CHECK(mean.total == Approx(7));
    CHECK(mean.terms[0].weight == Approx(1.0 / 3.0));
    settings.iceCombiner = IceCombiner::Product;
    const Breakdown product = score(s, context(settings));
    CHECK(product.combination == Combination::Product);
    CHECK(product.total == Approx(336));
    CHECK(formatRounded(product.total) == "336");
}

TEST_CASE("WSJF divides the cost of delay by the job size, each part shown as its own term") {
    Story s = test::story(1);
    s.inputs.businessValue = 13;
    s.inputs.timeCriticality = 8;
    s.inputs.riskReduction = 3;
    s.inputs.jobSize = 5;
    const Breakdown b = score(s, context(settingsFor(Framework::Wsjf)));
    REQUIRE(b.scored);
    CHECK(b.total == Approx(4.8));
    CHECK(formatRounded(b.total) == "4.8");
    REQUIRE(b.terms.size() == 3);
    CHECK(b.terms[0].name == "user-business value");
    CHECK(b.terms[0].weight == Approx(0.2));
    CHECK(b.terms[0].contribution == Approx(2.6));
    CHECK(b.terms[1].contribution == Approx(1.6));
    CHECK(b.terms[2].contribution == Approx(0.6));
    REQUIRE(b.notes.size() == 1);
    CHECK(b.notes[0] == "cost of delay 24 divided by job size 5");
}

TEST_CASE("WSJF's cost of delay is the plain sum of its three parts") {
    // The SAFe-style example discussed in public critiques: value 1, time criticality 3, risk
    // reduction 5 make a cost of delay of 9; over a job size of 3 that is a WSJF of 3.
    Story s = test::story(1);
    s.inputs.businessValue = 1;
    s.inputs.timeCriticality = 3;
    s.inputs.riskReduction = 5;
    s.inputs.jobSize = 3;
    const Breakdown b = score(s, context(settingsFor(Framework::Wsjf)));
    CHECK(b.total == Approx(3));
    CHECK(formatRounded(b.total) == "3");
}

TEST_CASE("value vs effort divides value by effort and names the quadrant") {
    Story s = test::story(1);
    s.inputs.value = 8;
    s.inputs.valueEffort = 4;
    const Breakdown b = score(s, context(settingsFor(Framework::ValueEffort)));
    REQUIRE(b.scored);
    CHECK(b.total == Approx(2));
    REQUIRE(b.notes.size() == 1);
    CHECK(b.notes[0] == "quadrant: quick win (high value, low effort)");
    s.inputs.value = 3;
    s.inputs.valueEffort = 9;
    const Breakdown sink = score(s, context(settingsFor(Framework::ValueEffort)));
    CHECK(sink.total == Approx(3.0 / 9.0));
    CHECK(sink.notes[0] == "quadrant: time sink (low value, high effort)");
}

TEST_CASE("a weighted scorecard normalises each criterion to 0..1, inverts lower-is-better ones and sums "
          "with weights") {
    ScoringSettings settings = settingsFor(Framework::Scorecard);
    settings.scorecard = {{"Revenue", 1, 5, 2, true}, {"Build cost", 1, 5, 1, false}};
    Story s = test::story(1);
    s.inputs.scorecard = {{"Revenue", 4}, {"Build cost", 2}};
    const Breakdown b = score(s, context(settings));
    REQUIRE(b.scored);
    REQUIRE(b.terms.size() == 2);
    const Term* revenue = termNamed(b, "Revenue");
    const Term* cost = termNamed(b, "Build cost");
    REQUIRE(revenue);
    REQUIRE(cost);
    CHECK(revenue->factor == Approx(0.75));
    CHECK(revenue->contribution == Approx(1.5));
    CHECK(cost->factor == Approx(0.75)); // 2 on 1..5 is 0.25 of the way; lower is better, so 0.75
    CHECK(cost->contribution == Approx(0.75));
    CHECK(b.total == Approx(2.25));
}

TEST_CASE("a scorecard value outside its scale leaves the story unscored with the criterion named") {
    ScoringSettings settings = settingsFor(Framework::Scorecard);
    settings.scorecard = {{"Revenue", 1, 5, 1, true}};
    Story s = test::story(1);
    s.inputs.scorecard = {{"Revenue", 7}};
    const Breakdown b = score(s, context(settings));
    CHECK_FALSE(b.scored);
    CHECK(b.reason == "Revenue is 7, outside its scale 1 to 5");
}

TEST_CASE("a scorecard without criteria explains how to add one") {
    const Breakdown b = score(test::story(1), context(settingsFor(Framework::Scorecard)));
    CHECK_FALSE(b.scored);
    CHECK_THAT(b.reason, Catch::Contains("no scorecard criteria are set up"));
}

TEST_CASE("MoSCoW ranks by class and shows the class as the tier") {
    Story must = test::story(1);
    must.moscow = Moscow::Must;
    Story wont = test::story(2);
    wont.moscow = Moscow::Wont;
    const auto ctx = context(settingsFor(Framework::Moscow));
    const Breakdown m = score(must, ctx);
    const Breakdown w = score(wont, ctx);
    REQUIRE(m.scored);
    REQUIRE(w.scored);
    CHECK(m.tier == 4);
    CHECK(m.tierLabel == "Must have");
    CHECK(w.tier == 1);
    CHECK(w.tierLabel == "Won't have");
    CHECK(m.total == 0);
    CHECK(m.terms.empty());
}

TEST_CASE("MoSCoW breaks ties inside a class with the chosen framework") {
    ScoringSettings settings = settingsFor(Framework::Moscow);
    settings.moscowTieBreak = Framework::Rice;
    Story s = test::riceStory(1, 450, 3, 100, 2);
    s.moscow = Moscow::Should;
    const Breakdown b = score(s, context(settings));
    REQUIRE(b.scored);
    CHECK(b.tier == 3);
    CHECK(b.total == Approx(675));
    CHECK(b.combination == Combination::Product);
    CHECK(b.terms.size() == 4);
}

TEST_CASE("a story without a MoSCoW class is unscored: missing moscow") {
    const Breakdown b = score(test::story(1), context(settingsFor(Framework::Moscow)));
    CHECK_FALSE(b.scored);
    CHECK(b.reason == "missing moscow");
}

TEST_CASE("Kano in order mode ranks must-be above one-dimensional above attractive above indifferent") {
    const auto ctx = context(settingsFor(Framework::Kano));
    auto tierFor = [&](KanoAnswer f, KanoAnswer d) {
        Story s = test::story(1);
        s.inputs.kanoFunctional = f;
        s.inputs.kanoDysfunctional = d;
        const Breakdown b = score(s, ctx);
        REQUIRE(b.scored);
        return b.tier;
    };
    const int mustBe = tierFor(KanoAnswer::Neutral, KanoAnswer::Dislike);
    const int oneDimensional = tierFor(KanoAnswer::Like, KanoAnswer::Dislike);
    const int attractive = tierFor(KanoAnswer::Like, KanoAnswer::Neutral);
    const int indifferent = tierFor(KanoAnswer::Neutral, KanoAnswer::Neutral);
    const int reverse = tierFor(KanoAnswer::Dislike, KanoAnswer::Like);
    CHECK(mustBe > oneDimensional);
    CHECK(oneDimensional > attractive);
    CHECK(attractive > indifferent);
    CHECK(indifferent > reverse);
}

TEST_CASE("Kano in weight mode multiplies the base framework's score by the category weight") {
    ScoringSettings settings = settingsFor(Framework::Kano);
    settings.kano.mode = KanoMode::Weight;
    settings.kano.base = Framework::Rice;
    Story s = test::riceStory(1, 450, 3, 100, 2);
    s.inputs.kanoFunctional = KanoAnswer::Expect;
    s.inputs.kanoDysfunctional = KanoAnswer::Dislike; // must-be, weight 4 by default
    const Breakdown b = score(s, context(settings));
    REQUIRE(b.scored);
    CHECK(b.scale == 4);
    CHECK(b.scaleName == "Must-be");
    CHECK(b.total == Approx(2700));
    CHECK(test::combineTerms(b) == Approx(b.total));

    settings.kano.base.reset();
    const Breakdown alone = score(s, context(settings));
    CHECK(alone.total == 4);
    REQUIRE(alone.terms.size() == 1);
    CHECK(alone.terms[0].name == "Must-be");
}

TEST_CASE("contradictory Kano answers leave the story unscored and say why") {
    Story s = test::story(1);
    s.inputs.kanoFunctional = KanoAnswer::Like;
    s.inputs.kanoDysfunctional = KanoAnswer::Like;
    const Breakdown b = score(s, context(settingsFor(Framework::Kano)));
    CHECK_FALSE(b.scored);
    CHECK_THAT(b.reason, Catch::Contains("questionable"));
    CHECK_THAT(b.reason, Catch::Contains("like / like"));
}

TEST_CASE("a custom formula's top-level sum is split into terms that add up to the total") {
    ScoringSettings settings = settingsFor(Framework::Formula);
    settings.formula = "reach * impact / effort - 2 * jobSize + 10";
    Story s = test::riceStory(1, 1000, 2, 80, 4);
    s.inputs.jobSize = 3;
    const Breakdown b = score(s, context(settings));
    REQUIRE(b.scored);
    CHECK(b.total == Approx(1000.0 * 2 / 4 - 6 + 10));
    REQUIRE(b.terms.size() == 3);
    CHECK(b.terms[0].name == "reach * impact / effort");
    CHECK(b.terms[0].contribution == Approx(500));
    CHECK(b.terms[1].name == "2 * jobSize");
    CHECK(b.terms[1].weight == -1);
    CHECK(b.terms[1].contribution == Approx(-6));
    CHECK(b.terms[2].name == "10");
    REQUIRE(b.notes.size() == 1);
    CHECK(b.notes[0] == "inputs: reach = 1000; impact = 2; effort = 4; jobSize = 3");
}

TEST_CASE("a missing input makes the story unscored with every missing input named, never zero") {
    Story s = test::story(1);
    s.inputs.impact = 2;
    s.inputs.confidence = 80;
    const Breakdown b = score(s, context(settingsFor(Framework::Rice)));
    CHECK_FALSE(b.scored);
    CHECK(b.total == 0);
    CHECK(b.terms.empty());
    CHECK(b.missing == std::vector<std::string>{"reach", "effort"});
    CHECK(b.reason == "missing reach, effort");
    CHECK_FALSE(scoreValue(s, context(settingsFor(Framework::Rice))).scored);
}

TEST_CASE("each framework names its own missing inputs by their input ids") {
    const Story empty = test::story(1);
    auto reasonFor = [&](Framework f) { return score(empty, context(settingsFor(f))).reason; };
    CHECK(reasonFor(Framework::Rice) == "missing reach, impact, confidence, effort");
    CHECK(reasonFor(Framework::Ice) == "missing iceImpact, iceConfidence, iceEase");
    CHECK(reasonFor(Framework::Wsjf) == "missing businessValue, timeCriticality, riskReduction, jobSize");
    CHECK(reasonFor(Framework::ValueEffort) == "missing value, valueEffort");
    CHECK(reasonFor(Framework::Kano) == "missing kanoFunctional, kanoDysfunctional");
    CHECK(reasonFor(Framework::Moscow) == "missing moscow");
    CHECK_THAT(reasonFor(Framework::Formula), Catch::Contains("no custom formula is set"));
}

TEST_CASE("an effort of zero is a reason, not a division by zero") {
    const Breakdown b = score(test::riceStory(1, 100, 1, 100, 0), context(settingsFor(Framework::Rice)));
    CHECK_FALSE(b.scored);
    CHECK_THAT(b.reason, Catch::Contains("effort is 0"));
}

TEST_CASE("scores too large to compare are unscored rather than infinite") {
    const Breakdown b = score(test::riceStory(1, 1e308, 3, 100, 0.5), context(settingsFor(Framework::Rice)));
    CHECK_FALSE(b.scored);
    CHECK_THAT(b.reason, Catch::Contains("too large"));
    CHECK_FALSE(
        scoreValue(test::riceStory(1, 1e308, 3, 100, 0.5), context(settingsFor(Framework::Rice))).scored);
}
