#include "ImportTestSupport.h"

#include "Builders.h"
#include "domain/Rank.h"
#include "exchange/jira/JiraProfile.h"

#include <algorithm>
#include <set>

using namespace storyloom;
using namespace storyloom::test;

namespace {

const std::string kTwoIssues = R"({"projects":[{"key":"JIRA","name":"Elsewhere","issues":[
    {"externalId":"1","issueType":"Epic","summary":"Imported epic",
     "customFieldValues":[{"fieldName":"Epic Name","value":"IE"}]},
    {"externalId":"2","summary":"Imported story",
     "description":"h3. Acceptance criteria\n\n* (x) a _(Functional)_",
     "customFieldValues":[{"fieldName":"Epic Link","value":"IE"}]}]}]})";

} // namespace

TEST_CASE("merge: issues are appended to an existing workspace with fresh keys, ids and ranks") {
    const Workspace base = sampleWorkspace();
    const auto source = jira::readJiraJson(kTwoIssues, "in.json", {});
    const auto result = jira::importIssues(source, {}, base, kImportTime);
    const Workspace& ws = result.workspace;

    CHECK(ws.projectKey == base.projectKey); // the workspace keeps its project and name
    CHECK(ws.productName == base.productName);
    REQUIRE(ws.epics.size() == base.epics.size() + 1);
    REQUIRE(ws.stories.size() == base.stories.size() + 1);
    CHECK(std::equal(base.stories.begin(), base.stories.end(), ws.stories.begin())); // untouched
    CHECK(std::equal(base.epics.begin(), base.epics.end(), ws.epics.begin()));

    const Epic& epic = ws.epics.back();
    const Story& story = ws.stories.back();
    CHECK(epic.key == base.projectKey + "-" + std::to_string(base.nextKeyNumber));
    CHECK(story.key == base.projectKey + "-" + std::to_string(base.nextKeyNumber + 1));
    CHECK(ws.nextKeyNumber == base.nextKeyNumber + 2);
    CHECK(story.epicId == epic.id);
    for (const auto& s : base.stories) {
        CHECK(s.id < story.id);
        CHECK(s.rank < story.rank); // after the whole existing backlog
        for (const auto& c : s.criteria)
            CHECK(c.id < story.criteria.at(0).id);
    }
    for (const auto& e : base.epics) {
        CHECK(e.id < epic.id);
        CHECK(e.rank < epic.rank);
    }
    CHECK(validate(ws).empty());
    CHECK(result.epicsAdded == 1);
    CHECK(result.storiesAdded == 1);
}

TEST_CASE("merge: importing the same file twice gives two sets of distinct keys") {
    const auto source = jira::readJiraJson(kTwoIssues, "in.json", {});
    const auto once = jira::importIssues(source, {}, sampleWorkspace(), kImportTime);
    const auto twice = jira::importIssues(source, {}, once.workspace, kImportTime);
    std::set<std::string> keys;
    for (const auto& s : twice.workspace.stories)
        CHECK(keys.insert(s.key).second);
    for (const auto& e : twice.workspace.epics)
        CHECK(keys.insert(e.key).second);
    CHECK(validate(twice.workspace).empty());
    CHECK(twice.workspace.stories.back().epicId == twice.workspace.epics.back().id);
}

TEST_CASE("merge: a file that fails part-way leaves nothing half-imported") {
    const std::string text = R"({"projects":[{"key":"AB","issues":[{"externalId":"1","summary":"fine"},
        {"externalId":"2","summary":"bad",
         "customFieldValues":[{"fieldName":"Story Points","value":"-3"}]}]}]})";
    const Workspace base = sampleWorkspace();
    const Workspace before = base;
    CHECK_THROWS_AS(importJson(text), ExchangeError);
    const auto source = jira::SourceFile{"x.json", "", "", {jira::SourceIssue{}}};
    CHECK_THROWS_AS(jira::importIssues(source, {}, base, kImportTime), ExchangeError); // no summary
    CHECK(base == before);
}

TEST_CASE("merge: options from an export profile read back its names") {
    jira::Profile profile = jira::presets().front();
    profile.storyPointsField = "Effort";
    profile.priorities = {{Moscow::Must, "P1"}, {Moscow::Could, "P3"}};
    profile.statuses = {{StoryStatus::Refined, "Groomed"}};
    profile.criteriaLocation = jira::CriteriaLocation::CustomField;
    profile.criteriaField = "AC";
    const auto options = jira::importOptionsFor(profile);
    CHECK(options.pointsFields.front() == "Effort");
    CHECK(options.criteriaField == "AC");
    const std::string text = R"({"projects":[{"key":"AB","issues":[{"externalId":"1","summary":"s",
        "priority":"P3","status":"Groomed","customFieldValues":[{"fieldName":"Effort","value":"13"},
        {"fieldName":"AC","value":"* (/) ok _(Content)_"}]}]}]})";
    const auto ws = importJson(text, options).workspace;
    const Story& s = ws.stories.at(0);
    CHECK(s.points == 13);
    CHECK(s.moscow == Moscow::Could);
    CHECK(s.status == StoryStatus::Refined);
    REQUIRE(s.criteria.size() == 1);
    CHECK(s.criteria[0].kind == CriterionKind::Content);
}
