#include "Builders.h"
#include "CliProcess.h"
#include "TempDir.h"
#include "exchange/NativeJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/// A workspace file holding test::sampleWorkspace(): SHOP-3..SHOP-7 in that rank order, SHOP-3..5
/// in epic SHOP-1, SHOP-6..7 in SHOP-2.
class SampleFile {
public:
    SampleFile() : m_path(m_dir.file("sample.storyloom")) {
        const std::string json = m_dir.file("sample.json");
        writeBytes(json, nativejson::write(sampleWorkspace()));
        const auto run = runCli({"import", "-w", m_path, json});
        INFO(run.err);
        REQUIRE(run.exitCode == 0);
    }
    const std::string& path() const { return m_path; }
    CliRun run(std::vector<std::string> args) const {
        args.insert(args.end(), {"-w", m_path});
        return runCli(args);
    }
    nlohmann::json json(std::vector<std::string> args) const {
        args.emplace_back("--json");
        const auto r = run(args);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return nlohmann::json::parse(r.out);
    }
    std::vector<std::string> listedKeys(std::vector<std::string> args) const {
        std::vector<std::string> keys;
        args.insert(args.begin(), "list");
        for (const auto& s : json(args))
            keys.push_back(s["key"]);
        return keys;
    }

private:
    TempDir m_dir;
    std::string m_path;
};

using Keys = std::vector<std::string>;

} // namespace

TEST_CASE("list prints the stories in rank order as an aligned table") {
    const SampleFile file;
    const auto run = file.run({"list"});
    REQUIRE(run.exitCode == 0);
    const auto rows = lines(run.out);
    REQUIRE(rows.size() == 6);
    const std::string& header = rows[0];
    for (const char* column : {"#", "Key", "Status", "Pts", "MoSCoW", "Title", "Epic"})
        CHECK(header.find(column) != std::string::npos);
    CHECK(rows[1].find("SHOP-3") != std::string::npos);
    CHECK(rows[5].find("SHOP-7") != std::string::npos);
    // Columns line up: each row's title starts under "Title" and its epic under "Epic".
    const auto titleAt = header.find("Title");
    const auto epicAt = header.find("Epic");
    CHECK(rows[1].substr(titleAt, 21) == "Pay with a saved card");
    CHECK(rows[1].substr(epicAt) == "SHOP-1");
    CHECK(rows[4].substr(titleAt, 16) == "Two-step sign-in");
    CHECK(rows[4].substr(epicAt) == "SHOP-2");
    CHECK(rows[1].find("Ready") != std::string::npos);
    CHECK(rows[1].find("Must") != std::string::npos);
    CHECK(rows[3].find("  -  ") != std::string::npos); // SHOP-5 is not estimated
}

TEST_CASE("list --json prints an array with stable field names") {
    const SampleFile file;
    const auto stories = file.json({"list"});
    REQUIRE(stories.size() == 5);
    const auto& first = stories[0];
    std::vector<std::string> fields;
    for (const auto& [name, value] : first.items())
        fields.push_back(name);
    std::sort(fields.begin(), fields.end());
    CHECK(fields == Keys{"epic", "key", "labels", "moscow", "points", "rank", "status", "title"});
    CHECK(first["key"] == "SHOP-3");
    CHECK(first["title"] == "Pay with a saved card");
    CHECK(first["epic"] == "SHOP-1");
    CHECK(first["status"] == "ready");
    CHECK(first["points"] == 5);
    CHECK(first["moscow"] == "must");
    CHECK(first["labels"] == nlohmann::json::array({"payments", "ui"}));
    CHECK(first["rank"] == sampleWorkspace().stories[0].rank);
    CHECK(stories[2]["points"].is_null());
}

TEST_CASE("list filters by epic, status and label, and --limit keeps the first stories") {
    const SampleFile file;
    CHECK(file.listedKeys({"--epic", "SHOP-2"}) == Keys{"SHOP-6", "SHOP-7"});
    CHECK(file.listedKeys({"--status", "in-progress"}) == Keys{"SHOP-6"});
    CHECK(file.listedKeys({"--status", "Won't do"}) == Keys{"SHOP-7"});
    CHECK(file.listedKeys({"--label", "payments"}) == Keys{"SHOP-3", "SHOP-4"});
    CHECK(file.listedKeys({"--label", "payments", "--epic", "SHOP-1", "--status", "refined"}) ==
          Keys{"SHOP-4"});
    CHECK(file.listedKeys({"--limit", "2"}) == Keys{"SHOP-3", "SHOP-4"});
    CHECK(file.listedKeys({"--epic", "SHOP-1", "--limit", "1"}) == Keys{"SHOP-3"});
    CHECK(file.listedKeys({"--label", "no-such-label"}).empty());
    CHECK(file.run({"list", "--label", "no-such-label"}).out == "No stories match.\n");
}

TEST_CASE("list rejects a bad status or limit as usage errors and an unknown epic as a data error") {
    const SampleFile file;
    const auto status = file.run({"list", "--status", "finished"});
    CHECK(status.exitCode == 1);
    CHECK(status.err.find("'finished'") != std::string::npos);
    CHECK(file.run({"list", "--limit", "0"}).exitCode == 1);
    CHECK(file.run({"list", "--limit", "ten"}).exitCode == 1);
    const auto epic = file.run({"list", "--epic", "SHOP-99"});
    CHECK(epic.exitCode == 2);
    CHECK(epic.err.find("SHOP-99") != std::string::npos);
    CHECK(epic.err.find("sample.storyloom") != std::string::npos);
}

TEST_CASE("show prints the user story, numbered criteria, links and inputs") {
    const SampleFile file;
    const auto run = file.run({"show", "SHOP-3"});
    REQUIRE(run.exitCode == 0);
    const std::string& out = run.out;
    CHECK(out.rfind("SHOP-3  Pay with a saved card\n", 0) == 0);
    CHECK(out.find("As a returning shopper\nI want to pay with a card I saved before\nSo that checkout takes "
                   "seconds\n") != std::string::npos);
    CHECK(out.find("Epic:        SHOP-1  Checkout revamp") != std::string::npos);
    CHECK(out.find("Release:     Spring release") != std::string::npos);
    CHECK(out.find("Labels:      payments, ui") != std::string::npos);
    CHECK(out.find("  1. [ ] Given I have a saved card\n"
                   "         When  I reach the payment step\n"
                   "         Then  my newest card is preselected\n") != std::string::npos);
    CHECK(out.find("  2. [x] Each saved card has an accessible name with brand and last four digits  "
                   "(Accessibility, WCAG 4.1.2)") != std::string::npos);
    CHECK(out.find("  3. [ ] The card list renders within 200 ms  (Performance)") != std::string::npos);
    CHECK(out.find("Maya - Busy parent") != std::string::npos);
    CHECK(out.find("Saved cards are expected (Interview, strength 4)") != std::string::npos);
    CHECK(out.find("Blocks:      SHOP-4") != std::string::npos);
    CHECK(out.find("reach 12000, impact 2, confidence 80, effort 2") != std::string::npos);
    CHECK(out.find("kanoFunctional like, kanoDysfunctional dislike") != std::string::npos);

    const auto blocked = file.run({"show", "SHOP-4"});
    CHECK(blocked.out.find("Blocked by:  SHOP-3") != std::string::npos);
    CHECK(blocked.out.find("confidence 50") != std::string::npos);
    CHECK(blocked.out.find("iceImpact -") != std::string::npos);
}

TEST_CASE("show --json prints the whole story") {
    const SampleFile file;
    const auto s = file.json({"show", "SHOP-3"});
    CHECK(s["key"] == "SHOP-3");
    CHECK(s["asA"] == "returning shopper");
    CHECK(s["epic"] == "SHOP-1");
    CHECK(s["release"] == "Spring release");
    REQUIRE(s["criteria"].size() == 3);
    CHECK(s["criteria"][0]["format"] == "given-when-then");
    CHECK(s["criteria"][0]["then"] == "my newest card is preselected");
    CHECK(s["criteria"][1]["kind"] == "accessibility");
    CHECK(s["criteria"][1]["wcag"] == "4.1.2");
    CHECK(s["criteria"][1]["done"] == true);
    CHECK(s["personas"][0]["name"] == "Maya");
    CHECK(s["insights"][0]["title"] == "Saved cards are expected");
    CHECK(s["blocks"] == nlohmann::json::array({"SHOP-4"}));
    CHECK(s["inputs"]["reach"] == 12000);
    CHECK(s["inputs"]["kanoDysfunctional"] == "dislike");
    CHECK(s["inputs"]["scorecard"]["Revenue"] == 3.5);
    CHECK(file.json({"show", "SHOP-5"})["inputs"]["reach"].is_null());
}

TEST_CASE("show of an unknown key is a data error naming the key and the file") {
    const SampleFile file;
    const auto run = file.run({"show", "SHOP-999"});
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err == "Error: No story SHOP-999 in " + file.path() + ".\n");
    CHECK(file.run({"show"}).exitCode == 1);
    const auto epic = file.run({"show", "SHOP-1"});
    CHECK(epic.exitCode == 2);
    CHECK(epic.err.find("SHOP-1 in " + file.path() + " is an epic") != std::string::npos);
    CHECK(epic.err.find("list --epic SHOP-1") != std::string::npos);
}

TEST_CASE("add-story prints the new key and the story is ranked last") {
    const SampleFile file;
    const auto run =
        file.run({"add-story",
                  "--title",
                  "Reorder a past order",
                  "--epic",
                  "SHOP-2",
                  "--as-a",
                  "returning shopper",
                  "--i-want",
                  "to repeat an order",
                  "--so-that",
                  "the weekly shop takes a minute",
                  "--points",
                  "3",
                  "--status",
                  "ready",
                  "--moscow",
                  "should",
                  "--label",
                  "mobile",
                  "--label",
                  "web,mobile",
                  "--criterion",
                  "Given I have a past order When I choose Reorder Then its items are in my basket",
                  "--criterion",
                  "The button has an accessible name"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "SHOP-8\n");
    CHECK(file.listedKeys({}).back() == "SHOP-8");

    const auto s = file.json({"show", "SHOP-8"});
    CHECK(s["title"] == "Reorder a past order");
    CHECK(s["epic"] == "SHOP-2");
    CHECK(s["iWant"] == "to repeat an order");
    CHECK(s["points"] == 3);
    CHECK(s["status"] == "ready");
    CHECK(s["moscow"] == "should");
    CHECK(s["labels"] == nlohmann::json::array({"mobile", "web"}));
    REQUIRE(s["criteria"].size() == 2);
    CHECK(s["criteria"][0]["given"] == "I have a past order");
    CHECK(s["criteria"][0]["when"] == "I choose Reorder");
    CHECK(s["criteria"][0]["then"] == "its items are in my basket");
    CHECK(s["criteria"][1]["text"] == "The button has an accessible name");
    CHECK(s["createdAt"] == "2026-01-31T09:00:00.000Z");
}

TEST_CASE("add-story checks its values before writing anything") {
    const SampleFile file;
    const auto points = file.run({"add-story", "--title", "T", "--points", "4"});
    CHECK(points.exitCode == 2);
    CHECK(points.err.find("points must be one of 0, 1, 2, 3, 5, 8, 13, 21") != std::string::npos);
    const auto epic = file.run({"add-story", "--title", "T", "--epic", "SHOP-42"});
    CHECK(epic.exitCode == 2);
    CHECK(epic.err.find("SHOP-42") != std::string::npos);
    CHECK(file.run({"add-story", "--points", "3"}).exitCode == 1);
    CHECK(file.run({"add-story", "--title", " "}).exitCode == 2);
    CHECK(file.listedKeys({}).size() == 5);
}

TEST_CASE("set then show reflects each kind of field") {
    const SampleFile file;
    auto set = [&](const std::string& key, const std::string& field, const std::string& value) {
        const auto run = file.run({"set", key, field, value});
        INFO(field << " = " << value << ": " << run.err);
        CHECK(run.exitCode == 0);
    };
    set("SHOP-5", "title", "Announce coupon errors politely");
    set("SHOP-5", "as-a", "screen-reader user");
    set("SHOP-5", "i-want", "to hear coupon errors");
    set("SHOP-5", "so-that", "I can fix them");
    set("SHOP-5", "description", "Line one\nLine two");
    set("SHOP-5", "status", "in progress");
    set("SHOP-5", "points", "13");
    set("SHOP-5", "moscow", "must");
    set("SHOP-5", "epic", "SHOP-2");
    set("SHOP-5", "labels", "a11y, forms ,checkout");
    const auto s = file.json({"show", "SHOP-5"});
    CHECK(s["title"] == "Announce coupon errors politely");
    CHECK(s["asA"] == "screen-reader user");
    CHECK(s["iWant"] == "to hear coupon errors");
    CHECK(s["soThat"] == "I can fix them");
    CHECK(s["description"] == "Line one\nLine two");
    CHECK(s["status"] == "in-progress");
    CHECK(s["points"] == 13);
    CHECK(s["moscow"] == "must");
    CHECK(s["epic"] == "SHOP-2");
    CHECK(s["labels"] == nlohmann::json::array({"a11y", "forms", "checkout"}));
    CHECK(s["criteria"].size() == 1); // untouched

    set("SHOP-5", "points", "none");
    set("SHOP-5", "epic", "none");
    const auto cleared = file.json({"show", "SHOP-5"});
    CHECK(cleared["points"].is_null());
    CHECK(cleared["epic"].is_null());
    CHECK(file.run({"show", "SHOP-5"}).out.find("Points:      not estimated") != std::string::npos);
}

TEST_CASE("set accepts every scoring input by its name and none clears it") {
    const SampleFile file;
    const std::vector<std::pair<std::string, nlohmann::json>> inputs = {{"reach", 2500},
                                                                        {"impact", 0.5},
                                                                        {"confidence", 80},
                                                                        {"effort", 1.5},
                                                                        {"iceImpact", 7},
                                                                        {"iceConfidence", 6},
                                                                        {"iceEase", 9},
                                                                        {"businessValue", 13},
                                                                        {"timeCriticality", 20},
                                                                        {"riskReduction", 1},
                                                                        {"jobSize", 8},
                                                                        {"value", 10},
                                                                        {"valueEffort", 1},
                                                                        {"kanoFunctional", "expect"},
                                                                        {"kanoDysfunctional", "tolerate"}};
    for (const auto& [name, value] : inputs) {
        const std::string text = value.is_string() ? value.get<std::string>() : value.dump();
        const auto run = file.run({"set", "SHOP-6", name, text});
        INFO(name << ": " << run.err);
        CHECK(run.exitCode == 0);
    }
    const auto s = file.json({"show", "SHOP-6"});
    for (const auto& [name, value] : inputs) {
        CAPTURE(name);
        CHECK(s["inputs"][name] == value);
    }
    for (const auto& [name, value] : inputs)
        CHECK(file.run({"set", "SHOP-6", name, "none"}).exitCode == 0);
    const auto cleared = file.json({"show", "SHOP-6"});
    for (const auto& [name, value] : inputs) {
        CAPTURE(name);
        CHECK(cleared["inputs"][name].is_null());
    }
}

TEST_CASE("set rejects values that break a rule, stating the rule, and changes nothing") {
    const SampleFile file;
    const std::string before = file.run({"show", "SHOP-3", "--json"}).out;
    const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
        {"points", "4", "points must be one of 0, 1, 2, 3, 5, 8, 13, 21"},
        {"points", "five", "points must be one of 0, 1, 2, 3, 5, 8, 13, 21"},
        {"status", "finished", "status must be one of draft, refined, ready, in-progress, done, wont-do"},
        {"moscow", "maybe", "moscow must be one of must, should, could, wont"},
        {"impact", "4", "impact must be one of 3, 2, 1, 0.5, 0.25"},
        {"confidence", "120", "confidence must be a percentage from 0 to 100"},
        {"effort", "0.1", "effort must be at least 0.5"},
        {"reach", "-3", "reach must be a number of zero or more"},
        {"iceEase", "11", "iceEase must be a whole number from 1 to 10"},
        {"jobSize", "4", "jobSize must be one of 1, 2, 3, 5, 8, 13, 20"},
        {"kanoFunctional", "love", "kanoFunctional must be one of like, expect, neutral, tolerate, dislike"},
        {"title", "", "title must not be empty"},
        {"epic", "SHOP-77", "No epic SHOP-77 in"}};
    for (const auto& [field, value, rule] : cases) {
        CAPTURE(field, value);
        const auto run = file.run({"set", "SHOP-3", field, value});
        CHECK(run.exitCode == 2);
        CHECK(run.err.find(rule) != std::string::npos);
        CHECK(run.err.find(field == "epic" ? "SHOP-77" : "SHOP-3") != std::string::npos);
    }
    CHECK(file.run({"show", "SHOP-3", "--json"}).out == before);
}

TEST_CASE("set on an unknown story is a data error, an unknown field or missing value a usage error") {
    const SampleFile file;
    const auto unknownKey = file.run({"set", "SHOP-404", "title", "Lost"});
    CHECK(unknownKey.exitCode == 2);
    CHECK(unknownKey.err.find("No story SHOP-404 in") != std::string::npos);
    const auto unknownField = file.run({"set", "SHOP-3", "colour", "red"});
    CHECK(unknownField.exitCode == 1);
    CHECK(unknownField.err.find("'colour'") != std::string::npos);
    CHECK(file.run({"set", "SHOP-3", "title"}).exitCode == 1);
}

TEST_CASE("hostile text stays intact in JSON and cannot break the table") {
    const SampleFile file;
    const auto& hostile = hostileStrings();
    for (std::size_t i = 0; i + 1 < hostile.size(); ++i) {
        const auto run = file.run({"set", "SHOP-3", "title", hostile[i]});
        INFO(i << ": " << run.err);
        REQUIRE(run.exitCode == 0);
        CHECK(file.json({"show", "SHOP-3"})["title"] == hostile[i]);
        const auto table = file.run({"list"});
        CHECK(lines(table.out).size() == 6); // one line per story, whatever the title holds
        CHECK(std::none_of(table.out.begin(), table.out.end(), [](char c) {
            return (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == 0x7f;
        }));
    }
    // A very long title is cut in the table, kept whole in JSON.
    REQUIRE(file.run({"set", "SHOP-3", "title", hostile.back()}).exitCode == 0);
    const auto rows = lines(file.run({"list"}).out);
    CHECK(rows[1].size() < 200);
    CHECK(rows[1].find("\xE2\x80\xA6") != std::string::npos);
    CHECK(file.json({"show", "SHOP-3"})["title"] == hostile.back());
}
