#include "Builders.h"
#include "roadmap/Baseline.h"
#include "roadmap/RoadmapError.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::roadmap;

namespace {

const EpicChange* only(const BaselineDiff& d, const std::string& key, ChangeKind kind) {
    for (const auto* c : d.changesFor(key))
        if (c->kind == kind)
            return c;
    return nullptr;
}

} // namespace

TEST_CASE("a baseline survives a round trip through its setting", "[roadmap][baseline]") {
    const Workspace ws = test::sampleWorkspace();
    const Baseline b = captureBaseline(ws, Date{2026, 2, 1});
    REQUIRE(b.epics.size() == ws.epics.size());
    CHECK(b.epics[0].key == "SHOP-1");
    CHECK(b.epics[0].themeName == "Checkout");
    CHECK(parseBaseline(baselineToSetting(b)) == b);

    Workspace saved = ws;
    saved.settings[std::string(kBaselineSetting)] = baselineToSetting(b);
    CHECK(loadBaseline(saved) == b);
    CHECK_FALSE(loadBaseline(ws).has_value());
}

TEST_CASE("an unchanged workspace has no changes since its baseline", "[roadmap][baseline]") {
    const Workspace ws = test::sampleWorkspace();
    const BaselineDiff d = diff(captureBaseline(ws, Date{2026, 2, 1}), ws);
    CHECK(d.isEmpty());
    CHECK(d.baselineDate == Date{2026, 2, 1});
}

TEST_CASE("the baseline diff finds added, removed, moved, shifted and renamed epics", "[roadmap][baseline]") {
    Workspace ws = test::sampleWorkspace();
    const Baseline b = captureBaseline(ws, Date{2026, 2, 1});

    Epic added = ws.epics[0];
    added.id = 99;
    added.key = "SHOP-99";
    added.title = "Gift cards";
    added.horizon = Horizon::Later;
    ws.epics.push_back(added);
    const std::string removedTitle = ws.epics[1].title;
    const std::string removedKey = ws.epics[1].key;
    ws.epics.erase(ws.epics.begin() + 1);
    Epic& e = ws.epics[0]; // SHOP-1: Now, 2026-01-05 .. 2026-03-27
    e.horizon = Horizon::Next;
    e.endDate = Date{2026, 4, 17}; // three weeks later
    e.title = "Checkout, revamped";

    const BaselineDiff d = diff(b, ws);
    const EpicChange* a = only(d, "SHOP-99", ChangeKind::Added);
    REQUIRE(a);
    CHECK(badgeText(*a) == "New");
    const EpicChange* r = only(d, removedKey, ChangeKind::Removed);
    REQUIRE(r);
    CHECK(r->title == removedTitle);
    CHECK(d.removed().size() == 1);
    const EpicChange* m = only(d, "SHOP-1", ChangeKind::HorizonMoved);
    REQUIRE(m);
    CHECK(m->fromHorizon == Horizon::Now);
    CHECK(m->toHorizon == Horizon::Next);
    CHECK(badgeText(*m) == "Moved from Now");
    const EpicChange* s = only(d, "SHOP-1", ChangeKind::DatesShifted);
    REQUIRE(s);
    CHECK(s->startShiftDays == 0);
    CHECK(s->endShiftDays == 21);
    CHECK(badgeText(*s) == "+3 weeks");
    const EpicChange* n = only(d, "SHOP-1", ChangeKind::Renamed);
    REQUIRE(n);
    CHECK(n->oldTitle == "Checkout revamp");
    CHECK(describe(*n) == "SHOP-1 Checkout, revamped was renamed (it was \"Checkout revamp\").");
    CHECK(describe(*m) == "SHOP-1 Checkout, revamped moved from Now to Next.");
}

TEST_CASE("date shifts are written in days when not whole weeks, and earlier is negative",
          "[roadmap][baseline]") {
    Workspace ws = test::sampleWorkspace();
    const Baseline b = captureBaseline(ws, Date{2026, 2, 1});
    ws.epics[0].startDate = Date{2026, 1, 2}; // 3 days earlier
    ws.epics[0].endDate = Date{2026, 3, 27};
    const BaselineDiff d = diff(b, ws);
    REQUIRE(d.changes.size() == 1);
    CHECK(d.changes[0].startShiftDays == -3);
    CHECK(badgeText(d.changes[0]) == "\xE2\x88\x92"
                                     "3 days");
}

TEST_CASE("a damaged baseline setting is rejected naming the epic and field", "[roadmap][baseline]") {
    const auto errorOf = [](const std::string& text) {
        try {
            parseBaseline(text);
        } catch (const RoadmapError& e) {
            return std::string(e.what());
        }
        return std::string("(no error)");
    };
    CHECK_THAT(errorOf("nope"), Catch::Contains("roadmap.baseline") && Catch::Contains("not valid JSON"));
    CHECK_THAT(errorOf(R"({"epics": []})"), Catch::Contains("\"date\""));
    CHECK_THAT(errorOf(R"({"date": "2026-01-01", "epics": [{"key": "A-1", "horizon": "soon"}]})"),
               Catch::Contains("epic A-1") && Catch::Contains("\"horizon\""));
    CHECK_THAT(
        errorOf(R"({"date": "2026-01-01", "epics": [{"key": "A-1", "horizon": "now", "end": "31/01"}]})"),
        Catch::Contains("epic A-1") && Catch::Contains("\"end\""));
}
