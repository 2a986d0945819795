#include "ExportTestSupport.h"

#include "exchange/jira/JiraJsonWriter.h"

#include <catch2/catch.hpp>

#include <set>

using namespace storyloom;
using namespace storyloom::jira;
using nlohmann::json;

namespace {

const json* issueOf(const json& file, const std::string& externalId) {
    for (const json& issue : file["projects"][0]["issues"])
        if (issue["externalId"] == externalId)
            return &issue;
    return nullptr;
}

const json* customField(const json& issue, const std::string& name) {
    if (!issue.contains("customFieldValues"))
        return nullptr;
    for (const json& f : issue["customFieldValues"])
        if (f["fieldName"] == name)
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("the JSON file is ASCII without a BOM and escapes other characters as \\u") {
    Workspace ws = test::sampleWorkspace();
    ws.stories.front().title = "Größe ✓ 😀";
    const auto files = test::writeJsonFiles(ws, test::exportRequest());
    const std::string& text = files.content.at("out.json");
    CHECK(text.rfind("{", 0) == 0);
    CHECK(std::all_of(text.begin(), text.end(), [](char c) { return (c & 0x80) == 0; }));
    CHECK(text.find("Gr\\u00f6\\u00dfe \\u2713 \\ud83d\\ude00") != std::string::npos);
    const json doc = json::parse(text);
    CHECK((*issueOf(doc, externalId(ws.stories.front().key, ws.stories.front().id)))["summary"] ==
          "Größe ✓ 😀");
}

TEST_CASE("stories carry points as a float field value, priority, labels, version and dates") {
    const Workspace ws = test::demoWorkspace();
    const json doc = test::writeJsonFiles(ws, test::exportRequest()).json("out.json");
    const Story& s = *ws.findStory("BASK-9");
    const json& issue = *issueOf(doc, "9");
    CHECK(issue["issueType"] == "Story");
    CHECK(issue["summary"] == s.title);
    CHECK(issue["priority"] == "Highest"); // must
    CHECK_FALSE(issue.contains("status"));
    CHECK(issue["labels"] == json({"payments", "checkout"}));
    CHECK(issue["fixedVersions"] == json({"2026.1 Spring"}));
    CHECK(issue["created"] == "2025-09-22T09:50:00.000+0000");
    const json* points = customField(issue, "Story Points");
    REQUIRE(points);
    CHECK((*points)["fieldType"] == "com.atlassian.jira.plugin.system.customfieldtypes:float");
    CHECK((*points)["value"] == "3");
    const json* epicLink = customField(issue, "Epic Link");
    REQUIRE(epicLink);
    CHECK((*epicLink)["value"] == ws.findEpic(*s.epicId)->title);
    CHECK(issue["description"].get<std::string>().rfind("*As a* returning shopper\n*I want* ", 0) == 0);
    const json& epic = *issueOf(doc, externalId(ws.findEpic(*s.epicId)->key, 0));
    CHECK(epic["issueType"] == "Epic");
    CHECK((*customField(epic, "Epic Name"))["value"] == ws.findEpic(*s.epicId)->title);
    const json& versions = doc["projects"][0]["versions"];
    CHECK(versions[0]["name"] == "2026.1 Spring");
    CHECK(versions[0]["released"] == true); // before the fixed "today", 2026-11-30
}

TEST_CASE("statuses are written only when the profile maps them") {
    const Workspace ws = test::demoWorkspace();
    ExportRequest request = test::exportRequest();
    request.profile.statuses = {{StoryStatus::Done, "Done"}};
    const json doc = test::writeJsonFiles(ws, request).json("out.json");
    CHECK((*issueOf(doc, "9"))["status"] == "Done");
}

TEST_CASE("the parent mode links stories to epics with sub-task links, child first") {
    const Workspace ws = test::demoWorkspace();
    const json doc =
        test::writeJsonFiles(ws, test::exportRequest("Jira Cloud (team-managed)")).json("out.json");
    const json& issue = *issueOf(doc, "9");
    CHECK(customField(issue, "Epic Link") == nullptr);
    CHECK((*customField(issue, "Story point estimate"))["value"] == "3");
    const std::string epicId = externalId(ws.findEpic(*ws.findStory("BASK-9")->epicId)->key, 0);
    CHECK(std::count(doc["links"].begin(), doc["links"].end(),
                     json({{"name", "sub-task-link"}, {"sourceId", "9"}, {"destinationId", epicId}})) == 1);
}

TEST_CASE("blocking links refer to both stories by externalId") {
    const Workspace ws = test::demoWorkspace();
    const json doc = test::writeJsonFiles(ws, test::exportRequest()).json("out.json");
    std::size_t expected = 0;
    for (const Story& s : ws.stories)
        for (Id blocked : s.blocks) {
            const Story* target = ws.findStory(blocked);
            ++expected;
            CHECK(std::count(doc["links"].begin(), doc["links"].end(),
                             json({{"name", "Blocks"},
                                   {"sourceId", externalId(s.key, s.id)},
                                   {"destinationId", externalId(target->key, target->id)}})) == 1);
        }
    CHECK(expected > 0);
    CHECK(doc["links"].size() == expected);
}

TEST_CASE("externalIds are the key numbers and do not change between exports") {
    Workspace ws = test::demoWorkspace();
    const std::string first = test::writeJsonFiles(ws, test::exportRequest()).content.at("out.json");
    const json doc = json::parse(first);
    std::set<std::string> ids;
    for (const json& issue : doc["projects"][0]["issues"]) {
        const std::string id = issue["externalId"];
        CHECK(id.find_first_not_of("0123456789") == std::string::npos);
        ids.insert(id);
    }
    CHECK(ids.size() == ws.stories.size() + ws.epics.size());
    // Reordering the workspace's stories changes nothing about the ids
    std::reverse(ws.stories.begin(), ws.stories.end());
    const json again = test::writeJsonFiles(ws, test::exportRequest()).json("out.json");
    CHECK((*issueOf(again, "9"))["summary"] == (*issueOf(doc, "9"))["summary"]);
}

TEST_CASE("3,100 issues are split into files of at most 1,500 with every epic's stories beside it") {
    // 10 epics of 200 stories (groups of 201) and 1,090 stories without an epic
    const Workspace ws = test::generatedWorkspace(10, 200, 1090);
    const auto files = test::writeJsonFiles(ws, test::exportRequest(), "/x/backlog.json");
    REQUIRE(files.paths ==
            std::vector<std::string>{"/x/backlog.json", "/x/backlog-2.json", "/x/backlog-3.json"});
    std::size_t total = 0;
    std::set<std::string> seen;
    for (const std::string& path : files.paths) {
        const json doc = files.json(path);
        const json& issues = doc["projects"][0]["issues"];
        CHECK(issues.size() <= 1500);
        total += issues.size();
        std::set<std::string> epicNamesHere;
        bool storySeen = false;
        for (const json& issue : issues) {
            seen.insert(issue["externalId"].get<std::string>());
            if (issue["issueType"] == "Epic") {
                CHECK_FALSE(storySeen); // epics first in every file
                epicNamesHere.insert((*customField(issue, "Epic Name"))["value"].get<std::string>());
            } else {
                storySeen = true;
                if (const json* link = customField(issue, "Epic Link"))
                    CHECK(epicNamesHere.count((*link)["value"].get<std::string>()) == 1);
            }
        }
    }
    CHECK(total == 3100);
    CHECK(seen.size() == 3100);
    // 7 groups of 201 fill the first file (1,407); the next 3 groups start the second
    CHECK(files.json("/x/backlog.json")["projects"][0]["issues"].size() == 1407);
}

TEST_CASE("an epic with more stories than fit in one file continues in the next file") {
    const Workspace ws = test::generatedWorkspace(1, 1600, 0);
    const Selected selected = resolve(ws, Selection::everything());
    const auto plans = planJsonFiles(selected, 1500);
    REQUIRE(plans.size() == 2);
    CHECK(plans[0].epics.size() == 1);
    CHECK(plans[0].size() == 1500);
    CHECK(plans[1].epics.empty());
    CHECK(plans[1].stories.size() == 101);
    // the continuation still names the epic (by Epic Name) so Jira links it
    const auto files = test::writeJsonFiles(ws, test::exportRequest());
    const json second = files.json("out-2.json");
    CHECK((*customField(second["projects"][0]["issues"][0], "Epic Link"))["value"] == "Epic 1");
}

TEST_CASE("part names put the number before the extension") {
    CHECK(partPath("out.json", 1) == "out.json");
    CHECK(partPath("out.json", 2) == "out-2.json");
    CHECK(partPath("/a.b/export", 3) == "/a.b/export-3");
}

TEST_CASE("hostile text stays valid JSON in every Jira file and titles arrive unchanged") {
    Workspace ws = test::sampleWorkspace();
    const auto& hostile = test::hostileStrings();
    for (std::size_t i = 0; i < ws.stories.size(); ++i) {
        ws.stories[i].title = hostile[i % hostile.size()];
        ws.stories[i].description = hostile[(i + 1) % hostile.size()];
        ws.stories[i].labels = {hostile[(i + 2) % hostile.size()]};
    }
    ExportRequest request = test::exportRequest();
    request.profile.labelSpaces = LabelSpaces::Hyphenate;
    const json doc = test::writeJsonFiles(ws, request).json("out.json");
    for (const Story& s : ws.stories)
        CHECK((*issueOf(doc, externalId(s.key, s.id)))["summary"] == s.title);
    const auto rest = test::writeRestFiles(ws, request, "r");
    for (const std::string& path : rest.paths)
        CHECK_NOTHROW(rest.json(path));
}
