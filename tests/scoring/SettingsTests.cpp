#include "ScoringTestSupport.h"

#include "scoring/ScoringError.h"
#include "scoring/ScoringSettings.h"

#include "Builders.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

/// The message fromSettings gives for one bad setting, and checks it names the setting.
std::string errorFor(const std::string& key, const std::string& value) {
    try {
        ScoringSettings::fromSettings({{key, value}});
    } catch (const ScoringError& e) {
        CHECK(e.setting() == key);
        CHECK_THAT(e.what(), Catch::Contains(key));
        return e.what();
    }
    FAIL("no error for " << key << " = " << value);
    return {};
}

} // namespace

TEST_CASE("an empty settings map gives the documented defaults") {
    const ScoringSettings s = ScoringSettings::fromSettings({});
    CHECK(s.framework == Framework::Rice);
    CHECK(s.iceCombiner == IceCombiner::Mean);
    CHECK_FALSE(s.moscowTieBreak);
    CHECK(s.kano.mode == KanoMode::Order);
    CHECK(s.kano.weights == std::array<double, 5>{4, 3, 2, 1, 0});
    CHECK(s.scorecard.empty());
    CHECK(s.formula.empty());
    CHECK_FALSE(s.evidence.enabled);
    CHECK(s.evidence.floor == 20);
    CHECK(s.evidence.halfLifeDays == 365);
    CHECK(s.evidence.saturation == 5);
    CHECK_FALSE(s.respectBlockers);
    CHECK(s.pins.empty());
    CHECK(s == ScoringSettings{});
}

TEST_CASE("the sample workspace's settings parse, and other settings are ignored") {
    const Workspace ws = test::sampleWorkspace();
    const ScoringSettings s = ScoringSettings::fromSettings(ws.settings);
    CHECK(s.framework == Framework::Rice);
}

TEST_CASE("every scoring setting survives a round trip through the workspace settings map") {
    ScoringSettings s;
    s.framework = Framework::Scorecard;
    s.iceCombiner = IceCombiner::Product;
    s.moscowTieBreak = Framework::Wsjf;
    s.kano.mode = KanoMode::Weight;
    s.kano.base = Framework::Rice;
    s.kano.weights = {5, 2.5, 1.25, 0.5, 0};
    s.scorecard = {{"Build cost", 1, 10, 0.5, false}, {"Revenue", 0, 100, 2, true}};
    s.formula = "reach * impact / max(effort, 0.5)";
    s.evidence.enabled = true;
    s.evidence.floor = 10;
    s.evidence.halfLifeDays = 180;
    s.evidence.saturation = 3.5;
    s.evidence.undatedFactor = 0.25;
    s.evidence.sourceWeights = {0.5, 0.7, 0.9, 0.3, 0.2, 1};
    s.respectBlockers = true;
    s.pins = {{"SHOP-3", "SHOP-7"}, {"SHOP-5", "SHOP-4"}};
    const auto map = s.toSettings();
    CHECK(map.at("scoring.framework") == "scorecard");
    CHECK(map.at("scoring.scorecard.criterion.Revenue") == "min=0 max=100 weight=2 better=higher");
    CHECK(map.at("scoring.pins") == "SHOP-3 above SHOP-7; SHOP-5 above SHOP-4");
    CHECK(map.at("scoring.evidence") == "on");
    CHECK(ScoringSettings::fromSettings(map) == s);
}

TEST_CASE("toSettings writes only what differs from the defaults, and always the framework") {
    const auto map = ScoringSettings{}.toSettings();
    CHECK(map == std::map<std::string, std::string>{{"scoring.framework", "rice"}});
    ScoringSettings s;
    s.iceCombiner = IceCombiner::Product;
    CHECK(s.toSettings().size() == 2);
}

TEST_CASE("describe lists every setting with its effective value") {
    const auto all = ScoringSettings{}.describe();
    REQUIRE(all.size() >= 20);
    CHECK(all.front() == std::pair<std::string, std::string>{"scoring.framework", "rice"});
    bool sawHalfLife = false;
    for (const auto& [k, v] : all)
        if (k == "scoring.evidence.halfLifeDays") {
            sawHalfLife = true;
            CHECK(v == "365");
        }
    CHECK(sawHalfLife);
}

TEST_CASE("settings parse leniently where people type differently") {
    const auto s =
        ScoringSettings::fromSettings({{"scoring.framework", " Value_Effort "},
                                       {"scoring.evidence", "YES"},
                                       {"scoring.respectBlockers", "true"},
                                       {"scoring.moscow.tieBreak", "None"},
                                       {"scoring.pins", "SHOP-1 ABOVE SHOP-2\nSHOP-3 above SHOP-4;"}});
    CHECK(s.framework == Framework::ValueEffort);
    CHECK(s.evidence.enabled);
    CHECK(s.respectBlockers);
    CHECK_FALSE(s.moscowTieBreak);
    CHECK(s.pins == std::vector<Pin>{{"SHOP-1", "SHOP-2"}, {"SHOP-3", "SHOP-4"}});
}

TEST_CASE("unknown or bad scoring settings give an error naming the setting") {
    CHECK(errorFor("scoring.framework", "rise") ==
          "The scoring setting scoring.framework is 'rise'; use one of rice, ice, wsjf, moscow, kano, "
          "value-effort, scorecard, formula.");
    CHECK_THAT(errorFor("scoring.framwork", "rice"),
               Catch::StartsWith("There is no scoring setting called scoring.framwork"));
    CHECK_THAT(errorFor("scoring.ice.combiner", "median"), Catch::EndsWith("use mean or product."));
    CHECK_THAT(errorFor("scoring.moscow.tieBreak", "moscow"), Catch::Contains("use none, rice"));
    CHECK_THAT(errorFor("scoring.kano.base", "kano"), Catch::Contains("use none, rice"));
    CHECK_THAT(errorFor("scoring.kano.mode", "rank"), Catch::Contains("use order or weight"));
    CHECK_THAT(errorFor("scoring.kano.weight.delighter", "2"),
               Catch::Contains("no Kano category called 'delighter'"));
    CHECK_THAT(errorFor("scoring.kano.weight.must-be", "-1"), Catch::Contains("zero or more"));
    CHECK_THAT(errorFor("scoring.evidence", "maybe"), Catch::Contains("use on or off"));
    CHECK_THAT(errorFor("scoring.evidence.floor", "120"), Catch::Contains("from 0 to 100"));
    CHECK_THAT(errorFor("scoring.evidence.halfLifeDays", "0"), Catch::Contains("above 0"));
    CHECK_THAT(errorFor("scoring.evidence.saturation", "nan"), Catch::Contains("above 0"));
    CHECK_THAT(errorFor("scoring.evidence.undatedFactor", "2"), Catch::Contains("from 0 to 1"));
    CHECK_THAT(errorFor("scoring.evidence.source.podcast", "1"),
               Catch::Contains("no insight source called 'podcast'"));
    CHECK_THAT(errorFor("scoring.scorecard.criterion.Revenue", "min=5 max=1"),
               Catch::Contains("max must be above its min"));
    CHECK_THAT(errorFor("scoring.scorecard.criterion.Revenue", "weight=heavy"),
               Catch::Contains("min=1 max=5 weight=2"));
    CHECK_THAT(errorFor("scoring.scorecard.criterion.Revenue", "better=more"),
               Catch::Contains("better=higher"));
    CHECK_THAT(errorFor("scoring.scorecard.criterion. ", "min=1"), Catch::Contains("empty name"));
    CHECK_THAT(errorFor("scoring.formula", "reach * (impact"),
               Catch::Contains("does not parse: position 16: expected ')' to close the '(' at position 9"));
    CHECK_THAT(errorFor("scoring.pins", "SHOP-1 over SHOP-2"),
               Catch::Contains("should read 'KEY-A above KEY-B'"));
    CHECK_THAT(errorFor("scoring.pins", "SHOP-1 above SHOP-1"), Catch::Contains("above itself"));
}

TEST_CASE("hostile setting values give errors, never crashes") {
    for (const auto& text : test::hostileStrings()) {
        for (const std::string key :
             {"scoring.framework", "scoring.formula", "scoring.pins", "scoring.evidence.floor",
              "scoring.scorecard.criterion.X", "scoring.kano.weight.must-be"}) {
            try {
                (void)ScoringSettings::fromSettings({{key, text}});
            } catch (const ScoringError& e) {
                CHECK(e.setting() == key);
            }
        }
    }
}

TEST_CASE("a criterion spec accepts its fields in any order and fills in the defaults") {
    const auto c = parseCriterion("Reach of campaign", "better=lower, weight=3");
    CHECK(c.name == "Reach of campaign");
    CHECK(c.min == 1);
    CHECK(c.max == 5);
    CHECK(c.weight == 3);
    CHECK_FALSE(c.higherIsBetter);
    CHECK(parseCriterion("X", formatCriterion(c)) == ScorecardCriterion{"X", 1, 5, 3, false});
}
