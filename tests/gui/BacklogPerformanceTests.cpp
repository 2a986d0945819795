// Figures for docs/benchmarks.md, not tests: run with
//   storyloom_gui_tests "[.measure]" -s
// Product issue #4: one filter keystroke on 100,000 stories updates the view in 50 ms or less.
#include "TempDir.h"

#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "domain/Workspace.h"
#include "generator/Generator.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTableView>
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace storyloom;

namespace {

long peakRssKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

std::string bigWorkspace(const test::TempDir& dir, const Clock& clock) {
    const auto path = dir.file("big.storyloom");
    GeneratorOptions options;
    options.stories = 100000;
    options.epics = 200;
    WorkspaceStore::create(path, "Big", "GEN", clock)->replaceAll(generateWorkspace(options));
    return path;
}

} // namespace

TEST_CASE("measure the backlog view on 100,000 stories", "[.measure]") {
    test::TempDir dir;
    FixedClock clock(1790000000000LL);
    const auto path = bigWorkspace(dir, clock);

    QElapsedTimer t;
    Document doc(clock);
    t.start();
    REQUIRE(doc.open(QString::fromStdString(path)));
    const auto openMs = t.elapsed();
    t.restart();
    BacklogModel model(doc);
    BacklogFilterProxy proxy(doc);
    proxy.setSourceModel(&model);
    const auto modelMs = t.elapsed();
    t.restart();
    (void)proxy.rowCount();
    const auto mapMs = t.elapsed();
    t.restart();
    // In the application this happens in idle time after the window shows.
    proxy.prepareSearchText();
    const auto searchTextMs = t.elapsed();
    t.restart();
    proxy.setFilterText(QStringLiteral("c"));
    (void)proxy.rowCount();
    proxy.setFilterText(QStringLiteral("ch"));
    (void)proxy.rowCount();
    const auto twoKeysMs = t.elapsed();
    t.restart();
    proxy.setFilterText(QStringLiteral("che"));
    const int shown = proxy.rowCount();
    const auto keystrokeMs = t.elapsed();
    t.restart();
    REQUIRE(doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("wsjf")));
    const auto switchMs = t.elapsed();
    t.restart();
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < BacklogModel::ColumnCount; ++c)
            (void)model.data(model.index(r, c));
    const auto allDataMs = t.elapsed();
    WARN("open (load + rank): " << openMs << " ms; model + proxy: " << modelMs << " ms; first proxy mapping: "
                                << mapMs << " ms; search text (idle time): " << searchTextMs
                                << " ms; keystrokes 'c','ch': " << twoKeysMs << " ms; keystroke 'che': "
                                << keystrokeMs << " ms (" << shown << " rows); framework switch: " << switchMs
                                << " ms; data() of every cell: " << allDataMs
                                << " ms; peak RSS: " << peakRssKb() / 1024 << " MiB");
}

TEST_CASE("measure filtering a shown backlog table on 100,000 stories", "[.measure]") {
    test::TempDir dir;
    FixedClock clock(1790000000000LL);
    const auto path = bigWorkspace(dir, clock);
    Document doc(clock);
    REQUIRE(doc.open(QString::fromStdString(path)));
    BacklogModel model(doc);
    BacklogFilterProxy proxy(doc);
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.resize(1200, 800);
    view.show();
    QApplication::processEvents();
    proxy.prepareSearchText();
    // A selected story the filter keeps, as when grooming.
    view.selectRow(0);

    std::ostringstream out;
    QElapsedTimer t;
    // Each step includes the view's relayout and repaint.
    const auto step = [&](const char* name, auto&& action) {
        t.start();
        action();
        QApplication::processEvents();
        out << name << ": " << t.elapsed() << " ms (" << proxy.rowCount() << " rows); ";
    };
    const auto type = [&](const char* text) {
        step(text, [&] { proxy.setFilterText(QString::fromUtf8(text)); });
    };
    for (const char* text : {"c", "ch", "che", "chec", "che", "ch", "c", "", "card", "pay", "checkout"})
        type(text);
    step("status facet", [&] {
        BacklogFilter f = proxy.filter();
        f.statuses = {StoryStatus::Ready};
        proxy.setFilter(f);
    });
    step("sort by points", [&] { proxy.sort(BacklogModel::PointsColumn, Qt::DescendingOrder); });
    type("check");
    step("edit a shown story", [&] {
        Story s = doc.workspace().stories[static_cast<std::size_t>(
            model.storyIndexAt(proxy.mapToSource(proxy.index(0, 0)).row()))];
        s.title += " (edited)";
        REQUIRE(doc.editStory(s));
    });
    step("framework switch",
         [&] { REQUIRE(doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("wsjf"))); });
    step("unsorted", [&] { proxy.sort(-1); });
    step("delete a shown story", [&] {
        REQUIRE(doc.deleteStories({proxy.index(0, 0).data(BacklogModel::StoryIdRole).toLongLong()}));
    });
    type("");
    WARN(out.str() << "peak RSS: " << peakRssKb() / 1024 << " MiB");
}
