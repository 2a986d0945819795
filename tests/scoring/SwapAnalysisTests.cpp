#include "ScoringTestSupport.h"

#include "scoring/ScoringError.h"
#include "scoring/SwapAnalysis.h"

#include "domain/Rank.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

const SwapChange* changeOf(const SwapAnalysis& a, Id story, const std::string& what) {
    for (const auto& c : a.changes)
        if (c.storyId == story && c.what == what)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("swap analysis finds, for each RICE input, the value at which two stories trade places") {
    const Story upper = test::riceStory(1, 12000, 2, 80, 2); // 9600
    const Story lower = test::riceStory(2, 3000, 1, 50, 1);  // 1500
    const SwapAnalysis a = analyseSwap(upper, lower, true, test::context());
    CHECK(a.upperId == 1);
    CHECK(a.lowerId == 2);
    CHECK_FALSE(a.constrained);

    const SwapChange* reach = changeOf(a, 1, "reach");
    REQUIRE(reach);
    CHECK(reach->from == 12000);
    CHECK(reach->to == Approx(1875)); // 1875 x 2 x 0.8 / 2 = 1500, the lower story's score
    CHECK(reach->beyond);             // at a tie the manual order keeps SHOP-1 on top
    CHECK(reach->toText == "1875");

    const SwapChange* effort = changeOf(a, 1, "effort");
    REQUIRE(effort);
    CHECK(effort->to == Approx(12.8));

    const SwapChange* impact = changeOf(a, 1, "impact");
    REQUIRE(impact);
    CHECK(impact->to == 0.25); // impact is on a scale: the nearest step that swaps them
    CHECK_FALSE(impact->beyond);

    const SwapChange* lowerReach = changeOf(a, 2, "reach");
    REQUIRE(lowerReach);
    CHECK(lowerReach->to == Approx(19200));

    // Out of range on their scales: impact would need 6.4, confidence 320 %, effort 0.156.
    CHECK_FALSE(changeOf(a, 2, "impact"));
    CHECK_FALSE(changeOf(a, 2, "confidence"));
    CHECK_FALSE(changeOf(a, 2, "effort"));

    for (std::size_t i = 1; i < a.changes.size(); ++i)
        CHECK(a.changes[i - 1].relativeChange <= a.changes[i].relativeChange);
    CHECK(a.changes.front().relativeChange == Approx(0.84375));
}

TEST_CASE("applying the reported change really swaps the two stories") {
    std::mt19937 rng(21);
    const auto ctx = test::context(test::settingsFor(Framework::Wsjf));
    int checked = 0;
    for (int round = 0; round < 60; ++round) {
        Story a = test::randomStory(rng, 1);
        Story b = test::randomStory(rng, 2);
        if (scoreValue(a, ctx).total < scoreValue(b, ctx).total)
            std::swap(a, b);
        if (scoreValue(a, ctx).total == scoreValue(b, ctx).total)
            continue;
        const SwapAnalysis analysis = analyseSwap(a, b, a.id < b.id, ctx);
        for (const auto& change : analysis.changes) {
            Story changed = change.storyId == a.id ? a : b;
            setFieldValue(changed, *parseStoryField(change.what), change.to);
            const double upper = scoreValue(change.storyId == a.id ? changed : a, ctx).total;
            const double lower = scoreValue(change.storyId == b.id ? changed : b, ctx).total;
            CHECK(lower >= upper);
            ++checked;
        }
    }
    CHECK(checked > 0);
}

TEST_CASE("swap analysis includes scorecard weights and MoSCoW classes") {
    ScoringSettings settings = test::settingsFor(Framework::Scorecard);
    settings.scorecard = {{"Revenue", 1, 5, 1, true}, {"Reach", 1, 5, 1, true}};
    Story upper = test::story(1);
    upper.inputs.scorecard = {{"Revenue", 5}, {"Reach", 1}}; // 1 + 0
    Story lower = test::story(2);
    lower.inputs.scorecard = {{"Revenue", 1}, {"Reach", 4}}; // 0 + 0.75
    const SwapAnalysis a = analyseSwap(upper, lower, true, test::context(settings));
    const SwapChange* weight = changeOf(a, 0, "weight of Reach");
    REQUIRE(weight);
    CHECK(weight->kind == SwapChange::Kind::Weight);
    CHECK(weight->to == Approx(4.0 / 3.0)); // 0.75 x w = 1
    CHECK(weight->beyond);

    ScoringSettings moscow = test::settingsFor(Framework::Moscow);
    Story must = test::story(3);
    must.moscow = Moscow::Must;
    Story could = test::story(4);
    could.moscow = Moscow::Could;
    const SwapAnalysis m = analyseSwap(must, could, true, test::context(moscow));
    const SwapChange* down = changeOf(m, 3, "MoSCoW class");
    REQUIRE(down);
    CHECK(down->kind == SwapChange::Kind::Class);
    CHECK(down->fromText == "Must have");
    CHECK(down->toText == "Won't have"); // a tie with Could keeps the manual order, so one class further
    // Raising the Could story to Must only ties, and the manual order keeps the Must story first.
    CHECK_FALSE(changeOf(m, 4, "MoSCoW class"));
    const SwapAnalysis reversed = analyseSwap(must, could, false, test::context(moscow));
    const SwapChange* up = changeOf(reversed, 4, "MoSCoW class");
    REQUIRE(up);
    CHECK(up->toText == "Must have");
}

TEST_CASE("a pinned pair is reported as held by the pin, with no score change to offer") {
    Workspace ws;
    const auto ranks = rank::evenlySpaced(2);
    ws.stories = {test::riceStory(1, 100, 1, 100, 1), test::riceStory(2, 900, 1, 100, 1)};
    ws.stories[0].rank = ranks[0];
    ws.stories[1].rank = ranks[1];
    ScoringSettings settings;
    settings.pins = {{"SHOP-1", "SHOP-2"}};
    const auto ctx = test::context(settings, ws);
    const Ranker ranker(ws);
    const Ranking ranking = ranker.rank(ctx);
    const SwapAnalysis a = analyseSwap(ranker, ranking, 1, ctx);
    CHECK(a.constrained);
    CHECK(a.constraint == "SHOP-1 is pinned above SHOP-2; remove the pin to let scores decide.");
    CHECK(a.changes.empty());
    CHECK_THROWS_AS(analyseSwap(ranker, ranking, 2, ctx), ScoringError);
}
