#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "app/Readiness.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

using namespace storyloom;

namespace {

/// A story that passes every rule on its own (no workspace).
Story readyStory() {
    Story s;
    s.id = 10;
    s.key = "SHOP-10";
    s.status = StoryStatus::Ready;
    s.asA = "shopper";
    s.iWant = "to pay";
    s.soThat = "I get my goods";
    AcceptanceCriterion c;
    c.format = CriterionFormat::GivenWhenThen;
    c.given = "a basket";
    c.when = "I pay";
    c.then = "I see a receipt";
    s.criteria = {c};
    s.points = 3;
    s.insightIds = {1};
    return s;
}

ReadinessContext onlyRule(ReadinessRule rule, const Workspace& ws = {}) {
    ReadinessRules rules;
    rules.enabled.fill(false);
    rules.setEnabled(rule, true);
    return ReadinessContext(rules, ws);
}

const ReadinessCheck& checkOf(const ReadinessReport& report, ReadinessRule rule) {
    const auto it = std::find_if(report.checks.begin(), report.checks.end(),
                                 [&](const ReadinessCheck& c) { return c.rule == rule; });
    REQUIRE(it != report.checks.end());
    return *it;
}

} // namespace

TEST_CASE("a story that meets every rule is ready and the report lists every rule") {
    const Story s = readyStory();
    ReadinessRules all;
    all.enabled.fill(true);
    const ReadinessReport report = evaluate(s, ReadinessContext(all, Workspace{}));
    CHECK(report.checks.size() == kAllReadinessRules.size());
    CHECK(report.ready());
    CHECK(report.firstMissing().empty());
    CHECK(isReady(s, ReadinessContext(all, Workspace{})));
}

TEST_CASE("the status rule asks for status Ready") {
    Story s = readyStory();
    s.status = StoryStatus::Refined;
    const auto ctx = onlyRule(ReadinessRule::StatusReady);
    CHECK_FALSE(isReady(s, ctx));
    CHECK(firstMissingReadinessItem(s, ctx) == "status is not Ready");
}

TEST_CASE("the user-story rule names every missing part") {
    Story s = readyStory();
    s.asA.clear();
    s.soThat = "   ";
    const auto ctx = onlyRule(ReadinessRule::UserStoryParts);
    CHECK(firstMissingReadinessItem(s, ctx) == "no \"As a\", \"So that\" parts");
    s.asA = "shopper";
    CHECK(firstMissingReadinessItem(s, ctx) == "no \"So that\" part");
    s.soThat = "done";
    CHECK(isReady(s, ctx));
}

TEST_CASE("the criteria rule asks for at least one acceptance criterion") {
    Story s = readyStory();
    s.criteria.clear();
    const auto ctx = onlyRule(ReadinessRule::HasCriteria);
    CHECK(firstMissingReadinessItem(s, ctx) == "no acceptance criteria");
    s.criteria.push_back(AcceptanceCriterion{});
    CHECK(isReady(s, ctx));
}

TEST_CASE("the Given/When/Then rule names the incomplete criterion and its missing parts") {
    Story s = readyStory();
    AcceptanceCriterion freeText;
    freeText.text = "Works";
    AcceptanceCriterion half;
    half.format = CriterionFormat::GivenWhenThen;
    half.given = "a card";
    s.criteria = {freeText, half};
    const auto ctx = onlyRule(ReadinessRule::GivenWhenThenComplete);
    CHECK(firstMissingReadinessItem(s, ctx) == "criterion 2 has no \"When\", \"Then\"");
    s.criteria[1].when = "I pay";
    s.criteria[1].then = "it works";
    CHECK(isReady(s, ctx));
}

TEST_CASE("the estimate rule asks for story points") {
    Story s = readyStory();
    s.points.reset();
    const auto ctx = onlyRule(ReadinessRule::Estimated);
    CHECK(firstMissingReadinessItem(s, ctx) == "not estimated");
    s.points = 0;
    CHECK(isReady(s, ctx));
}

TEST_CASE("a story with a UI-facing label needs an accessibility criterion") {
    Story s = readyStory();
    const auto ctx = onlyRule(ReadinessRule::AccessibilityCriterion);
    CHECK(isReady(s, ctx)); // not UI-facing
    s.labels = {"payments", "UI"};
    CHECK(firstMissingReadinessItem(s, ctx) == "UI-facing but no accessibility criterion");
    AcceptanceCriterion a11y;
    a11y.kind = CriterionKind::Accessibility;
    a11y.wcag = "1.4.3";
    s.criteria.push_back(a11y);
    CHECK(isReady(s, ctx));
}

TEST_CASE("which labels are UI-facing is a setting") {
    Story s = readyStory();
    s.labels = {"screen"};
    Workspace ws;
    ws.settings = {{"readiness.uiLabels", " Screen , ui"}};
    const ReadinessRules rules = ReadinessRules::fromSettings(ws.settings);
    CHECK(rules.uiLabels == std::vector<std::string>{"screen", "ui"});
    CHECK_FALSE(isReady(s, ReadinessContext(ws)));
    CHECK(isReady(s, ReadinessContext()));
}

TEST_CASE("an open story that blocks this one makes it not ready; a done one does not") {
    Workspace ws = test::sampleWorkspace(); // SHOP-3 (id 1) blocks SHOP-4 (id 2)
    const auto ctx = onlyRule(ReadinessRule::NoOpenBlocker, ws);
    const Story& blocked = *ws.findStory("SHOP-4");
    CHECK(firstMissingReadinessItem(blocked, ctx) == "blocked by SHOP-3");
    CHECK(isReady(*ws.findStory("SHOP-3"), ctx));

    ws.findStory("SHOP-3")->status = StoryStatus::Done;
    CHECK(isReady(blocked, onlyRule(ReadinessRule::NoOpenBlocker, ws)));
    ws.findStory("SHOP-3")->status = StoryStatus::WontDo;
    CHECK(isReady(blocked, onlyRule(ReadinessRule::NoOpenBlocker, ws)));
    ws.findStory("SHOP-5")->blocks = {2};
    CHECK(firstMissingReadinessItem(blocked, onlyRule(ReadinessRule::NoOpenBlocker, ws)) ==
          "blocked by SHOP-5");
}

TEST_CASE("the evidence rule asks for a linked insight and is off unless switched on") {
    Story s = readyStory();
    s.insightIds.clear();
    CHECK(isReady(s, ReadinessContext()));
    const auto ctx = onlyRule(ReadinessRule::LinkedEvidence);
    CHECK(firstMissingReadinessItem(s, ctx) == "no linked insight");
    const ReadinessReport report = evaluate(s, ReadinessContext());
    CHECK_FALSE(checkOf(report, ReadinessRule::LinkedEvidence).enabled);
    CHECK(checkOf(report, ReadinessRule::LinkedEvidence).passed);
}

TEST_CASE("every readiness rule can be switched off in the workspace settings") {
    Story s; // fails every rule
    s.id = 99;
    s.labels = {"ui"};
    AcceptanceCriterion half;
    half.format = CriterionFormat::GivenWhenThen;
    s.criteria = {half};
    Workspace ws;
    Story blocker;
    blocker.id = 1;
    blocker.key = "SHOP-1";
    blocker.blocks = {99};
    ws.stories = {blocker};
    for (ReadinessRule rule : kAllReadinessRules)
        ws.settings[std::string(settingName(rule))] = "true";
    const ReadinessReport all = evaluate(s, ReadinessContext(ws));
    CHECK(all.missing().size() == 7);
    CHECK(checkOf(all, ReadinessRule::HasCriteria).passed); // one (incomplete) criterion
    for (ReadinessRule rule : kAllReadinessRules)
        ws.settings[std::string(settingName(rule))] = "false";
    CHECK(isReady(s, ReadinessContext(ws)));
}

TEST_CASE("readiness rules survive the round trip through their settings") {
    ReadinessRules rules;
    rules.setEnabled(ReadinessRule::StatusReady, false);
    rules.setEnabled(ReadinessRule::LinkedEvidence, true);
    rules.uiLabels = {"ui", "screen"};
    const auto settings = rules.toSettings();
    CHECK(settings.at("readiness.requireStatusReady") == "false");
    CHECK(settings.at("readiness.uiLabels") == "ui,screen");
    CHECK(ReadinessRules::fromSettings(settings) == rules);
    // An unreadable value keeps the default rather than switching a rule off by accident.
    CHECK(ReadinessRules::fromSettings({{"readiness.requireEstimate", "perhaps"}})
              .isEnabled(ReadinessRule::Estimated));
}

TEST_CASE("the document's readiness context follows settings and story edits") {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    const std::string path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
    Document doc{clock};
    REQUIRE(doc.open(QString::fromStdString(path)));
    const Story shop4 = *doc.workspace().findStory("SHOP-4");
    const auto missing = [&] {
        return firstMissingReadinessItem(*doc.workspace().findStory("SHOP-4"), doc.readinessContext());
    };
    CHECK(missing() == "status is not Ready");
    REQUIRE(doc.changeSettings(
        {{"readiness.requireStatusReady", "false"}, {"readiness.requireEvidence", "false"}}));
    CHECK(missing() == "blocked by SHOP-3");
    Story blocker = *doc.workspace().findStory("SHOP-3");
    blocker.status = StoryStatus::Done;
    REQUIRE(doc.editStory(blocker));
    CHECK(missing().empty());
    doc.undoStack()->undo();
    CHECK(missing() == "blocked by SHOP-3");
    doc.undoStack()->undo();
    CHECK(missing() == "status is not Ready");
}

TEST_CASE("readiness of a 100,000-story workspace", "[.bench]") {
    // Measures, does not assert speed: run with the tag and read the printed figures.
    const std::string path = "/tmp/bench/big.storyloom";
    FixedClock clock{1767225600000LL};
    std::unique_ptr<WorkspaceStore> store;
    try {
        store = WorkspaceStore::open(path, clock, WorkspaceStore::PageCheck::Skip);
    } catch (const StorageError&) {
        WARN("no " << path << ": generate it with storyloom-cli generate");
        return;
    }
    const Workspace ws = store->load();
    const auto t0 = std::chrono::steady_clock::now();
    const ReadinessContext context(ws);
    const auto t1 = std::chrono::steady_clock::now();
    std::size_t ready = 0;
    std::size_t messages = 0;
    for (const Story& s : ws.stories) {
        ready += isReady(s, context) ? 1 : 0;
        messages += firstMissingReadinessItem(s, context).size();
    }
    const auto t2 = std::chrono::steady_clock::now();
    const auto ms = [](auto d) { return std::chrono::duration<double, std::milli>(d).count(); };
    WARN(ws.stories.size() << " stories: context built in " << ms(t1 - t0) << " ms; isReady and the first "
                           << "missing item of every story in " << ms(t2 - t1) << " ms; " << ready
                           << " ready");
    CHECK(messages > 0);
}

TEST_CASE("a readiness setting that is neither true nor false is named, with what applies instead") {
    const std::map<std::string, std::string> settings{{"readiness.requireEstimate", "maybe"},
                                                      {"readiness.requireEvidence", "yes"},
                                                      {"readiness.requireStatusReady", "falsch"}};
    const auto problems = ReadinessRules::settingProblems(settings);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("readiness.requireStatusReady") != std::string::npos);
    CHECK(problems[0].find("\"falsch\"") != std::string::npos);
    CHECK(problems[0].find("is on as by default") != std::string::npos);
    CHECK(problems[1].find("readiness.requireEstimate") != std::string::npos);
    CHECK(ReadinessRules::settingProblems({{"readiness.requireEstimate", "off"}}).empty());
    // And the rules read from them: the unreadable ones keep their defaults, "yes" is read.
    const ReadinessRules rules = ReadinessRules::fromSettings(settings);
    CHECK(rules.isEnabled(ReadinessRule::Estimated));
    CHECK(rules.isEnabled(ReadinessRule::LinkedEvidence));
}
