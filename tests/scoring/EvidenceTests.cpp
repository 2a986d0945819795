#include "ScoringTestSupport.h"

#include "scoring/EvidenceConfidence.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

Workspace withInsights(std::vector<Insight> insights) {
    Workspace ws;
    ws.insights = std::move(insights);
    return ws;
}

ScoringSettings evidenceOn(Framework framework = Framework::Rice) {
    ScoringSettings s;
    s.framework = framework;
    s.evidence.enabled = true;
    return s;
}

} // namespace

TEST_CASE("without linked evidence, confidence is the floor") {
    const auto ctx = test::context(evidenceOn());
    const EvidenceConfidence e = evidenceConfidence(test::story(1), ctx);
    CHECK(e.insightCount == 0);
    CHECK(e.points == 0);
    CHECK(e.percent == 20);
}

TEST_CASE("evidence confidence follows the documented formula to the digit") {
    // One analytics insight of strength 5 dated 30 days before today:
    // points = 5 x 0.9 x 0.5^(30/365) = 4.2508...; confidence = 20 + 80 x (1 - 0.5^(points/5)) = 55.62 %
    const Workspace ws = withInsights({{1, "Drop-off", InsightSource::Analytics, Date{2026, 5, 2}, "", 5}});
    Story s = test::story(1);
    s.insightIds = {1};
    const EvidenceConfidence e = evidenceConfidence(s, test::context(evidenceOn(), ws));
    const double points = 5 * 0.9 * std::pow(0.5, 30.0 / 365.0);
    CHECK(e.insightCount == 1);
    CHECK(e.points == Approx(points));
    CHECK(e.points == Approx(4.2508).epsilon(1e-4));
    CHECK(e.percent == Approx(20 + 80 * (1 - std::pow(0.5, points / 5))));
    CHECK(e.percent == Approx(55.622).epsilon(1e-4));
}

TEST_CASE("more, stronger, fresher and better-sourced evidence never lowers confidence") {
    const Workspace ws = withInsights({
        {1, "Old interview", InsightSource::Interview, Date{2023, 6, 1}, "", 3},
        {2, "New interview", InsightSource::Interview, Date{2026, 5, 1}, "", 3},
        {3, "A/B test", InsightSource::AbTest, Date{2026, 5, 1}, "", 3},
        {4, "Strong new interview", InsightSource::Interview, Date{2026, 5, 1}, "", 5},
        {5, "Undated ticket", InsightSource::SupportTicket, std::nullopt, "", 2},
    });
    const auto ctx = test::context(evidenceOn(), ws);
    auto confidence = [&](std::vector<Id> ids) {
        Story s = test::story(1);
        s.insightIds = std::move(ids);
        return evidenceConfidence(s, ctx).percent;
    };
    CHECK(confidence({2}) > confidence({1}));    // fresher
    CHECK(confidence({3}) > confidence({2}));    // A/B test outweighs an interview
    CHECK(confidence({4}) > confidence({2}));    // stronger
    CHECK(confidence({1, 2}) > confidence({2})); // more
    CHECK(confidence({2, 5}) > confidence({2}));
    CHECK(confidence({1, 2, 3, 4, 5}) < 100);
    CHECK(confidence({2, 2}) == confidence({2})); // linked twice counts once
    CHECK(confidence({99}) == 20);                // a dangling link is not evidence
}

TEST_CASE("with evidence on, RICE uses the derived confidence and says so") {
    const Workspace ws = withInsights({{1, "Drop-off", InsightSource::Analytics, Date{2026, 5, 2}, "", 5}});
    Story s = test::riceStory(1, 1000, 1, 100, 1);
    s.insightIds = {1};
    const Breakdown b = score(s, test::context(evidenceOn(), ws));
    REQUIRE(b.scored);
    CHECK(b.terms[2].name == "confidence");
    CHECK(b.terms[2].input == Approx(55.622).epsilon(1e-4));
    CHECK(b.total == Approx(556.22).epsilon(1e-4));
    REQUIRE(b.notes.size() == 1);
    CHECK(b.notes[0] == "confidence 55.6 % comes from 1 linked insight (4.25 evidence points); the typed "
                        "confidence 100 % is not used");
    // A story with no typed confidence is still scored: the evidence stands in for it.
    s.inputs.confidence.reset();
    CHECK(scoreValue(s, test::context(evidenceOn(), ws)).scored);
}

TEST_CASE("with evidence on, ICE confidence is the derived percentage on its 1..10 scale") {
    const Workspace ws = withInsights({{1, "Drop-off", InsightSource::Analytics, Date{2026, 5, 2}, "", 5}});
    Story s = test::story(1);
    s.insightIds = {1};
    s.inputs.iceImpact = 6;
    s.inputs.iceEase = 6;
    const Breakdown b = score(s, test::context(evidenceOn(Framework::Ice), ws));
    REQUIRE(b.scored);
    CHECK(b.terms[1].input == Approx(5.562).epsilon(1e-3));
}

TEST_CASE("evidence recency depends only on the injected today, never on a clock") {
    const Workspace ws = withInsights({{1, "Drop-off", InsightSource::Analytics, Date{2025, 6, 1}, "", 5}});
    Story s = test::story(1);
    s.insightIds = {1};
    const ScoringContext now(evidenceOn(), ws.insights, Date{2026, 6, 1});
    const ScoringContext later(evidenceOn(), ws.insights, Date{2027, 6, 1});
    CHECK(evidenceConfidence(s, now).points == Approx(5 * 0.9 * 0.5).epsilon(1e-3)); // one half-life
    CHECK(evidenceConfidence(s, later).points < evidenceConfidence(s, now).points);
    CHECK(evidenceConfidence(s, now).percent ==
          evidenceConfidence(s, ScoringContext(evidenceOn(), ws.insights, Date{2026, 6, 1})).percent);
}
