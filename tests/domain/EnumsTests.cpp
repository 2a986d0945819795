#include "domain/Enums.h"

#include <catch2/catch.hpp>

using namespace storyloom;

TEST_CASE("enum identifiers round-trip and accept loose spellings") {
    for (auto s : {StoryStatus::Draft, StoryStatus::Refined, StoryStatus::Ready, StoryStatus::InProgress,
                   StoryStatus::Done, StoryStatus::WontDo})
        CHECK(parseStoryStatus(toId(s)) == s);
    CHECK(parseStoryStatus("In progress") == StoryStatus::InProgress);
    CHECK(parseStoryStatus("in_progress") == StoryStatus::InProgress);
    CHECK(parseStoryStatus("Won't do") == StoryStatus::WontDo);
    CHECK_FALSE(parseStoryStatus("finished"));
    CHECK(parseMoscow("Must") == Moscow::Must);
    CHECK(parseMoscow("must have") == Moscow::Must);
    CHECK(parseInsightSource("A/B test") == InsightSource::AbTest);
    CHECK(parseInsightSource("usability test") == InsightSource::UsabilityTest);
    CHECK(parseKanoAnswer("dislike") == KanoAnswer::Dislike);
    CHECK(label(Horizon::Next) == "Next");
}
