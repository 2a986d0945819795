#include "ExchangeTestSupport.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

using namespace storyloom;
using test::contains;

namespace {

std::string goldenSample() {
    std::ifstream in(STORYLOOM_SOURCE_DIR "/tests/exchange/data/sample-workspace.json", std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

/// The first line where two texts differ, for a readable failure.
std::string firstDifference(const std::string& a, const std::string& b) {
    std::istringstream sa(a), sb(b);
    std::string la, lb;
    for (int line = 1;; ++line) {
        const bool moreA = static_cast<bool>(std::getline(sa, la));
        const bool moreB = static_cast<bool>(std::getline(sb, lb));
        if (!moreA && !moreB)
            return "no difference";
        if (la != lb || moreA != moreB)
            return "line " + std::to_string(line) + ": [" + la + "] vs [" + lb + "]";
    }
}

std::vector<std::string> keysOf(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items())
        keys.push_back(item.key());
    return keys;
}

} // namespace

TEST_CASE("the sample workspace is written exactly as the golden file") {
    const std::string written = nativejson::write(test::sampleWorkspace());
    const std::string golden = goldenSample();
    REQUIRE_FALSE(golden.empty());
    INFO(firstDifference(written, golden));
    CHECK(written == golden);
}

TEST_CASE("members are written in the documented order") {
    const auto doc = test::sampleDocument();
    CHECK(keysOf(doc) == std::vector<std::string>{"format", "formatVersion", "workspace", "themes",
                                                  "releases", "personas", "insights", "epics", "stories"});
    CHECK(keysOf(doc["workspace"]) ==
          std::vector<std::string>{"productName", "projectKey", "nextKeyNumber", "settings"});
    CHECK(keysOf(doc["themes"][0]) == std::vector<std::string>{"id", "name", "colour"});
    CHECK(keysOf(doc["releases"][0]) == std::vector<std::string>{"id", "name", "date"});
    CHECK(keysOf(doc["personas"][0]) ==
          std::vector<std::string>{"id", "name", "role", "goals", "frustrations"});
    CHECK(keysOf(doc["insights"][0]) ==
          std::vector<std::string>{"id", "title", "source", "date", "summary", "strength"});
    CHECK(keysOf(doc["epics"][0]) == std::vector<std::string>{"id", "key", "title", "description", "theme",
                                                              "status", "colour", "horizon", "startDate",
                                                              "endDate", "targetRelease", "rank"});
    CHECK(keysOf(doc["stories"][0]) ==
          std::vector<std::string>{"id",        "key",         "epic",    "title",   "asA",    "iWant",
                                   "soThat",    "description", "status",  "points",  "moscow", "labels",
                                   "personas",  "insights",    "blocks",  "release", "rank",   "createdAt",
                                   "updatedAt", "inputs",      "criteria"});
    CHECK(keysOf(doc["stories"][0]["inputs"]) ==
          std::vector<std::string>{"reach", "impact", "confidence", "effort", "iceImpact", "iceConfidence",
                                   "iceEase", "businessValue", "timeCriticality", "riskReduction", "jobSize",
                                   "kanoFunctional", "kanoDysfunctional", "value", "valueEffort",
                                   "scorecard"});
    CHECK(keysOf(doc["stories"][0]["criteria"][0]) ==
          std::vector<std::string>{"id", "format", "text", "given", "when", "then", "kind", "wcag", "done"});
}

TEST_CASE("entities are written in id order whatever order they are held in") {
    auto ws = test::sampleWorkspace();
    std::reverse(ws.themes.begin(), ws.themes.end());
    std::reverse(ws.releases.begin(), ws.releases.end());
    std::reverse(ws.personas.begin(), ws.personas.end());
    std::reverse(ws.insights.begin(), ws.insights.end());
    std::reverse(ws.epics.begin(), ws.epics.end());
    std::rotate(ws.stories.begin(), ws.stories.begin() + 2, ws.stories.end());
    CHECK(nativejson::write(ws) == nativejson::write(test::sampleWorkspace()));
}

TEST_CASE("acceptance criteria, labels and links keep the order the story gives them") {
    auto ws = test::sampleWorkspace();
    std::reverse(ws.stories[0].criteria.begin(), ws.stories[0].criteria.end());
    ws.stories[0].labels = {"zeta", "alpha"};
    const auto doc = nlohmann::ordered_json::parse(nativejson::write(ws));
    CHECK(doc["stories"][0]["criteria"][0]["id"] == 3);
    CHECK(doc["stories"][0]["criteria"][2]["id"] == 1);
    CHECK(doc["stories"][0]["labels"] == nlohmann::ordered_json{"zeta", "alpha"});
}

TEST_CASE("the layout is two-space indented with one trailing newline") {
    const std::string text = nativejson::write(test::sampleWorkspace());
    CHECK(text.rfind(
              "{\n  \"format\": \"storyloom-workspace\",\n  \"formatVersion\": 1,\n  \"workspace\": {\n    "
              "\"productName\": \"Shop\",",
              0) == 0);
    REQUIRE(text.size() > 2);
    CHECK(text.substr(text.size() - 2) == "}\n");
    CHECK(text.find('\t') == std::string::npos);
    CHECK(contains(text, "      \"personas\": [],\n"));
    CHECK(contains(text, "      \"inputs\": {},\n"));
}

TEST_CASE("text is written as UTF-8, escaping only quotes, backslashes and control characters") {
    auto ws = test::sampleWorkspace();
    ws.stories[0].title = "Café 🧶 العربية";
    ws.stories[0].description = "say \"hi\" \\ line\nnext\ttab \x01 \x7f / end";
    const std::string text = nativejson::write(ws);
    CHECK(contains(text, "\"title\": \"Café 🧶 العربية\""));
    CHECK(contains(text, "\"description\": \"say \\\"hi\\\" \\\\ line\\nnext\\ttab \\u0001 \x7f / end\""));
    CHECK_FALSE(contains(text, "\\u00e9"));
}

TEST_CASE("ill-formed UTF-8 is written as U+FFFD so the file can always be read again") {
    auto ws = test::sampleWorkspace();
    ws.stories[0].title = "bad \xff byte and cut \xe2\x82";
    const std::string text = nativejson::write(ws);
    CHECK(contains(text, "\"title\": \"bad \xEF\xBF\xBD byte and cut \xEF\xBF\xBD\xEF\xBF\xBD\""));
    CHECK(nativejson::read(text, "t.json").stories[0].title ==
          "bad \xEF\xBF\xBD byte and cut \xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("whole numbers are written without decimals and fractions keep theirs") {
    auto ws = test::sampleWorkspace();
    auto& in = ws.stories[1].inputs;
    in.reach = 12000.0;
    in.impact = 0.25;
    in.confidence = 33.3;
    in.effort = 0.5;
    in.scorecard = {{"Big", 1e20}, {"Tiny", 1e-7}};
    const std::string text = nativejson::write(ws);
    CHECK(contains(text, "\"reach\": 12000,\n"));
    CHECK(contains(text, "\"impact\": 0.25,\n"));
    CHECK(contains(text, "\"confidence\": 33.3,\n"));
    CHECK(contains(text, "\"effort\": 0.5,\n"));
    CHECK(contains(text, "\"Big\": 1e+20,\n"));
    CHECK(contains(text, "\"Tiny\": 1e-07\n"));
    CHECK_FALSE(contains(text, ".0,"));
    CHECK(nativejson::read(text, "n.json").stories[1].inputs == in); // and every one reads back exactly
}

TEST_CASE("inputs that were not entered are left out and an empty scorecard is not written") {
    const auto doc = test::sampleDocument();
    const auto& second = doc["stories"][1]["inputs"];
    CHECK(keysOf(second) == std::vector<std::string>{"reach", "impact", "confidence", "effort"});
    CHECK(doc["stories"][2]["inputs"].empty());
}

TEST_CASE("a missing epic, release, estimate or date is written as null") {
    const auto doc = test::sampleDocument();
    CHECK(doc["stories"][2]["points"].is_null());
    CHECK(doc["stories"][1]["release"].is_null());
    CHECK(doc["epics"][1]["theme"] == 2);
    CHECK(doc["epics"][1]["startDate"].is_null());
    CHECK(doc["epics"][1]["targetRelease"].is_null());
    CHECK(doc["releases"][1]["date"].is_null());
    CHECK(doc["insights"][2]["date"].is_null());
    auto ws = test::sampleWorkspace();
    ws.stories[0].epicId.reset();
    CHECK(nlohmann::ordered_json::parse(nativejson::write(ws))["stories"][0]["epic"].is_null());
}

TEST_CASE("a value JSON cannot hold is refused with the story key instead of writing a broken file") {
    auto ws = test::sampleWorkspace();
    ws.stories[2].inputs.reach = std::nan("");
    try {
        nativejson::write(ws);
        FAIL("a NaN was written");
    } catch (const ExchangeError& e) {
        CHECK(contains(e.what(), "SHOP-5"));
        CHECK(contains(e.what(), "reach"));
    }
    ws = test::sampleWorkspace();
    ws.stories[0].createdAt = 400'000'000'000'000LL; // far beyond the year 9999
    CHECK_THROWS_WITH(nativejson::write(ws), Catch::Contains("SHOP-3") && Catch::Contains("createdAt"));
}
