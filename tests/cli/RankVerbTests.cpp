#include "Builders.h"
#include "CliProcess.h"
#include "TempDir.h"
#include "exchange/NativeJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <set>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/// A workspace file holding test::sampleWorkspace(): under RICE, SHOP-3 scores 9600 and SHOP-4
/// 1500; SHOP-5..7 have no RICE inputs. Under WSJF only SHOP-3 is scored (4.8).
class RankSample {
public:
    RankSample() : m_path(m_dir.file("rank.storyloom")) {
        const std::string json = m_dir.file("rank.json");
        writeBytes(json, nativejson::write(sampleWorkspace()));
        const auto run = runCli({"import", "-w", m_path, json});
        INFO(run.err);
        REQUIRE(run.exitCode == 0);
    }
    CliRun run(std::vector<std::string> args) const {
        args.insert(args.end(), {"-w", m_path});
        return runCli(args);
    }
    nlohmann::ordered_json json(std::vector<std::string> args) const {
        args.emplace_back("--json");
        const auto r = run(args);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        return nlohmann::ordered_json::parse(r.out);
    }
    std::vector<std::string> rankedKeys(std::vector<std::string> args = {}) const {
        args.insert(args.begin(), "rank");
        std::vector<std::string> keys;
        const auto ranked = json(args);
        for (const auto& s : ranked["stories"])
            keys.push_back(s["key"]);
        return keys;
    }

private:
    TempDir m_dir;
    std::string m_path;
};

/// The keys of a JSON object, in order.
std::vector<std::string> keysOf(const nlohmann::ordered_json& object) {
    std::vector<std::string> keys;
    for (auto it = object.begin(); it != object.end(); ++it)
        keys.push_back(it.key());
    return keys;
}

bool isStringOrNull(const nlohmann::ordered_json& j) {
    return j.is_string() || j.is_null();
}

/// The value column of `setting` in the table `scoring --show` prints ("" when it is not listed).
std::string shownValue(const std::string& out, const std::string& setting) {
    for (const auto& line : lines(out))
        if (line.rfind(setting + " ", 0) == 0)
            return line.substr(line.find_first_not_of(' ', setting.size()));
    return {};
}

} // namespace

TEST_CASE("rank prints the backlog by RICE with unscored stories last and their reasons") {
    const RankSample sample;
    const auto r = sample.run({"rank"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto out = lines(r.out);
    REQUIRE(out.size() == 7);
    CHECK(out[0] == "Ranked by RICE: 2 scored, 3 unscored.");
    CHECK(out[1].find("Key") != std::string::npos);
    CHECK(out[2].find("SHOP-3") != std::string::npos);
    CHECK(out[2].find("9600") != std::string::npos);
    CHECK(out[3].find("SHOP-4") != std::string::npos);
    CHECK(out[3].find("1500") != std::string::npos);
    CHECK(out[4].find("SHOP-5") != std::string::npos);
    CHECK(out[4].find("unscored: missing reach, impact, confidence, effort") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("rank --json follows its documented schema") {
    const RankSample sample;
    const auto j = sample.json({"rank"});
    CHECK(keysOf(j) == std::vector<std::string>{"framework", "scored", "unscored", "stories", "warnings"});
    CHECK(j["framework"] == "rice");
    CHECK(j["scored"] == 2);
    CHECK(j["unscored"] == 3);
    CHECK(j["warnings"].is_array());
    REQUIRE(j["stories"].size() == 5);
    std::size_t position = 0;
    for (const auto& s : j["stories"]) {
        CHECK(keysOf(s) == std::vector<std::string>{"position", "key", "title", "scored", "score",
                                                    "unscoredReason", "pinnedAbove", "heldBackBy"});
        CHECK(s["position"] == ++position);
        CHECK(s["key"].is_string());
        CHECK(s["title"].is_string());
        CHECK(s["scored"].is_boolean());
        CHECK(s["score"].is_number() == s["scored"].get<bool>());
        CHECK(s["unscoredReason"].is_string() == !s["scored"].get<bool>());
        CHECK(isStringOrNull(s["pinnedAbove"]));
        CHECK(isStringOrNull(s["heldBackBy"]));
    }
    CHECK(j["stories"][0]["score"] == 9600.0);
    CHECK(j["stories"][4]["unscoredReason"] == "missing reach, impact, confidence, effort");
}

TEST_CASE("rank --top keeps the first N and --framework ranks by another framework for one run") {
    const RankSample sample;
    CHECK(sample.rankedKeys({"--top", "1"}) == std::vector<std::string>{"SHOP-3"});
    const auto wsjf = sample.json({"rank", "--framework", "wsjf"});
    CHECK(wsjf["framework"] == "wsjf");
    CHECK(wsjf["scored"] == 1);
    CHECK(wsjf["stories"][0]["score"].get<double>() == Approx(4.8));
    CHECK(sample.json({"rank"})["framework"] == "rice"); // nothing was stored
}

TEST_CASE("rank with MoSCoW shows the class of each story") {
    const RankSample sample;
    const auto j = sample.json({"rank", "--framework", "moscow"});
    REQUIRE(j["stories"].size() == 5);
    CHECK(j["stories"][0]["tierLabel"] == "Must have");
    CHECK(j["stories"][0]["key"] == "SHOP-3"); // both Musts, manual order
    CHECK(j["stories"][1]["key"] == "SHOP-6");
    CHECK(j["stories"][4]["tierLabel"] == "Won't have");
}

TEST_CASE("rank --explain prints the score term by term and what would swap it with its neighbour") {
    const RankSample sample;
    const auto r = sample.run({"rank", "--explain", "SHOP-4"});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Position: 2 of 5") != std::string::npos);
    CHECK(r.out.find("Score: 1500 (the product of the contributions)") != std::string::npos);
    CHECK(r.out.find("confidence     50     0.5") != std::string::npos);
    CHECK(r.out.find("To rank above SHOP-3:") != std::string::npos);
    CHECK(r.out.find("lower SHOP-3 reach from 12000 below 1875") != std::string::npos);

    const auto unscored = sample.run({"rank", "--explain", "SHOP-7"});
    CHECK(unscored.exitCode == 0);
    CHECK(unscored.out.find("Unscored: missing reach, impact, confidence, effort") != std::string::npos);

    const auto missing = sample.run({"rank", "--explain", "SHOP-99"});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("No story SHOP-99") != std::string::npos);
}

TEST_CASE("rank --explain --json follows its documented schema") {
    const RankSample sample;
    const auto j = sample.json({"rank", "--explain", "SHOP-3"});
    CHECK(keysOf(j) == std::vector<std::string>{"key", "title", "position", "of", "breakdown", "pinnedAbove",
                                                "heldBackBy", "swapWithAbove", "swapWithBelow"});
    const auto& b = j["breakdown"];
    CHECK(keysOf(b) == std::vector<std::string>{"framework", "scored", "total", "combination", "tier",
                                                "tierLabel", "terms", "scale", "scaleName", "missing",
                                                "reason", "notes"});
    CHECK(b["total"] == 9600.0);
    CHECK(b["combination"] == "product");
    REQUIRE(b["terms"].size() == 4);
    double product = 1;
    for (const auto& t : b["terms"]) {
        CHECK(keysOf(t) == std::vector<std::string>{"name", "input", "factor", "weight", "contribution"});
        product *= t["contribution"].get<double>();
    }
    CHECK(product == Approx(9600));
    CHECK(j["swapWithAbove"].is_null());
    const auto& below = j["swapWithBelow"];
    CHECK(below["upper"] == "SHOP-3");
    CHECK(below["lower"] == "SHOP-4");
    CHECK(below["constraint"].is_null());
    REQUIRE_FALSE(below["changes"].empty());
    for (const auto& c : below["changes"]) {
        CHECK(keysOf(c) == std::vector<std::string>{"kind", "story", "what", "from", "to", "beyond",
                                                    "fromText", "toText", "text"});
        CHECK(std::set<std::string>{"input", "weight", "class"}.count(c["kind"].get<std::string>()) == 1);
    }
}

TEST_CASE("rank --compare shows positions, moves and Kendall's tau") {
    const RankSample sample;
    const auto j = sample.json({"rank", "--compare", "rice,moscow"});
    CHECK(keysOf(j) == std::vector<std::string>{"frameworks", "stories", "kendallTau"});
    CHECK(j["frameworks"] == nlohmann::ordered_json::array({"rice", "moscow"}));
    REQUIRE(j["stories"].size() == 5);
    CHECK(j["stories"][0]["key"] == "SHOP-3");
    CHECK(j["stories"][0]["positions"]["rice"] == 1);
    CHECK(j["stories"][0]["positions"]["moscow"] == 1);
    CHECK(j["stories"][0]["moves"]["moscow"] == 0);
    CHECK(j["stories"][1]["key"] == "SHOP-4");
    CHECK(j["stories"][1]["positions"]["moscow"] == 3); // Should, below the two Musts
    CHECK(j["stories"][1]["moves"]["moscow"] == -1);
    CHECK(j["stories"][2]["positions"]["rice"].is_null());
    REQUIRE(j["kendallTau"].size() == 1);
    CHECK(j["kendallTau"][0]["a"] == "rice");
    CHECK(j["kendallTau"][0]["b"] == "moscow");
    CHECK(j["kendallTau"][0]["tau"] == 1.0); // SHOP-3 above SHOP-4 under both

    const auto text = sample.run({"rank", "--compare", "rice,moscow"});
    CHECK(text.exitCode == 0);
    CHECK(text.out.find("RICE vs MoSCoW: 1") != std::string::npos);
    const auto bad = sample.run({"rank", "--compare", "rice,rice"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("listed twice") != std::string::npos);
}

TEST_CASE("scoring changes the active framework and rank follows") {
    const RankSample sample;
    const auto set = sample.run({"scoring", "--framework", "wsjf"});
    INFO(set.err);
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.find("scoring.framework = wsjf") != std::string::npos);
    CHECK(sample.json({"rank"})["framework"] == "wsjf");
    const auto again = sample.run({"scoring", "--framework", "wsjf"});
    CHECK(again.out.find("No change") != std::string::npos);
}

TEST_CASE("scoring sets criteria and weights, and shows every setting") {
    const RankSample sample;
    const auto add = sample.run({"scoring", "--framework", "scorecard", "--criterion",
                                 "Strategic fit=min=1 max=5 weight=1", "--criterion", "Revenue=min=1 max=5",
                                 "--weight", "Revenue=3"});
    INFO(add.err);
    REQUIRE(add.exitCode == 0);
    const auto show = sample.run({"scoring", "--show"});
    CHECK(shownValue(show.out, "scoring.scorecard.criterion.Revenue") ==
          "min=1 max=5 weight=3 better=higher");
    // SHOP-3 has Strategic fit 4 and Revenue 3.5: 0.75 x 1 + 0.625 x 3 = 2.625.
    const auto j = sample.json({"rank"});
    CHECK(j["stories"][0]["key"] == "SHOP-3");
    CHECK(j["stories"][0]["score"].get<double>() == Approx(2.625));
    CHECK(j["stories"][1]["unscoredReason"] == "missing Revenue, Strategic fit");

    const auto kano = sample.run({"scoring", "--weight", "must-be=5"});
    CHECK(kano.exitCode == 0);
    CHECK(kano.out.find("scoring.kano.weight.must-be = 5") != std::string::npos);
}

TEST_CASE("scoring refuses bad values, names what is wrong and changes nothing") {
    const RankSample sample;
    const auto formula = sample.run({"scoring", "--formula", "max(reach, 2"});
    CHECK(formula.exitCode == 2);
    CHECK(formula.err.find("position 13: expected ')' after argument list") != std::string::npos);
    const auto weight = sample.run({"scoring", "--weight", "Revenue=2"});
    CHECK(weight.exitCode == 2);
    CHECK(weight.err.find("no scorecard criterion or Kano category called 'Revenue'") != std::string::npos);
    const auto setting = sample.run({"scoring", "--set", "ice.combiner=median"});
    CHECK(setting.exitCode == 2);
    CHECK(setting.err.find("scoring.ice.combiner is 'median'; use mean or product") != std::string::npos);
    const auto framework = sample.run({"scoring", "--framework", "rise"});
    CHECK(framework.exitCode == 1);
    CHECK(framework.err.find("'rise' is not a framework") != std::string::npos);
    const auto show = sample.run({"scoring"});
    CHECK(shownValue(show.out, "scoring.ice.combiner") == "mean");
    CHECK(show.out.find("scoring.formula") == std::string::npos);
}

TEST_CASE("pins and blockers set through scoring show in the ranking") {
    const RankSample sample;
    REQUIRE(sample.run({"scoring", "--set", "pins=SHOP-4 above SHOP-3"}).exitCode == 0);
    const auto j = sample.json({"rank"});
    CHECK(j["stories"][0]["key"] == "SHOP-4");
    CHECK(j["stories"][0]["pinnedAbove"] == "SHOP-3");
    const auto text = sample.run({"rank"});
    CHECK(text.out.find("pinned above SHOP-3") != std::string::npos);
    const auto pinned = sample.run({"rank", "--explain", "SHOP-4"});
    CHECK(pinned.out.find("SHOP-4 is pinned above SHOP-3; remove the pin") != std::string::npos);

    REQUIRE(sample.run({"scoring", "--unset", "pins", "--set", "pins=SHOP-9 above SHOP-3"}).exitCode == 0);
    const auto warned = sample.run({"rank"});
    CHECK(warned.exitCode == 0);
    CHECK(
        warned.err.find("Warning: The pin 'SHOP-9 above SHOP-3' does not apply: there is no story SHOP-9") !=
        std::string::npos);
}

TEST_CASE("a broken scoring setting in the file is reported by name and can be fixed with --unset") {
    const TempDir dir;
    Workspace ws = sampleWorkspace();
    ws.settings["scoring.framwork"] = "wsjf";
    const std::string json = dir.file("broken.json");
    const std::string path = dir.file("broken.storyloom");
    writeBytes(json, nativejson::write(ws));
    REQUIRE(runCli({"import", "-w", path, json}).exitCode == 0);
    const auto rank = runCli({"rank", "-w", path});
    CHECK(rank.exitCode == 2);
    CHECK(rank.err.find("There is no scoring setting called scoring.framwork") != std::string::npos);
    CHECK(rank.err.find(path) != std::string::npos);
    const auto fix = runCli({"scoring", "-w", path, "--unset", "framwork"});
    INFO(fix.err);
    CHECK(fix.exitCode == 0);
    CHECK(runCli({"rank", "-w", path}).exitCode == 0);
}

TEST_CASE("evidence-based confidence uses the pinned clock for recency") {
    const RankSample sample;
    REQUIRE(sample.run({"scoring", "--set", "evidence=on"}).exitCode == 0);
    // SHOP-3 links the interview insight of 2025-11-03 (strength 4); on 2026-01-31 it is 89 days old.
    const auto j = sample.json({"rank", "--explain", "SHOP-3"});
    const double points = 4 * 0.6 * std::pow(0.5, 89.0 / 365.0);
    const double confidence = 20 + 80 * (1 - std::pow(0.5, points / 5));
    CHECK(j["breakdown"]["terms"][2]["input"].get<double>() == Approx(confidence));
    CHECK(j["breakdown"]["notes"][0].get<std::string>().find("comes from 1 linked insight") !=
          std::string::npos);
}
