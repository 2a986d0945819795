#include "Builders.h"
#include "roadmap/RoadmapError.h"
#include "roadmap/RoadmapSpec.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::roadmap;

namespace {

std::string errorOf(const std::string& setting) {
    try {
        parseViews(setting);
    } catch (const RoadmapError& e) {
        return e.what();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("saved views survive a round trip through the roadmap.views setting", "[roadmap][spec]") {
    RoadmapSpec exec;
    exec.name = "Board for the board";
    exec.layout = Layout::Timeline;
    exec.audience = Audience::Executive;
    exec.showScores = true;
    exec.filters.themeIds = {1, 3};
    exec.filters.releaseIds = {2};
    exec.filters.horizons = {Horizon::Now, Horizon::Next};
    exec.scale = TimeScale::Quarters;
    exec.pxPerDay = 2.5;
    exec.from = Date{2026, 1, 1};
    exec.to = Date{2026, 12, 31};
    exec.matrixSubject = MatrixSubject::Stories;
    exec.bubbleSize = BubbleSize::Reach;
    exec.title = "Where we are going <2026>";
    RoadmapSpec plain;
    plain.name = "Team board";

    const std::vector<RoadmapSpec> views{exec, plain};
    CHECK(parseViews(viewsToSetting(views)) == views);
}

TEST_CASE("a workspace without saved views gets one default view per layout", "[roadmap][spec]") {
    Workspace ws = test::sampleWorkspace();
    const auto views = savedViews(ws);
    REQUIRE(views.size() == 3);
    CHECK(views[0].layout == Layout::Board);
    CHECK(views[1].layout == Layout::Timeline);
    CHECK(views[2].layout == Layout::Matrix);

    ws.settings[std::string(kViewsSetting)] = R"([{"name": "Only this", "layout": "matrix"}])";
    const auto saved = savedViews(ws);
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].name == "Only this");
    CHECK(findView(saved, "ONLY THIS") == &saved[0]);
    CHECK(findView(saved, "Timeline") == nullptr);
}

TEST_CASE("executive views hide scores unless the view asks for them", "[roadmap][spec]") {
    RoadmapSpec spec;
    CHECK(spec.scoresShown());
    spec.audience = Audience::Executive;
    CHECK_FALSE(spec.scoresShown());
    spec.showScores = true;
    CHECK(spec.scoresShown());
}

TEST_CASE("a saved view with a bad field is rejected naming the view and the field", "[roadmap][spec]") {
    const std::string badLayout = errorOf(R"([{"name": "Exec", "layout": "grid"}])");
    CHECK_THAT(badLayout, Catch::Contains("\"Exec\"") && Catch::Contains("\"layout\"") &&
                              Catch::Contains("grid") && Catch::Contains("board, timeline or matrix"));
    const std::string noName = errorOf(R"([{"name": "A"}, {"layout": "board"}])");
    CHECK_THAT(noName, Catch::Contains("view 2") && Catch::Contains("\"name\""));
    CHECK_THAT(errorOf(R"([{"name": "A", "filters": {"horizons": ["soon"]}}])"),
               Catch::Contains("filters.horizons") && Catch::Contains("now, next or later"));
    CHECK_THAT(errorOf(R"([{"name": "A", "timeline": {"from": "2026-02-30"}}])"),
               Catch::Contains("timeline.from") && Catch::Contains("YYYY-MM-DD"));
    CHECK_THAT(errorOf(R"([{"name": "A", "timeline": {"pxPerDay": -1}}])"),
               Catch::Contains("timeline.pxPerDay"));
    CHECK_THAT(errorOf(R"([{"name": "A", "filters": {"themes": ["x"]}}])"),
               Catch::Contains("filters.themes"));
    CHECK_THAT(errorOf(R"([{"name": "A"}, {"name": "a"}])"), Catch::Contains("Two roadmap views are named"));
    CHECK_THAT(errorOf(R"({"name": "A"})"), Catch::Contains("roadmap.views") && Catch::Contains("array"));
    CHECK_THAT(errorOf("[{"), Catch::Contains("roadmap.views") && Catch::Contains("not valid JSON"));
}

TEST_CASE("a blank views setting means no saved views and unknown fields are ignored", "[roadmap][spec]") {
    CHECK(parseViews("  ").empty());
    const auto views = parseViews(R"([{"name": "A", "futureOption": 3}])");
    REQUIRE(views.size() == 1);
    CHECK(views[0].layout == Layout::Board);
}

TEST_CASE("layout, audience and scale identifiers parse ignoring case", "[roadmap][spec]") {
    CHECK(parseLayout("Timeline") == Layout::Timeline);
    CHECK(parseAudience("EXECUTIVE") == Audience::Executive);
    CHECK(parseTimeScale("quarters") == TimeScale::Quarters);
    CHECK_FALSE(parseLayout("gantt").has_value());
    CHECK(toId(Layout::Matrix) == "matrix");
}
