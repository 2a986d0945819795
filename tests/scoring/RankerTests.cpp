#include "ScoringTestSupport.h"

#include "scoring/Ranker.h"

#include "Builders.h"
#include "domain/Rank.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

/// A workspace of RICE stories SHOP-1..SHOP-n in manual order 1..n with the given reach (impact 1,
/// confidence 100, effort 1, so the score is the reach); a negative reach leaves reach missing.
Workspace backlog(const std::vector<double>& reaches) {
    Workspace ws;
    ws.projectKey = "SHOP";
    const auto ranks = rank::evenlySpaced(reaches.size());
    for (std::size_t i = 0; i < reaches.size(); ++i) {
        Story s = test::riceStory(static_cast<int>(i + 1), reaches[i], 1, 100, 1);
        if (reaches[i] < 0)
            s.inputs.reach.reset();
        s.rank = ranks[i];
        ws.stories.push_back(s);
    }
    return ws;
}

std::vector<std::string> keysOf(const Workspace& ws, const Ranking& r) {
    std::vector<std::string> keys;
    for (const auto& e : r.entries)
        keys.push_back(ws.findStory(e.storyId)->key);
    return keys;
}

Ranking rankWith(const Workspace& ws, const ScoringSettings& settings) {
    return Ranker(ws).rank(test::context(settings, ws));
}

} // namespace

TEST_CASE("stories rank by the active framework's score, highest first") {
    const Workspace ws = backlog({10, 30, 20});
    const Ranking r = rankWith(ws, {});
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-2", "SHOP-3", "SHOP-1"});
    CHECK(r.scoredCount == 3);
    for (std::size_t i = 0; i < r.entries.size(); ++i)
        CHECK(r.entries[i].position == i + 1);
    CHECK(r.entries[0].score.total == 30);
}

TEST_CASE("equal scores keep the manual order, then the key") {
    Workspace ws = backlog({5, 5, 5, 9});
    std::swap(ws.stories[0].rank, ws.stories[2].rank); // manual order: SHOP-3, SHOP-2, SHOP-1, SHOP-4
    CHECK(keysOf(ws, rankWith(ws, {})) == std::vector<std::string>{"SHOP-4", "SHOP-3", "SHOP-2", "SHOP-1"});
    ws.stories[1].rank = ws.stories[0].rank; // SHOP-1 and SHOP-2 share a rank: key number decides
    CHECK(keysOf(ws, rankWith(ws, {})) == std::vector<std::string>{"SHOP-4", "SHOP-3", "SHOP-1", "SHOP-2"});
}

TEST_CASE("unscored stories are listed after the scored ones, in manual order, with the reason") {
    const Workspace ws = backlog({-1, 10, -1, 20});
    const Ranking r = rankWith(ws, {});
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-4", "SHOP-2", "SHOP-1", "SHOP-3"});
    CHECK(r.scoredCount == 2);
    CHECK(r.entries[2].position == 3);
    CHECK_FALSE(r.entries[2].score.scored);
    CHECK(r.entries[2].unscoredReason == "missing reach");
    CHECK(r.entries[0].unscoredReason.empty());
}

TEST_CASE("the sample workspace ranks its two RICE-scored stories and lists the rest as unscored") {
    const Workspace ws = test::sampleWorkspace();
    const Ranking r = rankWith(ws, ScoringSettings::fromSettings(ws.settings));
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-3", "SHOP-4", "SHOP-5", "SHOP-6", "SHOP-7"});
    CHECK(r.entries[0].score.total == Approx(9600));
    CHECK(r.entries[1].score.total == Approx(1500));
    CHECK(r.entries[2].unscoredReason == "missing reach, impact, confidence, effort");
}

TEST_CASE("MoSCoW ranking puts every Must above every Should whatever the tie-break score") {
    Workspace ws = backlog({1000, 1, 500, 2});
    ws.stories[0].moscow = Moscow::Should;
    ws.stories[1].moscow = Moscow::Must;
    ws.stories[2].moscow = Moscow::Wont;
    ws.stories[3].moscow = Moscow::Must;
    ScoringSettings s;
    s.framework = Framework::Moscow;
    s.moscowTieBreak = Framework::Rice;
    CHECK(keysOf(ws, rankWith(ws, s)) == std::vector<std::string>{"SHOP-4", "SHOP-2", "SHOP-1", "SHOP-3"});
    s.moscowTieBreak.reset(); // manual order inside each class
    CHECK(keysOf(ws, rankWith(ws, s)) == std::vector<std::string>{"SHOP-2", "SHOP-4", "SHOP-1", "SHOP-3"});
}

TEST_CASE("a pin places a story directly above another whatever their scores, and is shown as such") {
    const Workspace ws = backlog({50, 40, 30, 20, 10});
    ScoringSettings s;
    s.pins = {{"SHOP-5", "SHOP-2"}};
    const Ranking r = rankWith(ws, s);
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-1", "SHOP-5", "SHOP-2", "SHOP-3", "SHOP-4"});
    CHECK(r.entries[1].pinned);
    CHECK(r.entries[1].pinnedAbove == 2);
    CHECK_FALSE(r.entries[0].pinned);
    CHECK(r.warnings.empty());
}

TEST_CASE("chained pins stack in order above their target") {
    const Workspace ws = backlog({50, 40, 30, 20, 10});
    ScoringSettings s;
    s.pins = {{"SHOP-4", "SHOP-5"}, {"SHOP-5", "SHOP-1"}};
    CHECK(keysOf(ws, rankWith(ws, s)) ==
          std::vector<std::string>{"SHOP-4", "SHOP-5", "SHOP-1", "SHOP-2", "SHOP-3"});
}

TEST_CASE("a pin that already holds by score changes nothing") {
    const Workspace ws = backlog({50, 40, 30});
    ScoringSettings s;
    s.pins = {{"SHOP-1", "SHOP-3"}};
    CHECK(keysOf(ws, rankWith(ws, s)) == std::vector<std::string>{"SHOP-1", "SHOP-2", "SHOP-3"});
}

TEST_CASE("pins that cannot apply are reported by key, and the ranking still completes") {
    const Workspace ws = backlog({50, 40, -1});
    ScoringSettings s;
    s.pins = {{"SHOP-9", "SHOP-1"}, {"SHOP-3", "SHOP-1"}, {"SHOP-2", "SHOP-1"}, {"SHOP-1", "SHOP-2"}};
    const Ranking r = rankWith(ws, s);
    REQUIRE(r.warnings.size() == 3);
    CHECK(r.warnings[0] ==
          "The pin 'SHOP-9 above SHOP-1' does not apply: there is no story SHOP-9; remove the pin.");
    CHECK(r.warnings[1] ==
          "The pin 'SHOP-3 above SHOP-1' does not apply: SHOP-3 is unscored, and unscored stories "
          "are listed apart.");
    CHECK(r.warnings[2] == "The pin 'SHOP-1 above SHOP-2' does not apply: it contradicts the pins before it; "
                           "remove one of them.");
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-2", "SHOP-1", "SHOP-3"});
}

TEST_CASE("with blockers respected, a story never outranks a story that blocks it") {
    Workspace ws = backlog({10, 50, 40, 30});
    ws.stories[0].blocks = {2}; // SHOP-1 (score 10) blocks SHOP-2 (score 50)
    ScoringSettings s;
    CHECK(keysOf(ws, rankWith(ws, s)) == std::vector<std::string>{"SHOP-2", "SHOP-3", "SHOP-4", "SHOP-1"});
    s.respectBlockers = true;
    const Ranking r = rankWith(ws, s);
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-3", "SHOP-4", "SHOP-1", "SHOP-2"});
    CHECK(r.entries[3].heldBack);
    CHECK(r.entries[3].heldBackBy == 1);
    CHECK_FALSE(r.entries[2].heldBack);
}

TEST_CASE("held-back stories follow a chain of blockers") {
    Workspace ws = backlog({10, 20, 30, 40});
    ws.stories[0].blocks = {2}; // SHOP-1 blocks SHOP-2, which blocks SHOP-3
    ws.stories[1].blocks = {3};
    ScoringSettings s;
    s.respectBlockers = true;
    const Ranking r = rankWith(ws, s);
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-4", "SHOP-1", "SHOP-2", "SHOP-3"});
    CHECK(r.entries[2].heldBackBy == 1);
    CHECK(r.entries[3].heldBackBy == 2);
}

TEST_CASE("a loop of blockers is reported and broken at the best-scored story") {
    Workspace ws = backlog({10, 20, 30});
    ws.stories[0].blocks = {2};
    ws.stories[1].blocks = {1};
    ScoringSettings s;
    s.respectBlockers = true;
    const Ranking r = rankWith(ws, s);
    CHECK(keysOf(ws, r) == std::vector<std::string>{"SHOP-3", "SHOP-2", "SHOP-1"});
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0] ==
          "SHOP-2 is in a loop of stories blocking each other, so its place follows its score; "
          "check its blocker links.");
}

TEST_CASE("blockers involving unscored stories are ignored among the scored") {
    Workspace ws = backlog({-1, 50});
    ws.stories[0].blocks = {2};
    ScoringSettings s;
    s.respectBlockers = true;
    CHECK(keysOf(ws, rankWith(ws, s)) == std::vector<std::string>{"SHOP-2", "SHOP-1"});
}

TEST_CASE("ranking is deterministic: equal input in any storage order gives the same ranking") {
    std::mt19937 rng(11);
    Workspace ws;
    const auto ranks = rank::evenlySpaced(300);
    for (int i = 0; i < 300; ++i) {
        Story s = test::randomStory(rng, i + 1);
        s.inputs.reach = static_cast<double>(i % 7) * 100; // many exact ties
        s.rank = ranks[static_cast<std::size_t>(i)];
        if (i % 13 == 0)
            s.blocks = {static_cast<Id>((i * 7) % 300 + 1)};
        ws.stories.push_back(s);
    }
    ScoringSettings s;
    s.respectBlockers = true;
    s.pins = {{"SHOP-300", "SHOP-1"}, {"SHOP-17", "SHOP-2"}};
    const Ranking first = rankWith(ws, s);
    Workspace shuffled = ws;
    std::shuffle(shuffled.stories.begin(), shuffled.stories.end(), rng);
    const Ranking second = rankWith(shuffled, s);
    REQUIRE(first.entries.size() == second.entries.size());
    for (std::size_t i = 0; i < first.entries.size(); ++i) {
        CHECK(first.entries[i].storyId == second.entries[i].storyId);
        CHECK(first.entries[i].heldBack == second.entries[i].heldBack);
    }
}
