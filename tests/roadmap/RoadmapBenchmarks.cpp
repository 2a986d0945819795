// Speed of the roadmap on a large workspace (hidden: run with `storyloom_roadmap_tests "[.bench]"`, in
// a Release/RelWithDebInfo build). Prints medians of 5 runs; no timing assertions.

#include "RoadmapTestSupport.h"
#include "generator/Generator.h"
#include "roadmap/Layouts.h"
#include "roadmap/render/QtTextMetrics.h"
#include "roadmap/render/RoadmapExport.h"
#include "roadmap/render/ScenePainter.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <iostream>

using namespace storyloom;
using namespace storyloom::roadmap;

namespace {

const Workspace& bigWorkspace() {
    static const Workspace ws = [] {
        GeneratorOptions o;
        o.stories = 100'000;
        o.epics = 2'000;
        o.seed = 7;
        return generateWorkspace(o);
    }();
    return ws;
}

double cpuMs() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1000 + static_cast<double>(t.tv_nsec) / 1e6;
}

/// Median of 5 runs, wall clock and process CPU time ("wall / cpu ms"): the CPU time is the figure to
/// trust on a machine shared with other work.
template <typename F> std::string medianMs(F&& f) {
    std::vector<double> wall, cpu;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const double cpuStart = cpuMs();
        f();
        cpu.push_back(cpuMs() - cpuStart);
        wall.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return std::to_string(static_cast<int>(wall[2])) + " ms wall / " +
           std::to_string(static_cast<int>(cpu[2])) + " ms cpu";
}

LayoutOptions options() {
    LayoutOptions o;
    o.today = Date{2026, 11, 30};
    return o;
}

} // namespace

TEST_CASE("timeline of 2000 epics: layout and paint to an image", "[.bench][roadmap]") {
    const Workspace& ws = bigWorkspace();
    REQUIRE(ws.epics.size() == 2000);
    const QtTextMetrics metrics;
    RoadmapSpec spec;
    spec.layout = Layout::Timeline;
    Scene scene;
    const std::string layoutMs = medianMs([&] { scene = layoutTimeline(ws, spec, metrics, options()); });
    QImage image;
    const std::string totalMs = medianMs([&] {
        scene = layoutTimeline(ws, spec, metrics, options());
        image = renderImage(scene, 1.0);
    });
    // The on-screen case: paint only a window-sized part (what a scrolling view paints).
    QImage window(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    const std::string windowMs = medianMs([&] {
        scene = layoutTimeline(ws, spec, metrics, options());
        QPainter p(&window);
        ScenePainter::paint(p, scene);
    });
    std::cout << "timeline 2,000 epics: " << scene.items.size() << " items, " << scene.shapes.size()
              << " shapes, " << scene.width << " x " << scene.height << " px\n"
              << "  layout (Qt metrics) median " << layoutMs << "\n"
              << "  layout + paint whole scene to QImage median " << totalMs << "\n"
              << "  layout + paint into a 1600x1000 image median " << windowMs << "\n";
    CHECK(image.width() > 0);
}

TEST_CASE("PDF of five saved views of the 100000-story workspace", "[.bench][roadmap]") {
    const Workspace& ws = bigWorkspace();
    const QtTextMetrics metrics;
    std::vector<RoadmapSpec> views(5);
    views[0].layout = Layout::Board;
    views[1].layout = Layout::Board;
    views[1].audience = Audience::Executive;
    views[2].layout = Layout::Timeline;
    views[3].layout = Layout::Timeline;
    views[3].scale = TimeScale::Quarters;
    views[3].audience = Audience::Executive;
    views[4].layout = Layout::Matrix;
    std::string pdf;
    const std::string ms = medianMs([&] {
        std::vector<Scene> scenes;
        for (const auto& v : views)
            scenes.push_back(layoutView(ws, v, metrics, options()));
        pdf = exportPdf(scenes, PageSize::A4);
    });
    std::cout << "PDF of 5 views (board, exec board, timeline, quarterly exec timeline, matrix): median "
              << ms << ", " << pdf.size() / 1024 << " KiB\n";
    const auto demoMs = medianMs([&] {
        std::vector<Scene> scenes;
        for (const auto& v : views)
            scenes.push_back(layoutView(test::demoWorkspace(), v, metrics, options()));
        pdf = exportPdf(scenes, PageSize::A4);
    });
    std::cout << "PDF of the same 5 views of the demo workspace: median " << demoMs << "\n";
    CHECK(pdf.rfind("%PDF", 0) == 0);
}

TEST_CASE("value vs effort matrix of 2000 epics: layout and paint to an image", "[.bench][roadmap]") {
    const Workspace& ws = bigWorkspace();
    const QtTextMetrics metrics;
    RoadmapSpec spec;
    spec.layout = Layout::Matrix;
    Scene scene;
    const std::string layoutMs = medianMs([&] { scene = layoutMatrix(ws, spec, metrics, options()); });
    QImage image;
    const std::string totalMs = medianMs([&] {
        scene = layoutMatrix(ws, spec, metrics, options());
        image = renderImage(scene, 1.0);
    });
    std::size_t labels = 0;
    for (const auto& shape : scene.shapes)
        if (const auto* t = std::get_if<TextRun>(&shape); t && t->tag.role == Role::Bubble)
            ++labels;
    std::cout << "matrix 2,000 epics: " << scene.items.size() << " items, " << scene.shapes.size()
              << " shapes, " << labels << " bubble label lines, " << scene.width << " x " << scene.height
              << " px\n"
              << "  layout (Qt metrics) median " << layoutMs << "\n"
              << "  layout + paint whole scene to QImage median " << totalMs << "\n";
    CHECK(image.width() > 0);
}
