#include "RoadmapTestSupport.h"
#include "generator/Generator.h"
#include "roadmap/Layouts.h"

#include <catch2/catch.hpp>

#include <map>

using namespace storyloom;
using namespace storyloom::roadmap;
using storyloom::test::allText;
using storyloom::test::demoWorkspace;
using storyloom::test::itemKeys;

namespace {

const ApproximateTextMetrics kMetrics;

LayoutOptions options() {
    LayoutOptions o;
    o.today = Date{2026, 5, 15};
    return o;
}

Epic* epicOf(Workspace& ws, const std::string& key) {
    for (auto& e : ws.epics)
        if (e.key == key)
            return &e;
    return nullptr;
}

RoadmapSpec timeline() {
    RoadmapSpec s;
    s.layout = Layout::Timeline;
    return s;
}

} // namespace

TEST_CASE("timeline bars run from start to end on the time axis", "[roadmap][timeline]") {
    const Workspace& ws = demoWorkspace();
    const Scene s = layoutTimeline(ws, timeline(), kMetrics, options());
    REQUIRE(s.timeAxis);
    const TimeAxis& axis = *s.timeAxis;
    const auto bars = itemKeys(s, Role::Bar);
    CHECK(bars.size() == 6); // BASK-7 and BASK-8 have no dates
    for (const auto& key : bars) {
        INFO(key);
        const Epic* e = ws.findEpic(key);
        const SceneItem* item = s.findItem(key);
        CHECK(item->bounds.x == Approx(axis.xOf(e->startDate->toDays())));
        CHECK(item->bounds.right() == Approx(axis.xOf(e->endDate->toDays() + 1)));
        CHECK(axis.dayAt(item->bounds.x) == e->startDate->toDays());
        CHECK(item->bounds.y >= axis.top);
        CHECK(item->bounds.bottom() <= axis.bottom);
    }
    CHECK(s.shapesWith(Role::BarResizeStart, "BASK-1").size() == 1);
    CHECK(s.shapesWith(Role::BarResizeEnd, "BASK-1").size() == 1);
}

TEST_CASE("timeline bars are in date order within each theme lane and never overlap", "[roadmap][timeline]") {
    const Scene s = layoutTimeline(demoWorkspace(), timeline(), kMetrics, options());
    // Accessible by default: BASK-2 (Jan) before BASK-6 (Apr), in scene order.
    const auto bars = itemKeys(s, Role::Bar);
    const auto pos = [&](const std::string& k) {
        return std::find(bars.begin(), bars.end(), k) - bars.begin();
    };
    CHECK(pos("BASK-2") < pos("BASK-6"));
    for (std::size_t i = 0; i + 1 < s.items.size(); ++i) {
        const SceneItem& a = s.items[i];
        const SceneItem& b = s.items[i + 1];
        if (a.role == Role::Bar && b.role == Role::Bar && std::abs(a.bounds.y - b.bounds.y) < 1)
            CHECK(a.bounds.x <= b.bounds.x);
    }
    // Labels and bars of different epics never overlap.
    std::vector<std::pair<std::string, Rect>> boxes;
    for (const auto& shape : s.shapes) {
        const Tag& t = tagOf(shape);
        if ((t.role == Role::Bar || t.role == Role::Badge) && !std::holds_alternative<LineShape>(shape))
            boxes.emplace_back(t.key, boundsOf(shape));
    }
    for (std::size_t i = 0; i < boxes.size(); ++i)
        for (std::size_t k = i + 1; k < boxes.size(); ++k)
            if (boxes[i].first != boxes[k].first) {
                INFO(boxes[i].first << " / " << boxes[k].first);
                CHECK_FALSE(boxes[i].second.intersects(boxes[k].second));
            }
}

TEST_CASE("the timeline marks the three releases and today's date", "[roadmap][timeline]") {
    const Scene s = layoutTimeline(demoWorkspace(), timeline(), kMetrics, options());
    const auto milestones = itemKeys(s, Role::Milestone);
    CHECK(milestones == std::vector<std::string>{"2026.1 Spring", "2026.2 Summer", "2026.3 Autumn"});
    const std::string text = allText(s);
    CHECK_THAT(text, Catch::Contains("2026.1 Spring  30 Apr") && Catch::Contains("2026.3 Autumn  30 Oct"));

    const double todayX = s.timeAxis->xOf(Date{2026, 5, 15}.toDays()) + s.timeAxis->pxPerDay / 2;
    const auto today = s.shapesWith(Role::TodayLine);
    REQUIRE_FALSE(today.empty());
    bool line = false;
    for (const Shape* shape : today)
        if (const auto* l = std::get_if<LineShape>(shape)) {
            CHECK(l->from.x == Approx(todayX));
            CHECK(l->to.x == Approx(todayX));
            line = true;
        }
    CHECK(line);
    CHECK_THAT(s.textsWith(Role::TodayLine).front(), Catch::Contains("15 May"));
}

TEST_CASE("the timeline header shows months or quarters and zoom sets pixels per day",
          "[roadmap][timeline]") {
    RoadmapSpec spec = timeline();
    spec.pxPerDay = 6;
    const Scene months = layoutTimeline(demoWorkspace(), spec, kMetrics, options());
    const auto header = months.textsWith(Role::Header);
    CHECK(std::find(header.begin(), header.end(), "Jan") != header.end());
    CHECK(std::find(header.begin(), header.end(), "2026") != header.end());
    CHECK(months.timeAxis->pxPerDay == 6);

    spec.scale = TimeScale::Quarters;
    spec.pxPerDay = 3;
    const Scene quarters = layoutTimeline(demoWorkspace(), spec, kMetrics, options());
    const auto qHeader = quarters.textsWith(Role::Header);
    CHECK(std::find(qHeader.begin(), qHeader.end(), "Q1") != qHeader.end());
    CHECK(std::find(qHeader.begin(), qHeader.end(), "Jan") == qHeader.end());
    CHECK(quarters.width < months.width);
}

TEST_CASE("epics without dates are listed as not scheduled under the lanes", "[roadmap][timeline]") {
    const Scene s = layoutTimeline(demoWorkspace(), timeline(), kMetrics, options());
    const SceneItem* undated = s.findItem("BASK-7");
    REQUIRE(undated);
    CHECK(undated->role == Role::Card);
    CHECK(undated->bounds.y >= s.timeAxis->bottom);
    CHECK_THAT(allText(s), Catch::Contains("Not scheduled yet (2)"));
}

TEST_CASE("an explicit date window clips bars and drops releases outside it", "[roadmap][timeline]") {
    RoadmapSpec spec = timeline();
    spec.from = Date{2026, 4, 1};
    spec.to = Date{2026, 6, 30};
    const Scene s = layoutTimeline(demoWorkspace(), spec, kMetrics, options());
    CHECK(s.timeAxis->originDay == Date{2026, 4, 1}.toDays());
    CHECK(itemKeys(s, Role::Milestone) == std::vector<std::string>{"2026.1 Spring"});
    // BASK-1 (Jan-Mar) starts before the window: clipped to its left edge.
    CHECK(s.findItem("BASK-3")->bounds.x == Approx(s.timeAxis->originX));
}

TEST_CASE("a timeline of hundreds of epics is compact and prints every bar label in full",
          "[roadmap][timeline]") {
    GeneratorOptions o;
    o.stories = 2'000;
    o.epics = 300;
    o.seed = 3;
    const Workspace ws = generateWorkspace(o);
    const Scene compact = layoutTimeline(ws, timeline(), kMetrics, options());
    const Scene normal = layoutTimeline(demoWorkspace(), timeline(), kMetrics, options());
    CHECK(compact.findItem(ws.epics[0].key));
    std::size_t labels = 0;
    for (const auto& shape : compact.shapes)
        if (const auto* t = std::get_if<TextRun>(&shape); t && t->tag.role == Role::Bar) {
            ++labels;
            INFO(t->text);
            CHECK_THAT(t->text, !Catch::EndsWith("\xE2\x80\xA6"));
            CHECK(kMetrics.width(t->text, t->sizePx, t->weight) <= t->box.w + 0.5);
        }
    CHECK(labels == itemKeys(compact, Role::Bar).size());
    const auto barHeight = [](const Scene& s) {
        for (const auto& item : s.items)
            if (item.role == Role::Bar)
                return item.bounds.h;
        return 0.0;
    };
    CHECK(barHeight(compact) < barHeight(normal));
}

TEST_CASE("an epic with only a start date is an open-ended bar of four weeks", "[roadmap][timeline]") {
    Workspace ws = demoWorkspace();
    Epic* epic = epicOf(ws, "BASK-7");
    REQUIRE(epic);
    epic->startDate = Date{2026, 6, 1};
    epic->endDate.reset();
    const Scene s = layoutTimeline(ws, timeline(), kMetrics, options());
    const SceneItem* bar = s.findItem("BASK-7");
    REQUIRE(bar);
    CHECK(bar->role == Role::Bar);
    CHECK(bar->bounds.x == Approx(s.timeAxis->xOf(Date{2026, 6, 1}.toDays())));
    CHECK(bar->bounds.right() == Approx(s.timeAxis->xOf(Date{2026, 6, 29}.toDays())));
    CHECK_THAT(bar->accessibleText, Catch::Contains("from 1 Jun 2026") && Catch::Contains("no end date yet"));
    CHECK_THAT(allText(s), Catch::Contains("no end date") && Catch::Contains("Not scheduled yet (1)"));
    // Without an end date there is nothing to drag: no resize grips.
    CHECK(s.shapesWith(Role::BarResizeEnd, "BASK-7").empty());
}

TEST_CASE("an epic with only an end date is a bar of the four weeks up to it", "[roadmap][timeline]") {
    Workspace ws = demoWorkspace();
    Epic* epic = epicOf(ws, "BASK-8");
    REQUIRE(epic);
    epic->startDate.reset();
    epic->endDate = Date{2026, 9, 30};
    const Scene s = layoutTimeline(ws, timeline(), kMetrics, options());
    const SceneItem* bar = s.findItem("BASK-8");
    REQUIRE(bar);
    CHECK(bar->role == Role::Bar);
    CHECK(bar->bounds.right() == Approx(s.timeAxis->xOf(Date{2026, 10, 1}.toDays())));
    CHECK(bar->bounds.x == Approx(s.timeAxis->xOf(Date{2026, 9, 3}.toDays())));
    CHECK_THAT(bar->accessibleText,
               Catch::Contains("until 30 Sep 2026") && Catch::Contains("no start date yet"));
    CHECK_THAT(allText(s), Catch::Contains("no start date"));
    CHECK(s.shapesWith(Role::BarResizeStart, "BASK-8").empty());
}

TEST_CASE("a date window leaves out the bars entirely outside it", "[roadmap][timeline]") {
    RoadmapSpec spec = timeline();
    spec.from = Date{2026, 1, 1};
    spec.to = Date{2026, 2, 28};
    const Scene s = layoutTimeline(demoWorkspace(), spec, kMetrics, options());
    CHECK(s.findItem("BASK-1"));       // Jan-Mar: overlaps the window
    CHECK_FALSE(s.findItem("BASK-5")); // Apr-Jul: after it
    for (const auto& item : s.items)
        CHECK(item.bounds.right() <= s.width);
}

TEST_CASE("a bar label with no room beside its bar is shortened and stays inside the chart",
          "[roadmap][timeline]") {
    // A quarterly timeline laid out narrow: BASK-5 (Apr-Jul) ends near the right edge and its label
    // fits neither right nor left of it.
    RoadmapSpec spec = timeline();
    spec.scale = TimeScale::Quarters;
    LayoutOptions o = options();
    o.today = Date{2026, 11, 30};
    o.width = 720;
    const Scene s = layoutTimeline(demoWorkspace(), spec, kMetrics, o);
    const double chartRight = s.width - 40; // the Team style's margin
    std::size_t shortened = 0;
    for (const auto& shape : s.shapes)
        if (const auto* t = std::get_if<TextRun>(&shape); t && t->tag.role == Role::Bar) {
            INFO(t->text);
            CHECK(t->box.x + kMetrics.width(t->text, t->sizePx, t->weight) <= chartRight + 0.5);
            if (t->text.size() >= 3 && t->text.compare(t->text.size() - 3, 3, "\xE2\x80\xA6") == 0) {
                ++shortened;
                const SceneItem* item = s.findItem(t->tag.key);
                REQUIRE(item);
                CHECK_THAT(item->accessibleText,
                           Catch::Contains(demoWorkspace().findEpic(t->tag.key)->title));
            }
        }
    CHECK(shortened >= 1);
}
