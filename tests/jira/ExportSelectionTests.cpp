#include "ExportTestSupport.h"

#include "exchange/ExchangeError.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::jira;

namespace {

std::vector<std::string> keys(const std::vector<const Story*>& stories) {
    std::vector<std::string> out;
    for (const Story* s : stories)
        out.push_back(s->key);
    return out;
}

} // namespace

TEST_CASE("everything selects every epic and every story in backlog order") {
    const Workspace ws = test::demoWorkspace();
    const Selected all = resolve(ws, Selection::everything());
    CHECK(all.epics.size() == ws.epics.size());
    CHECK(keys(all.stories) == keys(ws.storiesInRankOrder()));
}

TEST_CASE("one epic selects that epic and its stories") {
    const Workspace ws = test::demoWorkspace();
    const Epic& epic = ws.epics[1];
    const Selected one = resolve(ws, Selection::epic(epic.key));
    REQUIRE(one.epics.size() == 1);
    CHECK(one.epics[0]->key == epic.key);
    CHECK_FALSE(one.stories.empty());
    for (const Story* s : one.stories)
        CHECK(s->epicId == epic.id);
    CHECK_THROWS_AS(resolve(ws, Selection::epic("BASK-999")), ExchangeError);
}

TEST_CASE("a release selects its stories and their epics") {
    const Workspace ws = test::demoWorkspace();
    const Release& release = ws.releases.front();
    const Selected sel = resolve(ws, Selection::release(release.name));
    CHECK_FALSE(sel.stories.empty());
    for (const Story* s : sel.stories) {
        CHECK(s->releaseId == release.id);
        if (s->epicId)
            CHECK(sel.epicOf(*s) != nullptr);
    }
    CHECK_THROWS_WITH(resolve(ws, Selection::release("Never")), Catch::Contains("\"Never\""));
}

TEST_CASE("a saved filter selects the stories its facets match") {
    Workspace ws = test::demoWorkspace();
    const Epic& epic = ws.epics.front();
    ws.settings["backlog.filter.Checkout done"] =
        R"({"version":1,"text":"CARD","epics":[)" + std::to_string(epic.id) +
        R"(],"statuses":["done"],"labels":[],"personas":[],"releases":[],"readiness":"any"})";
    const Selected sel = resolve(ws, Selection::filter("Checkout done"));
    CHECK_FALSE(sel.stories.empty());
    for (const Story* s : sel.stories) {
        CHECK(s->epicId == epic.id);
        CHECK(s->status == StoryStatus::Done);
    }
    CHECK(std::find(keys(sel.stories).begin(), keys(sel.stories).end(), "BASK-9") != keys(sel.stories).end());
    ws.settings["backlog.filter.Ready only"] = R"({"version":1,"readiness":"ready"})";
    CHECK_THROWS_WITH(resolve(ws, Selection::filter("Ready only")), Catch::Contains("readiness"));
    CHECK_THROWS_WITH(resolve(ws, Selection::filter("Missing")), Catch::Contains("\"Missing\""));
}

TEST_CASE("an explicit list selects those stories, with or without their epics") {
    const Workspace ws = test::demoWorkspace();
    const Story& s = *ws.findStory("BASK-9");
    CHECK(resolve(ws, Selection::stories({s.id})).epics.size() == 1);
    const Selected bare = resolve(ws, Selection::stories({s.id}, false));
    CHECK(bare.epics.empty());
    CHECK(keys(bare.stories) == std::vector<std::string>{"BASK-9"});
    CHECK_THROWS_AS(resolve(ws, Selection::stories({999999})), ExchangeError);
}

TEST_CASE("exporting to disk writes every file or none") {
    test::TempDir dir;
    const Workspace ws = test::generatedWorkspace(2, 1000, 0);
    const auto written = exportToFiles(ws, test::exportRequest(), Format::Json, dir.file("out.json"));
    CHECK(written == std::vector<std::string>{dir.file("out.json"), dir.file("out-2.json")});
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir.path()))
        ++entries;
    CHECK(entries == 2); // no temporaries left behind
    CHECK(nlohmann::json::parse(test::readBytes(dir.file("out-2.json")))["projects"][0]["issues"].size() ==
          1001);

    const auto rest = exportToFiles(ws, test::exportRequest(), Format::Rest, dir.file("rest/new"));
    CHECK(rest.back() == dir.file("rest/new/manifest.json"));
    CHECK(std::filesystem::exists(dir.file("rest/new/batch-041.json")));

    // a folder where the second file should go: nothing is written at all
    std::filesystem::create_directory(dir.file("blocked-2.json"));
    CHECK_THROWS_AS(exportToFiles(ws, test::exportRequest(), Format::Json, dir.file("blocked.json")),
                    ExchangeError);
    CHECK_FALSE(std::filesystem::exists(dir.file("blocked.json")));
}
