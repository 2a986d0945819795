#pragma once

#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "backlog/BacklogView.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QTest>
#include <catch2/catch.hpp>

#include <memory>
#include <string>

namespace storyloom::test {

/// A shown, active BacklogView on a workspace file (the sample workspace unless given), with the
/// document it edits. For the backlog's keyboard, editing and drag-and-drop tests.
struct BacklogViewFixture {
    TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};
    std::unique_ptr<BacklogView> view;

    explicit BacklogViewFixture(const Workspace& workspace = sampleWorkspace()) {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(workspace);
        REQUIRE(doc.open(QString::fromStdString(path)));
        view = std::make_unique<BacklogView>(doc);
        view->resize(1200, 600);
        view->show();
        // Shortcuts only reach the active window.
        QApplication::setActiveWindow(view.get());
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }
    qint64 idOf(const std::string& key) const { return doc.workspace().findStory(key)->id; }
    const Story& story(const std::string& key) const { return *doc.workspace().findStory(key); }
    /// The story as the file holds it (read by a second store, as the CLI would).
    Story stored(const std::string& key) const { return *WorkspaceStore::open(path, clock)->story(key); }
};

} // namespace storyloom::test
