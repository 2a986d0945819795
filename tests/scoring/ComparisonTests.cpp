#include "ScoringTestSupport.h"

#include "scoring/Comparison.h"
#include "scoring/KendallTau.h"
#include "scoring/ScoringError.h"

#include "domain/Rank.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <numeric>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

/// Kendall's tau by comparing every pair, to check the O(n log n) version against.
double bruteForceTau(const std::vector<Id>& a, const std::vector<Id>& b) {
    std::vector<Id> common;
    for (Id id : a)
        if (std::find(b.begin(), b.end(), id) != b.end())
            common.push_back(id);
    auto posIn = [](const std::vector<Id>& v, Id id) {
        return std::find(v.begin(), v.end(), id) - v.begin();
    };
    long long concordant = 0, discordant = 0;
    for (std::size_t i = 0; i < common.size(); ++i)
        for (std::size_t j = i + 1; j < common.size(); ++j) {
            const auto da = posIn(a, common[i]) - posIn(a, common[j]);
            const auto db = posIn(b, common[i]) - posIn(b, common[j]);
            (da * db > 0 ? concordant : discordant)++;
        }
    return static_cast<double>(concordant - discordant) / static_cast<double>(concordant + discordant);
}

} // namespace

TEST_CASE("Kendall's tau is 1 for the same order, -1 for the reverse and matches the pairwise definition") {
    const std::vector<Id> order{1, 2, 3, 4, 5};
    const std::vector<Id> reversed{5, 4, 3, 2, 1};
    CHECK(kendallTau(order, order) == 1.0);
    CHECK(kendallTau(order, reversed) == -1.0);
    CHECK(*kendallTau(order, {2, 1, 3, 4, 5}) == Approx(0.8)); // one discordant pair of ten
    CHECK_FALSE(kendallTau({1}, {1}));
    CHECK_FALSE(kendallTau({1, 2}, {3, 4}));
    CHECK(*kendallTau({1, 2, 3, 9}, {3, 2, 1, 8}) == Approx(-1)); // only common stories count

    std::mt19937 rng(5);
    for (int round = 0; round < 50; ++round) {
        std::vector<Id> a(60), b(60);
        std::iota(a.begin(), a.end(), 1);
        std::iota(b.begin(), b.end(), 1);
        std::shuffle(a.begin(), a.end(), rng);
        std::shuffle(b.begin(), b.end(), rng);
        b.resize(45);
        CHECK(*kendallTau(a, b) == Approx(bruteForceTau(a, b)));
    }
}

TEST_CASE("counting inversions by merge sort matches counting every pair") {
    std::mt19937 rng(8);
    for (int n : {0, 1, 2, 3, 17, 64, 257}) {
        std::vector<std::uint32_t> values(static_cast<std::size_t>(n));
        for (auto& v : values)
            v = std::uniform_int_distribution<std::uint32_t>(0, 1000)(rng);
        std::uint64_t pairs = 0;
        for (std::size_t i = 0; i < values.size(); ++i)
            for (std::size_t j = i + 1; j < values.size(); ++j)
                pairs += values[i] > values[j] ? 1 : 0;
        std::vector<std::uint32_t> sorted = values;
        CHECK(countInversions(sorted) == pairs);
        CHECK(std::is_sorted(sorted.begin(), sorted.end()));
    }
}

TEST_CASE("Kendall's tau over 100,000 stories completes (it is O(n log n))") {
    std::vector<Id> a(100000), b(100000);
    std::iota(a.begin(), a.end(), 1);
    std::iota(b.begin(), b.end(), 1);
    std::reverse(b.begin(), b.begin() + 50000);
    const auto tau = kendallTau(a, b);
    REQUIRE(tau);
    // 50,000 reversed items: C(50000, 2) discordant pairs of C(100000, 2).
    const double discordant = 50000.0 * 49999.0 / 2.0;
    const double pairs = 100000.0 * 99999.0 / 2.0;
    CHECK(*tau == Approx(1.0 - 2.0 * discordant / pairs));
}

TEST_CASE("comparing frameworks shows each story's position under each, the moves and tau") {
    Workspace ws;
    const auto ranks = rank::evenlySpaced(4);
    // RICE order: 1, 2, 3, 4. WSJF order: 4, 3, 2, 1 (job size grows with RICE score).
    for (int i = 0; i < 4; ++i) {
        Story s = test::riceStory(i + 1, 1000.0 * (4 - i), 1, 100, 1);
        s.inputs.businessValue = 8;
        s.inputs.timeCriticality = 5;
        s.inputs.riskReduction = 3;
        s.inputs.jobSize = std::array<int, 4>{20, 13, 8, 5}[static_cast<std::size_t>(i)];
        s.rank = ranks[static_cast<std::size_t>(i)];
        ws.stories.push_back(s);
    }
    Story unscoredUnderWsjf = test::riceStory(5, 500, 1, 100, 1);
    unscoredUnderWsjf.rank = rank::between(ranks.back(), "");
    ws.stories.push_back(unscoredUnderWsjf);

    const Ranker ranker(ws);
    const Comparison c = compareFrameworks(ranker, test::context({}, ws), {Framework::Rice, Framework::Wsjf});
    REQUIRE(c.rows.size() == 5);
    CHECK(c.rows[0].storyId == 1);
    CHECK(c.rows[0].positions == std::vector<std::optional<std::size_t>>{1, 4});
    CHECK(c.rows[0].moves[1] == -3);
    CHECK(c.rows[3].storyId == 4);
    CHECK(c.rows[3].moves[1] == 3);
    CHECK(c.rows[4].storyId == 5);
    CHECK(c.rows[4].positions[0] == 5u);
    CHECK_FALSE(c.rows[4].positions[1]);
    CHECK_FALSE(c.rows[4].moves[1]);
    CHECK(*c.tau[0][1] == Approx(-1));
    CHECK(*c.tau[1][0] == Approx(-1));
    CHECK(*c.tau[0][0] == 1);
    CHECK(c.rankings.size() == 2);
}

TEST_CASE("comparing needs two different frameworks") {
    Workspace ws;
    const Ranker ranker(ws);
    CHECK_THROWS_AS(compareFrameworks(ranker, test::context(), {Framework::Rice}), ScoringError);
    CHECK_THROWS_WITH(compareFrameworks(ranker, test::context(), {Framework::Rice, Framework::Rice}),
                      "The framework rice is listed twice; compare different frameworks.");
}
