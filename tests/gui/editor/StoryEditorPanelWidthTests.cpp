#include "Builders.h"
#include "TempDir.h"

#include "app/DemoWorkspace.h"
#include "app/Document.h"
#include "domain/Clock.h"
#include "domain/Workspace.h"
#include "editor/StoryEditor.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {

/// The story editor as the main window's side panel holds it: in a frameless, resizable scroll area,
/// on a demo story with long persona and insight names.
struct PanelFixture {
    test::TempDir dir;
    FixedClock clock{1772409600000LL};
    std::string path = dir.file("demo.storyloom");
    Document document{clock};
    QScrollArea panel;
    StoryEditor* editor = nullptr;

    PanelFixture() {
        const QString problem = demo::ensureDemoWorkspace(QString::fromStdString(path), clock);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        REQUIRE(document.open(QString::fromStdString(path)));
        editor = new StoryEditor(document);
        panel.setWidgetResizable(true);
        panel.setFrameShape(QFrame::NoFrame);
        panel.setWidget(editor);
        const Story* story = document.workspace().findStory("BASK-21");
        REQUIRE(story != nullptr);
        editor->setStory(story->id);
    }

    /// Shows the panel `width` pixels wide (the dock's content width) and settles the layouts.
    void showAt(int width) {
        panel.resize(width, 900);
        panel.show();
        REQUIRE(QTest::qWaitForWindowExposed(&panel));
        QApplication::processEvents();
    }
};

} // namespace

TEST_CASE("the story editor panel fits the dock's default and minimum widths without scrolling sideways") {
    PanelFixture f;
    // The dock is 430 px wide by default and at least 380 px; its frame and title take a few pixels.
    for (const int width : {420, 370}) {
        INFO("panel width " << width);
        f.showAt(width);
        CHECK(f.editor->minimumSizeHint().width() <= f.panel.viewport()->width());
        CHECK_FALSE(f.panel.horizontalScrollBar()->isVisible());
        for (auto* inner : f.editor->findChildren<QAbstractScrollArea*>()) {
            if (!inner->isVisible() || qobject_cast<QListWidget*>(inner))
                continue;
            INFO(inner->objectName().toStdString());
            CHECK_FALSE(inner->horizontalScrollBar()->isVisible());
        }
        // Long persona and insight names shrink (wrapped or elided) rather than scroll.
        for (const char* name : {"personasList", "insightsList"}) {
            auto* list = f.editor->findChild<QListWidget*>(QString::fromLatin1(name));
            REQUIRE(list != nullptr);
            INFO(name);
            CHECK_FALSE(list->horizontalScrollBar()->isVisible());
        }
        auto* button = f.editor->findChild<QPushButton*>(QStringLiteral("openWindowButton"));
        REQUIRE(button != nullptr);
        const QRect inViewport(button->mapTo(f.panel.viewport(), QPoint(0, 0)), button->size());
        CHECK(f.panel.viewport()->rect().contains(inViewport));
        CHECK(button->width() >= button->sizeHint().width()); // its text is not cut
    }
}
