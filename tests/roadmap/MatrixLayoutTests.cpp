#include "RoadmapTestSupport.h"
#include "generator/Generator.h"
#include "roadmap/Layouts.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace storyloom;
using namespace storyloom::roadmap;
using storyloom::test::allText;
using storyloom::test::demoWorkspace;
using storyloom::test::itemKeys;

namespace {

const ApproximateTextMetrics kMetrics;

RoadmapSpec matrix() {
    RoadmapSpec s;
    s.layout = Layout::Matrix;
    return s;
}

LayoutOptions options() {
    LayoutOptions o;
    o.today = Date{2026, 5, 15};
    return o;
}

/// Mean of the stories' value (or effort) inputs of one epic.
double meanInput(const Workspace& ws, Id epicId, bool value) {
    double sum = 0;
    int n = 0;
    for (const auto& s : ws.stories)
        if (s.epicId == epicId && s.inputs.value && s.inputs.valueEffort) {
            sum += value ? *s.inputs.value : *s.inputs.valueEffort;
            ++n;
        }
    return sum / n;
}

} // namespace

TEST_CASE("the matrix shows every epic with estimates as a bubble in four labelled quadrants",
          "[roadmap][matrix]") {
    const Scene s = layoutMatrix(demoWorkspace(), matrix(), kMetrics, options());
    CHECK(itemKeys(s, Role::Bubble).size() == 8);
    const auto quadrants = s.textsWith(Role::Quadrant);
    for (const char* q : {"Quick wins", "Big bets", "Fill-ins", "Time sinks"})
        CHECK(std::find(quadrants.begin(), quadrants.end(), q) != quadrants.end());
}

TEST_CASE("bubbles sit higher for more value and further right for more effort", "[roadmap][matrix]") {
    const Workspace& ws = demoWorkspace();
    const Scene s = layoutMatrix(ws, matrix(), kMetrics, options());
    // BASK-3 has the highest mean value of the demo epics, BASK-6 the lowest.
    const double v3 = meanInput(ws, 3, true);
    const double v6 = meanInput(ws, 6, true);
    REQUIRE(v3 > v6 + 1);
    CHECK(s.findItem("BASK-3")->bounds.centre().y < s.findItem("BASK-6")->bounds.centre().y);
    const double e5 = meanInput(ws, 5, false);
    const double e6 = meanInput(ws, 6, false);
    REQUIRE(e5 > e6 + 1);
    CHECK(s.findItem("BASK-5")->bounds.centre().x > s.findItem("BASK-6")->bounds.centre().x);
    // Team view prints the numbers.
    CHECK_THAT(s.findItem("BASK-3")->accessibleText, Catch::Contains("value 7.5"));
}

TEST_CASE("bubble size follows story points or reach", "[roadmap][matrix]") {
    Workspace ws = demoWorkspace();
    for (auto& story : ws.stories)
        if (story.epicId == 1)
            story.points = 21;
        else
            story.points = 1;
    const Scene s = layoutMatrix(ws, matrix(), kMetrics, options());
    CHECK(s.findItem("BASK-1")->bounds.w > 2 * s.findItem("BASK-2")->bounds.w);
    RoadmapSpec byReach = matrix();
    byReach.bubbleSize = BubbleSize::Reach;
    const Scene r = layoutMatrix(ws, byReach, kMetrics, options());
    // The epic whose stories reach the most people gets the biggest bubble.
    std::map<Id, double> reach;
    for (const auto& story : ws.stories)
        if (story.epicId)
            reach[*story.epicId] += story.inputs.reach.value_or(0);
    const auto most = std::max_element(reach.begin(), reach.end(),
                                       [](const auto& a, const auto& b) { return a.second < b.second; });
    const SceneItem* biggest = nullptr;
    for (const auto& item : r.items)
        if (item.role == Role::Bubble && (!biggest || item.bounds.w > biggest->bounds.w))
            biggest = &item;
    REQUIRE(biggest);
    CHECK(biggest->id == most->first);
    CHECK_THAT(allText(r), Catch::Contains("Bubble size: reach"));
}

TEST_CASE("executive matrices hide the numbers unless scores are chosen", "[roadmap][matrix]") {
    RoadmapSpec spec = matrix();
    spec.audience = Audience::Executive;
    const Scene s = layoutMatrix(demoWorkspace(), spec, kMetrics, options());
    CHECK_THAT(allText(s), !Catch::Contains("value 7") && !Catch::Contains("effort 3"));
    CHECK_THAT(s.findItem("BASK-3")->accessibleText, !Catch::Contains("value"));
    spec.showScores = true;
    const Scene shown = layoutMatrix(demoWorkspace(), spec, kMetrics, options());
    CHECK_THAT(allText(shown), Catch::Contains("value 7.5"));
}

TEST_CASE("the story matrix shows one bubble per estimated story and lists the rest", "[roadmap][matrix]") {
    Workspace ws = demoWorkspace();
    RoadmapSpec spec = matrix();
    spec.matrixSubject = MatrixSubject::Stories;
    ws.stories[0].inputs.value.reset();
    const Scene s = layoutMatrix(ws, spec, kMetrics, options());
    std::size_t estimated = 0;
    for (const auto& story : ws.stories)
        estimated += story.epicId && story.inputs.value && story.inputs.valueEffort;
    CHECK(itemKeys(s, Role::Bubble).size() == estimated);
    const SceneItem* unscored = s.findItem(ws.stories[0].key);
    REQUIRE(unscored);
    CHECK(unscored->kind == ItemKind::Story);
    CHECK(unscored->role == Role::Card);
    CHECK_THAT(allText(s), Catch::Contains("Not on the chart"));
}

TEST_CASE("matrix labels never overlap bubbles or other labels", "[roadmap][matrix]") {
    const Scene s = layoutMatrix(demoWorkspace(), matrix(), kMetrics, options());
    std::vector<std::pair<std::string, Rect>> labels;
    for (const auto& shape : s.shapes)
        if (const auto* t = std::get_if<TextRun>(&shape); t && t->tag.role == Role::Bubble)
            labels.emplace_back(t->tag.key, Rect{t->box.x, t->box.y,
                                                 kMetrics.width(t->text, t->sizePx, t->weight), t->box.h});
    REQUIRE(labels.size() >= 8);
    for (const auto& [key, box] : labels)
        for (const auto& item : s.items)
            if (item.role == Role::Bubble && item.key != key) {
                INFO(key << " label / " << item.key << " bubble");
                CHECK_FALSE(box.intersects(item.bounds));
            }
}

TEST_CASE("a matrix of 2000 epics labels bubbles greedily by value without overlapping labels",
          "[roadmap][matrix]") {
    GeneratorOptions o;
    o.stories = 20'000;
    o.epics = 2'000;
    o.seed = 7;
    const Workspace ws = generateWorkspace(o);
    const Scene s = layoutMatrix(ws, matrix(), kMetrics, options());
    const auto bubbles = itemKeys(s, Role::Bubble);
    REQUIRE(bubbles.size() > 1'500);
    std::vector<std::pair<std::string, Rect>> labels;
    for (const auto& shape : s.shapes)
        if (const auto* t = std::get_if<TextRun>(&shape); t && t->tag.role == Role::Bubble)
            labels.emplace_back(t->tag.key, Rect{t->box.x, t->box.y,
                                                 kMetrics.width(t->text, t->sizePx, t->weight), t->box.h});
    // Readable: a good number of labels, none on top of another.
    CHECK(labels.size() >= 40);
    CHECK(labels.size() < bubbles.size());
    for (std::size_t i = 0; i < labels.size(); ++i)
        for (std::size_t k = i + 1; k < labels.size(); ++k) {
            INFO(labels[i].first << " / " << labels[k].first);
            CHECK_FALSE(labels[i].second.intersects(labels[k].second));
        }
    // Greedy in value order: the bubble highest on the chart always gets its label.
    const SceneItem* top = nullptr;
    for (const auto& item : s.items)
        if (item.role == Role::Bubble && (!top || item.bounds.centre().y < top->bounds.centre().y))
            top = &item;
    REQUIRE(top);
    CHECK(std::any_of(labels.begin(), labels.end(), [&](const auto& l) { return l.first == top->key; }));
    // Every bubble, labelled or not, keeps its key and full title as its accessible text.
    for (const auto& item : s.items)
        if (item.role == Role::Bubble) {
            const Epic* epic = ws.findEpic(item.key);
            REQUIRE(epic);
            CHECK_THAT(item.accessibleText, Catch::Contains(epic->key + " " + epic->title));
        }
}
