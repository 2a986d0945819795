#include "RoadmapTestSupport.h"
#include "roadmap/Layouts.h"

#include <catch2/catch.hpp>

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

const DropZone& zone(const Scene& s, Horizon h) {
    for (const auto& z : s.dropZones)
        if (z.horizon == h)
            return z;
    FAIL("no drop zone");
    return s.dropZones.front();
}

bool inside(const Rect& inner, const Rect& outer) {
    return inner.x >= outer.x && inner.right() <= outer.right() && inner.y >= outer.y &&
           inner.bottom() <= outer.bottom();
}

} // namespace

TEST_CASE("the board puts every epic in the column of its horizon", "[roadmap][board]") {
    const Workspace& ws = demoWorkspace();
    const Scene s = layoutBoard(ws, RoadmapSpec{}, kMetrics, options());
    CHECK(itemKeys(s, Role::Card).size() == ws.epics.size());
    for (const auto& epic : ws.epics) {
        INFO(epic.key);
        const SceneItem* card = s.findItem(epic.key);
        REQUIRE(card);
        CHECK(card->role == Role::Card);
        CHECK(inside(card->bounds, zone(s, epic.horizon).rect));
    }
    // Now holds BASK-1, 2 and 3, in epic rank order top to bottom.
    CHECK(s.findItem("BASK-1")->bounds.y < s.findItem("BASK-2")->bounds.y);
    CHECK(s.findItem("BASK-2")->bounds.y < s.findItem("BASK-3")->bounds.y);
    CHECK(s.textsWith(Role::Column, "now").front() == "Now");
}

TEST_CASE("board cards do not overlap and stay inside the scene", "[roadmap][board]") {
    for (Audience audience : {Audience::Team, Audience::Executive}) {
        RoadmapSpec spec;
        spec.audience = audience;
        const Scene s = layoutBoard(demoWorkspace(), spec, kMetrics, options());
        for (std::size_t i = 0; i < s.items.size(); ++i) {
            CHECK(inside(s.items[i].bounds, {0, 0, s.width, s.height}));
            for (std::size_t k = i + 1; k < s.items.size(); ++k)
                CHECK_FALSE(s.items[i].bounds.intersects(s.items[k].bounds));
        }
    }
}

TEST_CASE("team cards list story counts, points and top stories with scores", "[roadmap][board]") {
    const Scene s = layoutBoard(demoWorkspace(), RoadmapSpec{}, kMetrics, options());
    const auto texts = s.textsWith(Role::Card, "BASK-1");
    const std::string joined = [&] {
        std::string j;
        for (const auto& t : texts)
            j += t + "\n";
        return j;
    }();
    CHECK_THAT(joined, Catch::Contains("BASK-1\n") && Catch::Contains("One-page checkout") &&
                           Catch::Contains("stories") && Catch::Contains("points") &&
                           Catch::Contains("BASK-10"));
    CHECK(s.findItem("BASK-1")->accessibleText ==
          "BASK-1 One-page checkout, Now, theme Faster checkout, Jan\xE2\x80\x93Mar 2026");
}

TEST_CASE("executive boards show title, date and legend but no story lists or scores", "[roadmap][board]") {
    RoadmapSpec spec;
    spec.audience = Audience::Executive;
    spec.title = "Where Basketry is going";
    const Scene s = layoutBoard(demoWorkspace(), spec, kMetrics, options());
    const std::string text = allText(s);
    CHECK_THAT(text, Catch::Contains("Where Basketry is going") && Catch::Contains("15 May 2026"));
    CHECK_THAT(text,
               !Catch::Contains("BASK-10") && !Catch::Contains("stories") && !Catch::Contains("points"));
    CHECK(s.legend.size() == 5);
    CHECK_FALSE(s.textsWith(Role::Legend).empty());
    // Larger type than the team view.
    const Scene team = layoutBoard(demoWorkspace(), RoadmapSpec{}, kMetrics, options());
    const auto titleSize = [](const Scene& sc) {
        return std::get<TextRun>(*sc.shapesWith(Role::Title).front()).sizePx;
    };
    CHECK(titleSize(s) > titleSize(team));
    CHECK(s.height >= s.width * 9 / 16 - 0.5);
}

TEST_CASE("view filters choose epics by theme, horizon and release", "[roadmap][board]") {
    const Workspace& ws = demoWorkspace();
    RoadmapSpec spec;
    spec.filters.themeIds = {2}; // Accessible by default: BASK-2 and BASK-6
    auto keys = itemKeys(layoutBoard(ws, spec, kMetrics, options()), Role::Card);
    CHECK(keys == std::vector<std::string>{"BASK-2", "BASK-6"});

    spec = {};
    spec.filters.horizons = {Horizon::Later};
    keys = itemKeys(layoutBoard(ws, spec, kMetrics, options()), Role::Card);
    CHECK(keys == std::vector<std::string>{"BASK-7", "BASK-8"});

    spec = {};
    spec.filters.releaseIds = {1}; // 2026.1 Spring: BASK-1..3 target it
    keys = itemKeys(layoutBoard(ws, spec, kMetrics, options()), Role::Card);
    CHECK(std::find(keys.begin(), keys.end(), "BASK-1") != keys.end());
    CHECK(std::find(keys.begin(), keys.end(), "BASK-8") == keys.end());
}

TEST_CASE("a filter naming a deleted theme or release applies its other ids", "[roadmap][board]") {
    const Workspace& ws = demoWorkspace();
    RoadmapSpec spec;
    spec.filters.themeIds = {2, 99};  // 99: a theme deleted since the view was saved
    spec.filters.releaseIds = {98};   // only a deleted release: no restriction left
    std::size_t themes = 0;
    std::size_t releases = 0;
    const RoadmapFilters kept = existingFilters(ws, spec.filters, &themes, &releases);
    CHECK(kept.themeIds == std::vector<Id>{2});
    CHECK(kept.releaseIds.empty());
    CHECK(themes == 1);
    CHECK(releases == 1);
    const auto keys = itemKeys(layoutBoard(ws, spec, kMetrics, options()), Role::Card);
    CHECK(keys == std::vector<std::string>{"BASK-2", "BASK-6"});
}

TEST_CASE("with a baseline the board shows change badges and a changes panel", "[roadmap][board]") {
    Workspace ws = demoWorkspace();
    const Baseline b = captureBaseline(ws, Date{2026, 3, 2});
    ws.epics[3].horizon = Horizon::Now; // BASK-4 was Next
    Epic added = ws.epics[0];
    added.id = 100;
    added.key = "BASK-100";
    added.title = "Gift cards";
    ws.epics.push_back(added);
    const std::string removedTitle = ws.epics[7].title; // BASK-8
    ws.epics.erase(ws.epics.begin() + 7);

    LayoutOptions o = options();
    o.baseline = &b;
    const Scene s = layoutBoard(ws, RoadmapSpec{}, kMetrics, o);
    CHECK(s.textsWith(Role::Badge, "BASK-4") == std::vector<std::string>{"Moved from Next"});
    CHECK(s.textsWith(Role::Badge, "BASK-100") == std::vector<std::string>{"New"});
    CHECK(s.findItem("BASK-4")->badges == std::vector<std::string>{"Moved from Next"});
    CHECK_THAT(s.findItem("BASK-4")->accessibleText, Catch::EndsWith("changed: Moved from Next"));
    const auto panel = s.textsWith(Role::ChangesPanel);
    REQUIRE(panel.size() >= 3);
    CHECK(panel[0] == "Changes since 2 Mar 2026");
    CHECK_THAT(panel[2], Catch::Contains("BASK-8") && Catch::Contains(removedTitle));
    CHECK_FALSE(s.changeNotes.empty());
}

TEST_CASE("hostile epic titles are laid out on one elided line inside the card", "[roadmap][board]") {
    Workspace ws = demoWorkspace();
    ws.epics[0].title = std::string(400, 'W') + " <script>alert(1)</script>";
    const Scene s = layoutBoard(ws, RoadmapSpec{}, kMetrics, options());
    const SceneItem* card = s.findItem("BASK-1");
    REQUIRE(card);
    for (const Shape* shape : s.shapesWith(Role::Card, "BASK-1"))
        if (const auto* t = std::get_if<TextRun>(shape))
            CHECK(kMetrics.width(t->text, t->sizePx, t->weight) <= t->box.w + 0.5);
}
