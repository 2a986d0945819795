#include "ExportTestSupport.h"

#include "exchange/jira/JiraRestWriter.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::jira;
using nlohmann::json;

TEST_CASE("REST payloads come in batches of at most 50, epics before stories") {
    const Workspace ws = test::generatedWorkspace(60, 2, 5); // 60 epics, 125 stories
    const auto files = test::writeRestFiles(ws, test::exportRequest(), "out");
    REQUIRE(files.paths.size() == 2 + 3 + 1);
    CHECK(files.paths.front() == "out/batch-001.json");
    CHECK(files.paths.back() == "out/manifest.json");
    const std::vector<std::size_t> sizes{50, 10, 50, 50, 25};
    for (std::size_t b = 0; b < sizes.size(); ++b) {
        const json batch = files.json(files.paths[b]);
        const json& updates = batch["issueUpdates"];
        CHECK(updates.size() == sizes[b]);
        for (const json& u : updates) {
            CHECK(u["fields"]["project"]["key"] == "BULK");
            CHECK(u["fields"]["issuetype"]["name"] == (b < 2 ? "Epic" : "Story"));
        }
    }
}

TEST_CASE("children name their epic's key as a placeholder that the manifest resolves") {
    const Workspace ws = test::generatedWorkspace(60, 2, 0);
    const auto files = test::writeRestFiles(ws, test::exportRequest(), "out");
    const json manifest = files.json("out/manifest.json");
    CHECK(manifest["endpoint"] == "/rest/api/3/issue/bulk");
    CHECK(manifest["generatedAt"] == "2026-11-30T09:00:00.000+0000");
    const json& batches = manifest["batches"];
    REQUIRE(batches.size() == 5);
    CHECK(batches[0]["replace"].empty());
    // the third batch starts with the stories of epic 1 (created first in batch 1) and ends with epic 25's
    const json& replace = batches[2]["replace"];
    REQUIRE(replace.size() == 50);
    const Epic& first = ws.epics[0];
    CHECK(replace[0] == json({{"placeholder", first.key},
                              {"path", ".issueUpdates[0].fields.parent.key"},
                              {"createdIn", "batch-001.json"},
                              {"index", 0}}));
    CHECK(replace[49]["placeholder"] == ws.epics[24].key);
    CHECK(replace[49]["index"] == 24);
    const json batch = files.json("out/batch-003.json");
    CHECK(batch["issueUpdates"][0]["fields"]["parent"]["key"] == first.key);
    // the manifest lists each batch's issues in request order, so responses map back to stories
    CHECK(batches[2]["issues"][0] == ws.stories[0].key);
    const json& epics55 = batches[1]["issues"];
    CHECK(epics55[4] == ws.epics[54].key);
}

TEST_CASE("REST v3 issues carry ADF descriptions, numeric points, priority and labels") {
    const Workspace ws = test::demoWorkspace();
    const auto files = test::writeRestFiles(ws, test::exportRequest(), "out");
    const json manifest = files.json("out/manifest.json");
    const json batch = files.json("out/batch-002.json");
    const json& fields = batch["issueUpdates"][0]["fields"];
    CHECK(manifest["batches"][1]["issues"][0] == "BASK-9");
    CHECK(fields["summary"] == ws.findStory("BASK-9")->title);
    CHECK(fields["description"]["type"] == "doc");
    CHECK(fields["customfield_10016"] == 3);
    CHECK(fields["priority"] == json({{"name", "Highest"}}));
    CHECK(fields["labels"] == json({"payments", "checkout"}));
    CHECK_FALSE(fields.contains("status")); // a status cannot be set when creating through REST
    CHECK(manifest["links"].size() > 0);
}

TEST_CASE("Data Center REST v2 payloads use wiki markup and the Epic Link field") {
    const Workspace ws = test::demoWorkspace();
    const ExportRequest request = test::exportRequest("Jira Data Center");
    const auto files = test::writeRestFiles(ws, request, "out");
    const json manifest = files.json("out/manifest.json");
    CHECK(manifest["endpoint"] == "/rest/api/2/issue/bulk");
    const json epic = files.json("out/batch-001.json")["issueUpdates"][0]["fields"];
    CHECK(epic[request.profile.epicNameFieldId] == epic["summary"]);
    const json story = files.json("out/batch-002.json")["issueUpdates"][0]["fields"];
    CHECK(story["description"].is_string());
    CHECK(story[request.profile.epicLinkFieldId] == ws.findEpic(*ws.findStory("BASK-9")->epicId)->key);
    CHECK(manifest["batches"][1]["replace"][0]["path"] ==
          ".issueUpdates[0].fields." + request.profile.epicLinkFieldId);
}

TEST_CASE("batch files are numbered with three digits") {
    CHECK(batchFileName(1) == "batch-001.json");
    CHECK(batchFileName(120) == "batch-120.json");
}
