#include "Builders.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "backlog/BacklogView.h"
#include "editor/StoryEditor.h"
#include "roadmap/RoadmapView.h"
#include <QDockWidget>
#include <QTabWidget>
#include <QTest>
#include "NewWorkspaceDialog.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "RecentFiles.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include "app/DemoWorkspace.h"
#include <QStandardPaths>
#include <QPushButton>
#include <QTreeView>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {
/// Every focusable widget must have an accessible name (labels are read by their text).
QStringList unnamedWidgets(QWidget* root) {
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        // Header views are announced as the column headers of their view.
        const bool interactive = qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) ||
                                 (qobject_cast<QAbstractItemView*>(w) && !qobject_cast<QHeaderView*>(w));
        // A button's visible text is its accessible name.
        auto* button = qobject_cast<QAbstractButton*>(w);
        const bool named = !w->accessibleName().isEmpty() || (button && !button->text().remove('&').isEmpty());
        // Qt's own helpers (a line edit's clear button, a table's disabled corner button) are named by Qt's accessibility layer.
        const bool qtInternal = w->objectName().startsWith(QLatin1String("qt_")) ||
                                QLatin1String(w->metaObject()->className()) == QLatin1String("QLineEditIconButton") ||
                                QLatin1String(w->metaObject()->className()) == QLatin1String("QTableCornerButton") ||
                                // a combo box's drop-down list is announced as part of its combo box
                                QLatin1String(w->metaObject()->className()) == QLatin1String("QComboBoxListView");
        if (interactive && !named && !qtInternal)
            missing << w->objectName() + QStringLiteral(" (") + w->metaObject()->className() + QStringLiteral(")");
    }
    return missing;
}
} // namespace

TEST_CASE("the main window opens a workspace, lists it and remembers it as recent") {
    RecentFiles::clear();
    test::TempDir dir;
    FixedClock clock(1767225600000LL);
    const auto path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());

    MainWindow window(clock);
    REQUIRE(window.openWorkspace(QString::fromStdString(path), true));
    CHECK(window.windowTitle().startsWith("Shop"));
    CHECK(window.backlogView().visibleCount() == static_cast<int>(test::sampleWorkspace().stories.size()));
    CHECK(RecentFiles::load().value(0).endsWith("shop.storyloom"));
}

TEST_CASE("the main window shows the reason and keeps going when a file cannot be opened") {
    test::TempDir dir;
    FixedClock clock(1767225600000LL);
    MainWindow window(clock);
    CHECK_FALSE(window.openWorkspace(QString::fromStdString(dir.file("missing.storyloom")), true));
    CHECK(window.document().errorString().contains("missing.storyloom"));
    CHECK_FALSE(window.document().isOpen());
}

TEST_CASE("the demo workspace is created from the bundled file and opened") {
    FixedClock clock(1767225600000LL);
    MainWindow window(clock);
    const QString problem = demo::ensureDemoWorkspace(demo::defaultPath(), clock);
    INFO(problem.toStdString());
    REQUIRE(problem.isEmpty());
    REQUIRE(window.openDemo(true));
    const Workspace& ws = window.document().workspace();
    CHECK(ws.productName == "Basketry");
    CHECK(ws.projectKey == "BASK");
    CHECK(ws.epics.size() >= 8);
    CHECK(ws.stories.size() >= 60);
    CHECK(ws.personas.size() >= 4);
    CHECK(ws.insights.size() >= 15);
    CHECK(ws.releases.size() >= 3);
    CHECK(validate(ws).empty());
}

TEST_CASE("every control in the main window and the new-workspace dialog has an accessible name") {
    FixedClock clock(1767225600000LL);
    MainWindow window(clock);
    CHECK(unnamedWidgets(&window).join(", ").toStdString() == "");
    NewWorkspaceDialog dialog;
    CHECK(unnamedWidgets(&dialog).join(", ").toStdString() == "");
}

TEST_CASE("the new-workspace dialog accepts only a valid product, key and new file") {
    test::TempDir dir;
    NewWorkspaceDialog dialog;
    auto* ok = dialog.findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok);
    dialog.findChild<QLineEdit*>("productEdit")->setText("Basketry");
    dialog.findChild<QLineEdit*>("keyEdit")->setText("B");
    auto* file = dialog.findChild<QLineEdit*>("fileEdit");
    file->setText(QString::fromStdString(dir.file("basketry.storyloom")));
    CHECK_FALSE(ok->isEnabled());
    dialog.findChild<QLineEdit*>("keyEdit")->setText("BASK");
    CHECK(ok->isEnabled());
    test::writeBytes(dir.file("taken.storyloom"), "x");
    file->setText(QString::fromStdString(dir.file("taken.storyloom")));
    CHECK_FALSE(ok->isEnabled());
}

TEST_CASE("preferences are kept between runs and the dialog shows and returns them") {
    Preferences p;
    p.start = Preferences::Start::StartPage;
    p.pollSeconds = 7;
    p.save();
    const Preferences loaded = Preferences::load();
    CHECK(loaded.start == Preferences::Start::StartPage);
    CHECK(loaded.pollSeconds == 7);

    PreferencesDialog dialog(loaded);
    auto* start = dialog.findChild<QComboBox*>("startCombo");
    CHECK(start->currentText() == "Show the start page");
    start->setCurrentIndex(start->findText("Open the Basketry demo"));
    CHECK(dialog.preferences().start == Preferences::Start::Demo);
    CHECK(dialog.preferences().pollSeconds == 7);
    CHECK(unnamedWidgets(&dialog).join(", ").toStdString() == "");
    Preferences{}.save(); // back to the defaults for the other tests
}

TEST_CASE("the main window has backlog, roadmap, research and epics tabs and a story editor that follows the backlog") {
    test::TempDir dir;
    FixedClock clock(1767225600000LL);
    const auto path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
    MainWindow window(clock);
    REQUIRE(window.openWorkspace(QString::fromStdString(path), true));
    window.show();

    auto* tabs = window.findChild<QTabWidget*>("views");
    REQUIRE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i).remove('&');
    CHECK(titles == QStringList{"Backlog", "Roadmap", "Research", "Epics"});
    for (const char* name : {"roadmap", "research", "epics", "backlog"}) {
        REQUIRE(window.showView(QString::fromLatin1(name)));
        CHECK(tabs->tabText(tabs->currentIndex()).remove('&').toLower() == QString::fromLatin1(name));
    }
    CHECK_FALSE(window.showView("timeline"));

    // Ctrl+2 from the keyboard reaches the roadmap.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_2,
                    Qt::ControlModifier);
    CHECK(tabs->currentWidget() == &window.roadmapView());

    // Selecting a story in the backlog shows it in the editor panel.
    const Story* story = window.document().workspace().findStory("SHOP-4");
    REQUIRE(story);
    window.backlogView().selectStory(story->id);
    CHECK(window.storyEditor().storyId() == story->id);
    CHECK(window.storyEditorPanel().accessibleName() == "Story editor panel");
}
