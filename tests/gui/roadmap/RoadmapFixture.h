#pragma once

#include "TempDir.h"

#include "app/DemoWorkspace.h"
#include "app/Document.h"
#include "domain/Clock.h"
#include "domain/Workspace.h"
#include "roadmap/RoadmapCanvas.h"
#include "roadmap/RoadmapView.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QTest>
#include <catch2/catch.hpp>

#include <memory>

namespace storyloom::test {

/// The Basketry demo workspace in a temporary file, open in a Document, shown in a 1400×860 Roadmap
/// view whose "today" is 2 March 2026 (inside the demo's dates).
struct RoadmapFixture {
    TempDir dir;
    FixedClock clock{1772409600000LL}; // 2026-03-02
    QString path = QString::fromStdString(dir.file("basketry.storyloom"));
    Document document{clock};
    std::unique_ptr<RoadmapView> view;

    RoadmapFixture() {
        const QString problem = demo::ensureDemoWorkspace(path, clock);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        REQUIRE(document.open(path));
        view = std::make_unique<RoadmapView>(document);
        view->resize(1400, 860);
        view->setToday(QDate(2026, 3, 2));
        view->show();
        QApplication::setActiveWindow(view.get());
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
        view->rebuildNow();
    }

    RoadmapCanvas& canvas() { return view->canvas(); }
    const Epic& epic(const char* key) {
        const Epic* e = document.workspace().findEpic(key);
        REQUIRE(e);
        return *e;
    }
    /// The workspace as a fresh store reads it from the file.
    Workspace reopened() { return WorkspaceStore::open(path.toStdString(), clock)->load(); }
    Epic storedEpic(const char* key) {
        const Workspace ws = reopened();
        const Epic* e = ws.findEpic(key);
        REQUIRE(e);
        return *e;
    }
    /// Lets the queued scene rebuild run.
    void settle() {
        QCoreApplication::processEvents();
        view->rebuildNow();
    }
};

} // namespace storyloom::test
