#include "app/BacklogFilter.h"
#include "app/Readiness.h"

#include <catch2/catch.hpp>

using namespace storyloom;

TEST_CASE("a backlog filter survives the round trip through its setting text") {
    BacklogFilter f;
    f.text = QStringLiteral("saved card \"quoted\" ✓");
    f.epicIds = {1, 2};
    f.statuses = {StoryStatus::Ready, StoryStatus::InProgress};
    f.labels = {QStringLiteral("payments"), QStringLiteral("a,b")};
    f.personaIds = {3};
    f.releaseIds = {4};
    f.readiness = BacklogFilter::Readiness::NotReady;
    const auto back = BacklogFilter::fromString(f.toString());
    REQUIRE(back);
    CHECK(*back == f);
    CHECK(BacklogFilter::settingName(QStringLiteral("Q3")) == QStringLiteral("backlog.filter.Q3"));
}

TEST_CASE("text that is not a saved filter is refused") {
    CHECK_FALSE(BacklogFilter::fromString(QStringLiteral("status=ready")));
    CHECK_FALSE(BacklogFilter::fromString(QStringLiteral("{\"version\":1,\"statuses\":[\"nope\"]}")));
    CHECK(BacklogFilter{}.isEmpty());
}

TEST_CASE("readiness names the first missing item") {
    Story s;
    s.status = StoryStatus::Ready;
    s.asA = "shopper";
    s.iWant = "to pay";
    s.soThat = "I get my goods";
    CHECK(firstMissingReadinessItem(s) == "no acceptance criteria");
    s.criteria.push_back(AcceptanceCriterion{});
    CHECK(firstMissingReadinessItem(s) == "not estimated");
    s.points = 3;
    CHECK(isReady(s));
    s.status = StoryStatus::Draft;
    CHECK(firstMissingReadinessItem(s) == "status is not Ready");
}
