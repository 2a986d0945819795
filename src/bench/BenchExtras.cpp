#include "BenchExtras.h"

#include "domain/Clock.h"
#include "exchange/jira/JiraExport.h"
#include "roadmap/Layouts.h"
#include "roadmap/render/QtTextMetrics.h"
#include "roadmap/render/RoadmapExport.h"
#include "roadmap/render/ScenePainter.h"
#include "storage/WorkspaceStore.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>

#include <cstdlib>
#include <memory>

namespace storyloom::bench {
namespace {

/// Fonts need a Qt application; the GUI figures may have made one already.
void ensureQtApplication() {
    if (QCoreApplication::instance())
        return;
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char name[] = "storyloom-bench";
    static char* argv[] = {name, nullptr};
    static QGuiApplication app(argc, argv);
}

jira::ExportRequest jiraRequest(const Clock& clock) {
    jira::ExportRequest request;
    request.profile = jira::presets().front();
    request.selection = jira::Selection::everything();
    request.clock = &clock;
    return request;
}

/// Jira JSON export into memory: the files are produced and dropped (the disk is not measured).
std::size_t exportJiraJson(const Workspace& workspace, const Clock& clock) {
    std::size_t bytes = 0;
    jira::writeJson(workspace, jiraRequest(clock), "bench-jira.json",
                    [&](const std::string&, std::string content) { bytes += content.size(); });
    return bytes;
}

roadmap::LayoutOptions layoutOptions(Date today) {
    roadmap::LayoutOptions options;
    options.today = today;
    return options;
}

} // namespace

std::vector<Figure> extraFigures(const std::string&, const Workspace& loaded, int runs, Date today) {
    SystemClock clock;
    std::vector<Figure> figures;
    const bool big = loaded.stories.size() >= 100000;
    figures.push_back({"Jira JSON export (in memory, every issue)", measure(runs, [&] {
                           if (exportJiraJson(loaded, clock) == 0)
                               std::abort();
                       }),
                       big ? "≤ 1500 ms (#7)" : ""});

    ensureQtApplication();
    const roadmap::QtTextMetrics metrics;
    roadmap::RoadmapSpec timeline;
    timeline.layout = roadmap::Layout::Timeline;
    QImage window(1600, 1000, QImage::Format_ARGB32_Premultiplied);
    figures.push_back({"roadmap timeline of every epic: layout + paint a 1600×1000 window", measure(runs, [&] {
                           const roadmap::Scene scene =
                               roadmap::layoutTimeline(loaded, timeline, metrics, layoutOptions(today));
                           QPainter painter(&window);
                           roadmap::ScenePainter::paint(painter, scene);
                       }),
                       big ? "≤ 200 ms (#6)" : ""});
    std::vector<roadmap::RoadmapSpec> views(5);
    views[1].audience = roadmap::Audience::Executive;
    views[2].layout = roadmap::Layout::Timeline;
    views[3].layout = roadmap::Layout::Timeline;
    views[3].scale = roadmap::TimeScale::Quarters;
    views[3].audience = roadmap::Audience::Executive;
    views[4].layout = roadmap::Layout::Matrix;
    figures.push_back({"roadmap PDF of five views (two boards, two timelines, matrix)", measure(runs, [&] {
                           std::vector<roadmap::Scene> scenes;
                           for (const auto& view : views)
                               scenes.push_back(roadmap::layoutView(loaded, view, metrics, layoutOptions(today)));
                           if (roadmap::exportPdf(scenes, roadmap::PageSize::A4).empty())
                               std::abort();
                       }),
                       big ? "≤ 2000 ms (#6)" : ""});
    return figures;
}

std::vector<SizeReport::Memory> extraMemory(const std::string& path, std::size_t stories) {
    const bool big = stories >= 100000;
    return {{"open, load and export to Jira JSON (what `export --format jira-json` holds)",
             peakRssOfProbeMb("jira", path), big ? "≤ 300 MB (#7)" : ""}};
}

int runExtraProbe(const std::string& kind, const std::string& path) {
    if (kind != "jira")
        return 1;
    SystemClock clock;
    const Workspace workspace = WorkspaceStore::open(path, clock)->load();
    return exportJiraJson(workspace, clock) > 0 ? 0 : 1;
}

} // namespace storyloom::bench
