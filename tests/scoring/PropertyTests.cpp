#include "ScoringTestSupport.h"

#include "scoring/Ranker.h"

#include "domain/Rank.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

/// Random settings for `framework` that every random story can be scored under.
ScoringSettings randomSettings(std::mt19937& rng, Framework framework) {
    ScoringSettings s;
    s.framework = framework;
    s.iceCombiner = rng() % 2 ? IceCombiner::Mean : IceCombiner::Product;
    constexpr std::array<Framework, 4> bases{Framework::Rice, Framework::Ice, Framework::Wsjf,
                                             Framework::ValueEffort};
    if (rng() % 2)
        s.moscowTieBreak = bases[rng() % bases.size()];
    s.kano.mode = rng() % 2 ? KanoMode::Order : KanoMode::Weight;
    if (rng() % 2)
        s.kano.base = bases[rng() % bases.size()];
    s.scorecard = {{"Revenue", 1, 5, 1.0 + rng() % 4, true}, {"Risk", 1, 5, 0.5, false}};
    s.formula = "reach * impact / effort + 3 * businessValue - sqrt(jobSize) + if(points > 2, 1, 0)";
    s.evidence.enabled = rng() % 3 == 0;
    return s;
}

} // namespace

TEST_CASE("for random inputs, the breakdown and the ranking total agree and the terms add up to the total") {
    std::mt19937 rng(424242);
    Workspace ws;
    ws.insights = {{1, "Interview", InsightSource::Interview, Date{2026, 1, 1}, "", 4},
                   {2, "A/B test", InsightSource::AbTest, std::nullopt, "", 5}};
    for (int round = 0; round < 2000; ++round) {
        const Framework framework = kAllFrameworks[rng() % kAllFrameworks.size()];
        const ScoringSettings settings = randomSettings(rng, framework);
        const auto ctx = test::context(settings, ws);
        Story s = test::randomStory(rng, 1);
        if (rng() % 4 == 0)
            s.insightIds = {1, 2};
        if (rng() % 10 == 0)
            s.inputs.reach.reset();
        const Breakdown b = score(s, ctx);
        const ScoreValue v = scoreValue(s, ctx);
        INFO("framework " << toId(framework));
        REQUIRE(b.value() == v);
        if (b.scored) {
            REQUIRE(std::isfinite(b.total));
            REQUIRE(test::combineTerms(b) == Approx(b.total).margin(1e-9));
            for (const auto& t : b.terms)
                REQUIRE(t.contribution == t.factor * t.weight);
            REQUIRE(b.reason.empty());
        } else {
            REQUIRE_FALSE(b.reason.empty());
            REQUIRE(b.total == 0);
        }
    }
}

TEST_CASE("for random backlogs, a ranking lists every story once, scored ones in score order first") {
    std::mt19937 rng(1234);
    for (int round = 0; round < 40; ++round) {
        const Framework framework = kAllFrameworks[rng() % kAllFrameworks.size()];
        const ScoringSettings settings = randomSettings(rng, framework);
        Workspace ws;
        const int n = 1 + static_cast<int>(rng() % 120);
        const auto ranks = rank::evenlySpaced(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            Story s = test::randomStory(rng, i + 1);
            s.rank = ranks[static_cast<std::size_t>(i)];
            if (rng() % 5 == 0)
                s.inputs = {};
            ws.stories.push_back(s);
        }
        const Ranker ranker(ws);
        const auto ctx = test::context(settings, ws);
        const Ranking r = ranker.rank(ctx);
        REQUIRE(r.entries.size() == ws.stories.size());
        std::set<Id> seen;
        for (std::size_t i = 0; i < r.entries.size(); ++i) {
            const auto& e = r.entries[i];
            REQUIRE(seen.insert(e.storyId).second);
            REQUIRE(e.position == i + 1);
            REQUIRE(e.score.scored == (i < r.scoredCount));
            REQUIRE(e.score == scoreValue(*ws.findStory(e.storyId), ctx));
            if (i > 0 && i < r.scoredCount) {
                const auto& prev = r.entries[i - 1].score;
                REQUIRE(
                    (prev.tier > e.score.tier || (prev.tier == e.score.tier && prev.total >= e.score.total)));
            }
            if (i >= r.scoredCount && i > r.scoredCount) {
                const Story* prev = ws.findStory(r.entries[i - 1].storyId);
                REQUIRE(prev->rank < ws.findStory(e.storyId)->rank);
            }
        }
        // The same input ranks the same way again.
        const Ranking again = ranker.rank(ctx);
        for (std::size_t i = 0; i < r.entries.size(); ++i)
            REQUIRE(again.entries[i].storyId == r.entries[i].storyId);
    }
}
