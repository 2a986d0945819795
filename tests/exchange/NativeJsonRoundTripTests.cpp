#include "ExchangeTestSupport.h"

#include "exchange/AtomicFile.h"

#include <filesystem>

using namespace storyloom;
using test::contains;

namespace {

/// Every free-text field of the workspace set to `text` (keys, ranks, colours and WCAG references have
/// formats of their own and are left alone).
Workspace withEveryTextField(const std::string& text) {
    Workspace ws = test::sampleWorkspace();
    ws.productName = text;
    ws.settings[text] = text;
    for (auto& t : ws.themes)
        t.name = text;
    for (auto& r : ws.releases)
        r.name = text;
    for (auto& p : ws.personas)
        p.name = p.role = p.goals = p.frustrations = text;
    for (auto& i : ws.insights)
        i.title = i.summary = text;
    for (auto& e : ws.epics)
        e.title = e.description = text;
    for (auto& s : ws.stories) {
        s.title = s.asA = s.iWant = s.soThat = s.description = text;
        s.labels = {text, "plain"};
        s.inputs.scorecard[text] = 2.5;
        for (auto& c : s.criteria)
            c.text = c.given = c.when = c.then = text;
    }
    return ws;
}

} // namespace

TEST_CASE("the sample workspace survives export, import and export byte for byte") {
    const Workspace original = test::sampleWorkspace();
    const std::string first = nativejson::write(original);
    const Workspace back = nativejson::read(first, "sample.json");
    CHECK(back == original);
    CHECK(nativejson::write(back) == first);
}

TEST_CASE("every text field survives each hostile string byte for byte") {
    for (const auto& hostile : test::hostileStrings()) {
        INFO("hostile string starting " << hostile.substr(0, 30));
        const Workspace original = withEveryTextField(hostile);
        REQUIRE(validate(original).empty());
        const std::string first = nativejson::write(original);
        const Workspace back = nativejson::read(first, "hostile.json");
        CHECK(back == original);
        CHECK(nativejson::write(back) == first);
    }
}

TEST_CASE("the demo workspace survives import, export, import and export byte for byte") {
    const std::string path = STORYLOOM_SOURCE_DIR "/resources/demo/demo-workspace.json";
    if (!std::filesystem::exists(path)) {
        WARN("resources/demo/demo-workspace.json does not exist yet; nothing to check");
        return;
    }
    const Workspace first = nativejson::read(readFile(path), "demo-workspace.json");
    CHECK_FALSE(first.stories.empty());
    const std::string written = nativejson::write(first);
    const Workspace second = nativejson::read(written, "demo-workspace.json (rewritten)");
    CHECK(second == first);
    CHECK(nativejson::write(second) == written);
}

TEST_CASE("the example in docs/file-format.md is a valid workspace") {
    const std::string doc = readFile(STORYLOOM_SOURCE_DIR "/docs/file-format.md");
    const auto begin = doc.find("```json\n");
    REQUIRE(begin != std::string::npos);
    const auto end = doc.find("```", begin + 8);
    REQUIRE(end != std::string::npos);
    const Workspace ws = nativejson::read(doc.substr(begin + 8, end - begin - 8), "file-format.md example");
    REQUIRE(ws.stories.size() == 2);
    CHECK(ws.stories[0].criteria.size() == 2);
    CHECK(ws.stories[1].moscow == Moscow::Unset);
    CHECK(ws.stories[1].inputs == ScoringInputs{});
}

TEST_CASE("a hand-written file with keys in any order and optional keys left out gets the documented "
          "defaults") {
    const std::string text = R"({
        "stories": [{"title": "Hand written", "rank": "i", "key": "HW-2", "id": 7}],
        "epics": [{"rank": "i", "title": "An epic", "key": "HW-1", "id": 3}],
        "workspace": {"nextKeyNumber": 3, "projectKey": "HW", "productName": "Hand"},
        "formatVersion": 1,
        "format": "storyloom-workspace"
    })";
    const Workspace ws = nativejson::read(text, "hand.json");
    CHECK(ws.settings.empty());
    CHECK(ws.themes.empty());
    CHECK(ws.releases.empty());
    CHECK(ws.personas.empty());
    CHECK(ws.insights.empty());
    REQUIRE(ws.stories.size() == 1);
    const Story& s = ws.stories[0];
    CHECK(s.id == 7);
    CHECK(s.epicId == std::nullopt);
    CHECK(s.description.empty());
    CHECK(s.status == StoryStatus::Draft);
    CHECK(s.points == std::nullopt);
    CHECK(s.moscow == Moscow::Unset);
    CHECK(s.labels.empty());
    CHECK(s.blocks.empty());
    CHECK(s.inputs == ScoringInputs{});
    CHECK(s.criteria.empty());
    CHECK(s.createdAt == 0);
    REQUIRE(ws.epics.size() == 1);
    CHECK(ws.epics[0].status == EpicStatus::Proposed);
    CHECK(ws.epics[0].horizon == Horizon::Later);
    CHECK(ws.epics[0].colour == Epic{}.colour);
    CHECK(ws.epics[0].startDate == std::nullopt);
}

TEST_CASE("the loose spellings the enum parsers accept are read, and written back as stable ids") {
    auto doc = test::sampleDocument();
    doc["stories"][3]["status"] = "In Progress";
    doc["stories"][0]["moscow"] = "Must have";
    doc["epics"][0]["horizon"] = "NOW";
    doc["insights"][0]["source"] = "usability_test";
    doc["stories"][0]["criteria"][0]["format"] = "Given When Then";
    const Workspace ws = nativejson::read(test::textOf(doc), "loose.json");
    CHECK(ws.stories[3].status == StoryStatus::InProgress);
    CHECK(ws.stories[0].moscow == Moscow::Must);
    CHECK(ws.epics[0].horizon == Horizon::Now);
    CHECK(ws.insights[0].source == InsightSource::UsabilityTest);
    CHECK(ws.stories[0].criteria[0].format == CriterionFormat::GivenWhenThen);
    const std::string rewritten = nativejson::write(ws);
    CHECK(contains(rewritten, "\"source\": \"usability-test\""));
    CHECK_FALSE(contains(rewritten, "In Progress"));
}

TEST_CASE("null inputs mean not entered, like absent ones") {
    auto doc = test::sampleDocument();
    doc["stories"][1]["inputs"]["reach"] = nullptr;
    doc["stories"][1]["inputs"]["iceEase"] = nullptr;
    doc["stories"][1]["inputs"]["kanoFunctional"] = nullptr;
    const Workspace ws = nativejson::read(test::textOf(doc), "nulls.json");
    CHECK(ws.stories[1].inputs.reach == std::nullopt);
    CHECK(ws.stories[1].inputs.iceEase == std::nullopt);
    CHECK(ws.stories[1].inputs.kanoFunctional == std::nullopt);
    CHECK(ws.stories[1].inputs.impact == 1.0);
}

TEST_CASE("whole numbers written with a decimal point are read as whole numbers") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["points"] = 5.0;
    doc["stories"][0]["inputs"]["iceEase"] = 6.0;
    doc["workspace"]["nextKeyNumber"] = 8.0;
    const Workspace ws = nativejson::read(test::textOf(doc), "decimals.json");
    CHECK(ws.stories[0].points == 5);
    CHECK(ws.stories[0].inputs.iceEase == 6);
    CHECK(ws.nextKeyNumber == 8);
}

TEST_CASE("keys starting with x- are left for other tools and ignored") {
    auto doc = test::sampleDocument();
    doc["x-exportedBy"] = "a script";
    doc["stories"][0]["x-jiraId"] = 10042;
    const Workspace ws = nativejson::read(test::textOf(doc), "extras.json");
    CHECK(ws == test::sampleWorkspace());
}

TEST_CASE("a UTF-8 byte order mark at the start is accepted") {
    const Workspace ws =
        nativejson::read("\xEF\xBB\xBF" + nativejson::write(test::sampleWorkspace()), "bom.json");
    CHECK(ws == test::sampleWorkspace());
}
