// Hidden tests: screenshots of the Roadmap view for docs/screenshots, and timings on the generated
// 100,000-story workspace. Run them with
//   storyloom_gui_roadmap_tests "[.screenshot]"   and   storyloom_gui_roadmap_tests "[.bench]"
#include "RoadmapFixture.h"

#include "roadmap/PresentationWindow.h"
#include "roadmap/RoadmapSpec.h"
#include "roadmap/Scene.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <iostream>

using namespace storyloom;
using roadmap::Layout;

namespace {

QString screenshotPath(const char* name) {
    return QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots/") + QLatin1String(name);
}

void save(QWidget& widget, const char* name) {
    QDir().mkpath(QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots"));
    const QString path = screenshotPath(name);
    INFO(path.toStdString());
    CHECK(widget.grab().save(path));
}

/// The generated workspace (2,000 epics), copied so opening it never touches the shared file.
/// Empty when it has not been generated (see tests/gui/roadmap/README in the report).
std::string bigWorkspaceCopy(const test::TempDir& dir) {
    const char* env = std::getenv("STORYLOOM_BIG_WORKSPACE");
    const std::string source = env ? env : "/tmp/bench/big.storyloom";
    if (!std::filesystem::exists(source))
        return {};
    const std::string copy = dir.file("big.storyloom");
    std::filesystem::copy_file(source, copy);
    return copy;
}

/// CPU time of this thread in ms: on a shared, loaded machine wall time mostly measures the others.
double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double medianMs(std::vector<double> samples) {
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

TEST_CASE("screenshots of each roadmap layout on the demo workspace", "[.screenshot]") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    f.canvas().setFocus();
    f.canvas().setFocusedKey("BASK-4");
    save(*f.view, "roadmap-board.png");
    f.view->setLayoutKind(Layout::Timeline);
    f.canvas().setFocusedKey("BASK-4");
    save(*f.view, "roadmap-timeline.png");
    f.view->setLayoutKind(Layout::Matrix);
    save(*f.view, "roadmap-matrix.png");
    // The presentation is not in the docs; it is saved next to the other temporary files to look at.
    f.view->presentAction()->trigger();
    REQUIRE(f.view->presentation());
    f.view->presentation()->resize(1600, 900);
    QTest::keyClick(f.view->presentation(), Qt::Key_Right);
    CHECK(f.view->presentation()->grab().save(QDir::temp().filePath("storyloom-roadmap-presentation.png")));
    f.view->presentation()->close();
}

TEST_CASE("screenshots of filtered roadmap views and the filter dialog", "[.screenshot]") {
    test::RoadmapFixture f;
    roadmap::RoadmapFilters filters;
    for (const Theme& t : f.document.workspace().themes)
        if (t.name == "Faster checkout" || t.name == "Accessible by default" ||
            t.name == "Delivery experience")
            filters.themeIds.push_back(t.id);
    filters.horizons = {Horizon::Now, Horizon::Next};
    f.view->setFilters(filters);
    f.canvas().setFocus();
    f.canvas().setFocusedKey("BASK-2");
    // docs/screenshots/roadmap-filtered.png comes from the real app (see the next test); these views are
    // saved next to the other temporary files to look at.
    CHECK(f.view->grab().save(QDir::temp().filePath("storyloom-roadmap-filtered-view.png")));
    filters.horizons = {Horizon::Later};
    filters.themeIds = {filters.themeIds.front()};
    filters.themeIds.push_back(9999); // a theme that no longer exists
    f.view->setFilters(filters);
    CHECK(f.view->grab().save(QDir::temp().filePath("storyloom-roadmap-missing-theme.png")));
    filters.horizons = {Horizon::Now};
    filters.themeIds = {f.document.workspace().themes.back().id};
    f.view->setFilters(filters);
    CHECK(f.view->showsNoMatch());
    QCoreApplication::processEvents(); // lays the panel out in the drawing's place
    CHECK(f.view->grab().save(QDir::temp().filePath("storyloom-roadmap-no-match.png")));
    // The dialog is not in the docs; it is saved next to the other temporary files to look at.
    QTimer::singleShot(0, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        CHECK(dialog->grab().save(QDir::temp().filePath("storyloom-roadmap-filter-dialog.png")));
        dialog->close();
    });
    f.view->filterAction()->trigger();
}

TEST_CASE("a demo workspace whose only saved view is filtered, for screenshots of the real app",
          "[.screenshot]") {
    // Writes $STORYLOOM_FILTERED_DEMO (default /tmp/storyloom-filtered-demo/Basketry demo.storyloom);
    // then: storyloom --view roadmap --screenshot FILE.png "<that file>".
    const char* env = std::getenv("STORYLOOM_FILTERED_DEMO");
    const QString target = env ? QString::fromLocal8Bit(env)
                               : QDir::temp().filePath("storyloom-filtered-demo/Basketry demo.storyloom");
    test::RoadmapFixture f;
    roadmap::RoadmapSpec spec = roadmap::defaultViews().front();
    spec.name = "Checkout, access and delivery: now and next";
    for (const Theme& t : f.document.workspace().themes)
        if (t.name == "Faster checkout" || t.name == "Accessible by default" ||
            t.name == "Delivery experience")
            spec.filters.themeIds.push_back(t.id);
    spec.filters.horizons = {Horizon::Now, Horizon::Next};
    QMap<QString, QString> settings;
    settings.insert(QString::fromUtf8(roadmap::kViewsSetting.data()),
                    QString::fromStdString(roadmap::viewsToSetting({spec})));
    REQUIRE(f.document.changeSettings(settings, "filtered view"));
    f.view.reset();
    f.document.close();
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    REQUIRE(QFile::copy(f.path, target));
}

TEST_CASE("screenshot of the filter dialog on the 100,000-story workspace", "[.screenshot]") {
    test::TempDir dir;
    const std::string path = bigWorkspaceCopy(dir);
    if (path.empty()) {
        WARN("No generated workspace at /tmp/bench/big.storyloom: skipped");
        return;
    }
    FixedClock clock(1772409600000LL);
    Document document(clock);
    REQUIRE(document.open(QString::fromStdString(path)));
    RoadmapView view(document);
    view.resize(1400, 860);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setToday(QDate(2026, 3, 2));
    QTimer::singleShot(0, [] {
        QWidget* dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        CHECK(dialog->grab().save(QDir::temp().filePath("storyloom-roadmap-filter-dialog-big.png")));
        dialog->close();
    });
    view.filterAction()->trigger();
    CHECK(view.grab().save(QDir::temp().filePath("storyloom-roadmap-big.png")));
}

TEST_CASE("screenshot of the timeline of the 100,000-story workspace", "[.screenshot]") {
    test::TempDir dir;
    const std::string path = bigWorkspaceCopy(dir);
    if (path.empty()) {
        WARN("No generated workspace at /tmp/bench/big.storyloom: skipped");
        return;
    }
    FixedClock clock(1772409600000LL);
    Document document(clock);
    REQUIRE(document.open(QString::fromStdString(path)));
    RoadmapView view(document);
    view.resize(1400, 860);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setToday(QDate(2026, 3, 2));
    view.setLayoutKind(Layout::Timeline);
    save(view, "roadmap-timeline-100k.png");
}

TEST_CASE("timings of the roadmap view on the 100,000-story workspace", "[.bench]") {
    test::TempDir dir;
    const std::string path = bigWorkspaceCopy(dir);
    if (path.empty()) {
        WARN("No generated workspace at /tmp/bench/big.storyloom: skipped");
        return;
    }
    FixedClock clock(1772409600000LL);
    Document document(clock);
    REQUIRE(document.open(QString::fromStdString(path)));
    RoadmapView view(document);
    view.resize(1400, 860);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    std::cout << document.workspace().epics.size() << " epics, " << document.workspace().stories.size()
              << " stories\n";
    for (Layout layout : {Layout::Board, Layout::Timeline, Layout::Matrix}) {
        view.setLayoutKind(layout);
        std::vector<double> rebuild, paint, edit, rebuildCpu, paintCpu, editCpu;
        for (int run = 0; run < 5; ++run) {
            QElapsedTimer timer;
            timer.start();
            double cpu = threadCpuMs();
            view.rebuildNow();
            rebuild.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            rebuildCpu.push_back(threadCpuMs() - cpu);
            timer.restart();
            cpu = threadCpuMs();
            view.repaint(); // the visible part of the canvas, as on screen
            paint.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            paintCpu.push_back(threadCpuMs() - cpu);
        }
        // An edit of one epic: the document writes the file, then the view lays out again.
        const Epic* epic = &document.workspace().epics.front();
        for (int run = 0; run < 5; ++run) {
            Epic changed = *epic;
            changed.horizon = run % 2 == 0 ? Horizon::Now : Horizon::Later;
            QElapsedTimer timer;
            timer.start();
            const double cpu = threadCpuMs();
            REQUIRE(document.editEpic(changed));
            QCoreApplication::processEvents();
            edit.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
            editCpu.push_back(threadCpuMs() - cpu);
            epic = document.workspace().findEpic(changed.id);
        }
        std::cout << roadmap::label(layout) << ": " << view.canvas().scene().items.size() << " items, "
                  << view.canvas().scene().shapes.size() << " shapes; medians wall / CPU: layout "
                  << medianMs(rebuild) << " / " << medianMs(rebuildCpu) << " ms, paint of the visible part "
                  << medianMs(paint) << " / " << medianMs(paintCpu) << " ms, one epic edit to repainted "
                  << medianMs(edit) << " / " << medianMs(editCpu) << " ms\n";
    }
}
