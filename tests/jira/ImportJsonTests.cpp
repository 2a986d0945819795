#include "ImportTestSupport.h"

#include "domain/Rank.h"

#include <algorithm>

using namespace storyloom;
using namespace storyloom::test;

namespace {

const Story& story(const Workspace& ws, const std::string& title) {
    for (const auto& s : ws.stories)
        if (s.title == title)
            return s;
    FAIL("no story titled " << title);
    return ws.stories.front();
}

} // namespace

TEST_CASE("jira json: the minimal importer file becomes an epic and a story linked by Epic Link") {
    const auto result = importJson(fixture("minimal.json"));
    const Workspace& ws = result.workspace;
    CHECK(ws.projectKey == "SHOP");
    CHECK(ws.productName == "Shop");
    REQUIRE(ws.epics.size() == 1);
    REQUIRE(ws.stories.size() == 1);
    CHECK(result.epicsAdded == 1);
    CHECK(result.storiesAdded == 1);
    CHECK(ws.epics[0].key == "SHOP-1");
    CHECK(ws.epics[0].title == "Checkout revamp");
    const Story& s = ws.stories[0];
    CHECK(s.key == "SHOP-2");
    CHECK(s.title == "Pay with saved card");
    CHECK(s.points == 5);
    CHECK(s.labels == std::vector<std::string>{"payments"});
    CHECK(s.epicId == ws.epics[0].id);
    CHECK(s.createdAt == kImportTime);
    // "* card list shown" is not in Storyloom's criteria layout, so it stays description text.
    CHECK(s.criteria.empty());
    CHECK(s.description == "h3. Acceptance criteria\n* card list shown");
    CHECK(ws.nextKeyNumber == 3);
    CHECK(validate(ws).empty());
    CHECK(result.warnings.empty());
    REQUIRE(result.keys.size() == 2);
    CHECK(result.keys[1].storyloomKey == "SHOP-2");
    CHECK(result.keys[1].source == "2");
}

TEST_CASE("jira json: parents, priorities, statuses, points fields and blocks links are read") {
    const auto result = importJson(fixture("hand-written.json"));
    const Workspace& ws = result.workspace;
    CHECK(ws.projectKey == "GARDEN");
    CHECK(ws.productName == "Garden Centre");
    REQUIRE(ws.epics.size() == 1);
    REQUIRE(ws.stories.size() == 4);
    const Epic& epic = ws.epics[0];
    CHECK(epic.title == "Plant finder");
    CHECK(epic.status == EpicStatus::InProgress);
    CHECK(epic.description == "Help people pick plants; see [notes]");

    const Story& filter = story(ws, "Filter by sunlight");
    CHECK(filter.epicId == epic.id);      // Epic Link by Epic Name
    CHECK(filter.points == 3);            // "Story point estimate", a number
    CHECK(filter.moscow == Moscow::Must); // Highest
    CHECK(filter.status == StoryStatus::Done);
    CHECK(filter.labels == std::vector<std::string>{"search", "filters"});
    CHECK(filter.asA == "gardener");
    CHECK(filter.iWant == "to filter by sunlight");
    CHECK(filter.soThat == "plants survive");

    const Story& icons = story(ws, "Sunlight icons");
    CHECK(icons.epicId == epic.id);            // sub-task-link to the epic
    CHECK(icons.points == 8);                  // "8.0"
    CHECK(icons.moscow == Moscow::Wont);       // Lowest
    CHECK(icons.status == StoryStatus::Ready); // Selected for Development

    const Story& draw = story(ws, "Draw the half-shade icon");
    CHECK(draw.epicId == epic.id);        // a sub-task joins its parent's epic
    CHECK(draw.moscow == Moscow::Should); // Medium

    const Story& water = story(ws, "Watering reminders");
    CHECK_FALSE(water.epicId);
    CHECK(water.moscow == Moscow::Could);      // Low
    CHECK(water.status == StoryStatus::Draft); // an unknown status
    CHECK(filter.blocks == std::vector<Id>{water.id});
    CHECK(icons.blocks.empty()); // "Relates" is not a Storyloom link

    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0], "\"Awaiting Legal\""));
    CHECK(validate(ws).empty());
}

TEST_CASE("jira json: every issue knows the line and column it starts at") {
    const auto source = jira::readJiraJson(fixture("hand-written.json"), "h.json", {});
    REQUIRE(source.issues.size() == 5);
    CHECK(source.issues[0].line == 10);
    CHECK(source.issues[0].column == 9);
    CHECK(source.issues[0].path == "projects[0].issues[0]");
    CHECK(source.issues[1].line == 20);
    CHECK(source.issues[1].externalId == "101");
    CHECK(source.issues[0].externalId == "100"); // a number is read as its digits
}

TEST_CASE("jira json: the points field name is an option") {
    jira::ImportOptions options;
    options.pointsFields = {"Effort"};
    const std::string text = R"({"projects":[{"key":"AB","issues":[{"externalId":"1","summary":"s",
        "customFieldValues":[{"fieldName":"Story Points","value":"5"},
        {"fieldName":"Effort","value":"2"}]}]}]})";
    CHECK(importJson(text, options).workspace.stories.at(0).points == 2);
    CHECK(importJson(text).workspace.stories.at(0).points == 5);
}

TEST_CASE("jira json: the priority table is a parameter") {
    jira::ImportOptions options;
    options.priorities = {{"P1", Moscow::Must}, {"P4", Moscow::Wont}};
    const std::string text = R"({"projects":[{"key":"AB","issues":[
        {"externalId":"1","summary":"a","priority":"p1"},
        {"externalId":"2","summary":"b","priority":"Highest"}]}]})";
    const auto result = importJson(text, options);
    CHECK(result.workspace.stories.at(0).moscow == Moscow::Must);
    CHECK(result.workspace.stories.at(1).moscow == Moscow::Unset);
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0], "\"Highest\""));
}

TEST_CASE("jira json: by default priorities read back the export presets' map") {
    const std::string text = R"({"projects":[{"key":"AB","issues":[
        {"externalId":"1","summary":"a","priority":"Highest"},
        {"externalId":"2","summary":"b","priority":"High"},
        {"externalId":"3","summary":"c","priority":"Low"},
        {"externalId":"4","summary":"d","priority":"Lowest"}]}]})";
    const auto ws = importJson(text).workspace;
    CHECK(ws.stories[0].moscow == Moscow::Must);
    CHECK(ws.stories[1].moscow == Moscow::Should);
    CHECK(ws.stories[2].moscow == Moscow::Could);
    CHECK(ws.stories[3].moscow == Moscow::Wont);
}

TEST_CASE("jira json: points off the scale are rounded up with a warning naming the issue and line") {
    const std::string text = "{\"projects\":[{\"key\":\"AB\",\"issues\":[\n"
                             "{\"externalId\":\"1\",\"summary\":\"four\",\"customFieldValues\":"
                             "[{\"fieldName\":\"Story Points\",\"value\":\"4\"}]},\n"
                             "{\"externalId\":\"2\",\"summary\":\"forty\",\"customFieldValues\":"
                             "[{\"fieldName\":\"Story Points\",\"value\":40}]}]}]}";
    const auto result = importJson(text);
    CHECK(result.workspace.stories[0].points == 5);
    CHECK(result.workspace.stories[1].points == 21);
    REQUIRE(result.warnings.size() == 2);
    CHECK(contains(result.warnings[0], "\"four\""));
    CHECK(contains(result.warnings[0], "line 2"));
    CHECK(contains(result.warnings[0], "imported as 5"));
}

TEST_CASE("jira json: a story whose epic is not in the file is imported without one, with a warning") {
    const std::string text = R"({"projects":[{"key":"AB","issues":[{"externalId":"1","summary":"s",
        "customFieldValues":[{"fieldName":"Epic Link","value":"Elsewhere"}]}]}]})";
    const auto result = importJson(text);
    CHECK_FALSE(result.workspace.stories.at(0).epicId);
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0], "\"Elsewhere\""));
}

TEST_CASE("jira json: new ranks keep the file's order") {
    std::string text = R"({"projects":[{"key":"AB","issues":[)";
    for (int i = 0; i < 40; ++i)
        text += std::string(i ? "," : "") + R"({"externalId":")" + std::to_string(i) + R"(","summary":"s)" +
                std::to_string(i) + "\"}";
    text += "]}]}";
    const auto ws = importJson(text).workspace;
    const auto ordered = ws.storiesInRankOrder();
    REQUIRE(ordered.size() == 40);
    for (std::size_t i = 0; i < ordered.size(); ++i)
        CHECK(ordered[i]->title == "s" + std::to_string(i));
}
