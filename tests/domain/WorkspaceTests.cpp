#include "Builders.h"

#include "domain/Workspace.h"

#include <catch2/catch.hpp>

using namespace storyloom;

namespace {
bool mentions(const std::vector<Problem>& problems, const std::string& fragment) {
    for (const auto& p : problems)
        if (p.message.find(fragment) != std::string::npos || p.where.find(fragment) != std::string::npos)
            return true;
    return false;
}
} // namespace

TEST_CASE("the sample workspace satisfies every invariant") {
    const auto problems = validate(test::sampleWorkspace());
    for (const auto& p : problems)
        UNSCOPED_INFO(p.where << ": " << p.message);
    CHECK(problems.empty());
}

TEST_CASE("story points must be Fibonacci") {
    for (int p : {0, 1, 2, 3, 5, 8, 13, 21})
        CHECK(isValidStoryPoints(p));
    for (int p : {-1, 4, 6, 20, 34})
        CHECK_FALSE(isValidStoryPoints(p));
    auto ws = test::sampleWorkspace();
    ws.stories[0].points = 4;
    CHECK(mentions(validate(ws), "story points"));
}

TEST_CASE("keys are unique, prefixed by the project and never ahead of the counter") {
    auto ws = test::sampleWorkspace();
    ws.stories[1].key = ws.stories[0].key;
    CHECK(mentions(validate(ws), "used twice"));
    ws = test::sampleWorkspace();
    ws.stories[0].key = "CART-3";
    CHECK(mentions(validate(ws), "project key"));
    ws = test::sampleWorkspace();
    ws.nextKeyNumber = 5;
    CHECK(mentions(validate(ws), "next key number"));
}

TEST_CASE("allocating keys never reuses a number") {
    auto ws = test::sampleWorkspace();
    CHECK(ws.allocateKey() == "SHOP-8");
    ws.stories.pop_back();
    CHECK(ws.allocateKey() == "SHOP-9");
}

TEST_CASE("references must resolve") {
    auto ws = test::sampleWorkspace();
    ws.stories[0].epicId = 99;
    ws.stories[0].personaIds.push_back(42);
    ws.stories[0].blocks.push_back(77);
    const auto problems = validate(ws);
    CHECK(mentions(problems, "epic does not exist"));
    CHECK(mentions(problems, "persona does not exist"));
    CHECK(mentions(problems, "blocks does not exist"));
}

TEST_CASE("scoring inputs are checked against each framework's scale") {
    auto ws = test::sampleWorkspace();
    ws.stories[0].inputs.impact = 4;
    ws.stories[0].inputs.jobSize = 4;
    ws.stories[0].inputs.iceEase = 11;
    ws.stories[0].inputs.confidence = 120;
    const auto problems = validate(ws);
    CHECK(mentions(problems, "impact must be"));
    CHECK(mentions(problems, "jobSize must be"));
    CHECK(mentions(problems, "iceEase must be"));
    CHECK(mentions(problems, "confidence must be"));
}

TEST_CASE("project keys follow Jira's rule") {
    CHECK(isValidProjectKey("SHOP"));
    CHECK(isValidProjectKey("AB_2"));
    CHECK_FALSE(isValidProjectKey("shop"));
    CHECK_FALSE(isValidProjectKey("S"));
    CHECK_FALSE(isValidProjectKey("2SHOP"));
    CHECK_FALSE(isValidProjectKey("VERYLONGKEY1"));
}

TEST_CASE("epics need a real date range, a colour and WCAG references that look like 1.4.3") {
    auto ws = test::sampleWorkspace();
    ws.epics[0].endDate = Date{2025, 1, 1};
    ws.epics[1].colour = "green";
    ws.stories[0].criteria[1].wcag = "1.4";
    const auto problems = validate(ws);
    CHECK(mentions(problems, "end date is before"));
    CHECK(mentions(problems, "#RRGGBB"));
    CHECK(mentions(problems, "WCAG reference"));
}

TEST_CASE("stories sort by rank then by key number") {
    auto ws = test::sampleWorkspace();
    ws.stories[3].rank = ws.stories[0].rank;
    const auto order = ws.storiesInRankOrder();
    CHECK(order[0]->key == "SHOP-3");
    CHECK(order[1]->key == "SHOP-6");
}
