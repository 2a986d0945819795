// Every layout keeps everything it draws inside the scene: text measured with the same metrics the
// layout used, so a label that runs past the right edge (and would be cut off in a PNG or PDF) fails.

#include "RoadmapTestSupport.h"
#include "generator/Generator.h"
#include "roadmap/Layouts.h"
#include "roadmap/render/QtTextMetrics.h"

#include <catch2/catch.hpp>

#include <sstream>

using namespace storyloom;
using namespace storyloom::roadmap;
using storyloom::test::demoWorkspace;

namespace {

const ApproximateTextMetrics kMetrics;

const Workspace& generatedWorkspace() {
    static const Workspace ws = [] {
        GeneratorOptions o;
        o.stories = 3'000;
        o.epics = 240;
        o.seed = 11;
        return generateWorkspace(o);
    }();
    return ws;
}

/// The rectangle a text run's glyphs cover: its measured width placed in its box by its alignment.
Rect inkOf(const TextRun& t, const TextMetrics& metrics) {
    const double w = metrics.width(t.text, t.sizePx, t.weight);
    double x = t.box.x;
    if (t.align == HAlign::Centre)
        x = t.box.x + (t.box.w - w) / 2;
    else if (t.align == HAlign::Right)
        x = t.box.right() - w;
    return {x, t.box.y, w, t.box.h};
}

std::string describe(const Rect& r) {
    std::ostringstream out;
    out << "(" << r.x << ", " << r.y << ") " << r.w << " x " << r.h;
    return out.str();
}

/// Checks every text run and every item of the scene lies inside it (half a pixel of slack).
void checkInside(const Scene& scene, const TextMetrics& metrics = kMetrics) {
    const auto inside = [&](const Rect& r) {
        return r.x >= -0.5 && r.y >= -0.5 && r.right() <= scene.width + 0.5 &&
               r.bottom() <= scene.height + 0.5;
    };
    INFO("scene " << scene.width << " x " << scene.height);
    std::size_t texts = 0;
    for (const auto& shape : scene.shapes) {
        if (const auto* t = std::get_if<TextRun>(&shape)) {
            ++texts;
            const Rect ink = inkOf(*t, metrics);
            INFO("text \"" << t->text << "\" at " << describe(ink));
            CHECK(inside(ink));
        } else {
            const Rect r = boundsOf(shape);
            INFO("shape of role " << toId(tagOf(shape).role) << " " << tagOf(shape).key << " at "
                                  << describe(r));
            CHECK(inside(r));
        }
    }
    CHECK(texts > 0);
    for (const auto& item : scene.items) {
        INFO("item " << item.key << " at " << describe(item.bounds));
        CHECK(inside(item.bounds));
    }
}

} // namespace

TEST_CASE("every layout keeps all its text and items inside the scene", "[roadmap][bounds]") {
    const Layout layout = GENERATE(Layout::Board, Layout::Timeline, Layout::Matrix);
    const Audience audience = GENERATE(Audience::Team, Audience::Executive);
    const bool generated = GENERATE(false, true);
    // Today at the end of the demo's range puts the last release and the today marker at the right edge.
    const Date today = GENERATE(Date{2026, 11, 30}, Date{2026, 5, 15});
    const double width = GENERATE(1600.0, 900.0);
    RoadmapSpec spec;
    spec.layout = layout;
    spec.audience = audience;
    LayoutOptions options;
    options.today = today;
    options.width = width;
    const Workspace& ws = generated ? generatedWorkspace() : demoWorkspace();
    INFO(toId(layout) << ", " << toId(audience) << ", " << (generated ? "generated" : "demo")
                      << " workspace, today " << today.toString() << ", width " << width);
    checkInside(layoutView(ws, spec, kMetrics, options));
}

TEST_CASE("the demo's layouts keep their text inside the scene when measured with the Qt fonts",
          "[roadmap][bounds]") {
    // What the CLI's PNG and PDF export use: the real font's widths.
    const QtTextMetrics metrics;
    const Layout layout = GENERATE(Layout::Board, Layout::Timeline, Layout::Matrix);
    const Audience audience = GENERATE(Audience::Team, Audience::Executive);
    const double width = GENERATE(1600.0, 1000.0, 720.0);
    RoadmapSpec spec;
    spec.layout = layout;
    spec.audience = audience;
    LayoutOptions options;
    options.today = Date{2026, 11, 30};
    options.width = width;
    INFO(toId(layout) << ", " << toId(audience) << ", width " << width);
    checkInside(layoutView(demoWorkspace(), spec, metrics, options), metrics);
}

TEST_CASE("a quarterly timeline and a narrow window keep their labels inside the scene",
          "[roadmap][bounds]") {
    RoadmapSpec spec;
    spec.layout = Layout::Timeline;
    SECTION("quarters") {
        spec.scale = TimeScale::Quarters;
    }
    SECTION("a window ending at the last release") {
        spec.from = Date{2026, 4, 1};
        spec.to = Date{2026, 10, 31};
    }
    SECTION("zoomed out") {
        spec.pxPerDay = 0.5;
    }
    LayoutOptions options;
    options.today = Date{2026, 11, 30};
    options.width = 720;
    checkInside(layoutTimeline(demoWorkspace(), spec, kMetrics, options));
    checkInside(layoutTimeline(generatedWorkspace(), spec, kMetrics, options));
}
