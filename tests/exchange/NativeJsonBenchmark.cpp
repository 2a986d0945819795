// Measures the native format on a large workspace. Hidden ([.bench]): run it by name, e.g.
//   build/tests/exchange/storyloom_exchange_tests "[.bench]"
#include "ExchangeTestSupport.h"

#include "domain/Rank.h"

#include <chrono>
#include <iostream>

using namespace storyloom;

namespace {

/// A workspace shaped like a real, large backlog: every story has the user-story parts, a description,
/// labels, links, inputs for every framework and three acceptance criteria.
Workspace largeWorkspace(std::size_t storyCount) {
    Workspace ws = test::sampleWorkspace();
    ws.projectKey = "BIG";
    ws.stories.clear();
    ws.epics.clear();
    const std::size_t epicCount = 40;
    const auto epicRanks = rank::evenlySpaced(epicCount);
    for (std::size_t i = 0; i < epicCount; ++i) {
        Epic e;
        e.id = static_cast<Id>(i + 1);
        e.key = "BIG-" + std::to_string(i + 1);
        e.title = "Epic number " + std::to_string(i + 1) + ": make the checkout calmer";
        e.description = "Why this matters to shoppers and what done looks like.";
        e.themeId = static_cast<Id>(i % 2 + 1);
        e.horizon = static_cast<Horizon>(i % 3);
        e.startDate = Date{2026, static_cast<int>(i % 12 + 1), 1};
        e.rank = epicRanks[i];
        ws.epics.push_back(e);
    }
    const auto ranks = rank::evenlySpaced(storyCount);
    ws.stories.reserve(storyCount);
    for (std::size_t i = 0; i < storyCount; ++i) {
        Story s;
        s.id = static_cast<Id>(i + 1);
        s.key = "BIG-" + std::to_string(epicCount + i + 1);
        s.epicId = static_cast<Id>(i % epicCount + 1);
        s.title = "Shopper can review the order summary before paying, variant " + std::to_string(i);
        s.asA = "returning shopper on a phone";
        s.iWant = "to see every item, the delivery date and the total on one screen";
        s.soThat = "I am not surprised by the charge on my card";
        s.description = "The summary lists items with quantity and price, the delivery slot and the total "
                        "including tax. Changing an item returns to the basket with focus on that item.";
        s.status = static_cast<StoryStatus>(i % 6);
        s.points = i % 9 == 0 ? std::nullopt : std::optional<int>(i % 2 == 0 ? 3 : 8);
        s.moscow = static_cast<Moscow>(i % 5);
        s.labels = {"checkout", i % 2 == 0 ? "mobile" : "desktop"};
        s.personaIds = {static_cast<Id>(i % 2 + 1)};
        s.insightIds = {static_cast<Id>(i % 3 + 1)};
        if (i > 0 && i % 10 == 0)
            s.blocks = {static_cast<Id>(i)};
        s.releaseId = static_cast<Id>(i % 2 + 1);
        s.rank = ranks[i];
        s.createdAt = 1767225600000LL + static_cast<long long>(i) * 60000;
        s.updatedAt = s.createdAt + 3600000;
        s.inputs.reach = static_cast<double>(1000 + i % 5000);
        s.inputs.impact = 0.5;
        s.inputs.confidence = 80;
        s.inputs.effort = 1.5;
        s.inputs.iceImpact = 7;
        s.inputs.iceConfidence = 6;
        s.inputs.iceEase = 5;
        s.inputs.businessValue = 8;
        s.inputs.timeCriticality = 5;
        s.inputs.riskReduction = 3;
        s.inputs.jobSize = 5;
        s.inputs.kanoFunctional = KanoAnswer::Like;
        s.inputs.kanoDysfunctional = KanoAnswer::Tolerate;
        s.inputs.value = 7;
        s.inputs.valueEffort = 4;
        s.inputs.scorecard = {{"Strategic fit", 4}};
        AcceptanceCriterion gwt;
        gwt.id = static_cast<Id>(3 * i + 1);
        gwt.format = CriterionFormat::GivenWhenThen;
        gwt.given = "a basket with two items";
        gwt.when = "I open the order summary";
        gwt.then = "both items, the delivery slot and the total are shown";
        AcceptanceCriterion a11y;
        a11y.id = static_cast<Id>(3 * i + 2);
        a11y.text = "The total is announced by screen readers when it changes";
        a11y.kind = CriterionKind::Accessibility;
        a11y.wcag = "4.1.3";
        AcceptanceCriterion perf;
        perf.id = static_cast<Id>(3 * i + 3);
        perf.text = "The summary appears within 300 ms on a mid-range phone";
        perf.kind = CriterionKind::Performance;
        s.criteria = {gwt, a11y, perf};
        ws.stories.push_back(std::move(s));
    }
    ws.nextKeyNumber = static_cast<long long>(epicCount + storyCount + 1);
    return ws;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

TEST_CASE("writing and reading a 100,000-story workspace", "[.bench]") {
    const Workspace ws = largeWorkspace(100000);
    REQUIRE(validate(ws).empty());

    auto start = std::chrono::steady_clock::now();
    const std::string text = nativejson::write(ws);
    const double writeSeconds = secondsSince(start);

    start = std::chrono::steady_clock::now();
    const Workspace back = nativejson::read(text, "bench.json");
    const double readSeconds = secondsSince(start);

    std::cout << "native JSON, 100,000 stories, " << text.size() / (1024.0 * 1024.0) << " MiB: write "
              << writeSeconds << " s, read " << readSeconds << " s\n";
    CHECK(back == ws);
}
