#include "Builders.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "app/Document.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "backlog/BacklogView.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {

struct WindowFixture {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    std::unique_ptr<MainWindow> window;

    WindowFixture() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        window = std::make_unique<MainWindow>(clock);
        REQUIRE(window->openWorkspace(QString::fromStdString(path), true));
        window->show();
        // Shortcuts only reach the active window.
        QApplication::setActiveWindow(window.get());
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
    }
    BacklogView& view() { return window->backlogView(); }
    QTableView* table() { return view().findChild<QTableView*>("table"); }
    QString keyAt(int row) {
        return view().proxy().index(row, BacklogModel::KeyColumn).data().toString();
    }
    /// The ranked order of keys as shown.
    QStringList shownKeys() {
        QStringList keys;
        for (int r = 0; r < view().proxy().rowCount(); ++r)
            keys << keyAt(r);
        return keys;
    }
    qint64 idOf(const QString& key) {
        return window->document().workspace().findStory(key.toStdString())->id;
    }
};

} // namespace

TEST_CASE("the backlog tab shows the ranked stories and explains the current one") {
    WindowFixture f;
    CHECK(f.view().proxy().rowCount() == 5);
    CHECK(f.keyAt(0) == "SHOP-3"); // RICE 12000 x 2 x 0.8 / 2 is the highest score
    auto* title = f.view().findChild<QLabel*>("explanationTitle");
    CHECK(title->text() == "Why SHOP-3 is #1");
    auto* terms = f.view().findChild<QTableWidget*>("termsTable");
    REQUIRE(terms->rowCount() == 4);
    CHECK(terms->item(0, 0)->text() == "reach");
    CHECK(terms->item(0, 1)->text() == "12000");
}

TEST_CASE("Ctrl+Up moves a story above its neighbour, pins it, persists and undoes") {
    WindowFixture f;
    const QStringList before = f.shownKeys();
    REQUIRE(before.size() == 5);
    f.view().selectStory(f.idOf(before[1]));
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Up, Qt::ControlModifier);

    QStringList expected = before;
    expected.swapItemsAt(0, 1);
    CHECK(f.shownKeys() == expected);
    CHECK(f.view().currentStoryId() == f.idOf(before[1]));
    CHECK(f.view().proxy().index(0, BacklogModel::RankColumn).data(Qt::AccessibleTextRole).toString().contains("pinned"));

    // The order is in the file: a fresh store ranks it the same way.
    auto reopened = WorkspaceStore::open(f.path, f.clock);
    CHECK(QString::fromStdString(reopened->load().settings.at("scoring.pins")).contains(before[1] + " above " + before[0]));

    f.window->document().undoStack()->undo();
    CHECK(f.shownKeys() == before);
}

TEST_CASE("choosing another framework re-ranks at once and is undoable") {
    WindowFixture f;
    auto* combo = f.view().findChild<QComboBox*>("frameworkCombo");
    const int moscow = combo->findData("moscow");
    REQUIRE(moscow >= 0);
    combo->setCurrentIndex(moscow);
    emit combo->activated(moscow);
    CHECK(f.window->document().frameworkName() == "MoSCoW");
    CHECK(f.window->statusBar()->findChildren<QLabel*>().size() >= 2);
    // Must-haves first: SHOP-3 and SHOP-6 are the two Must stories.
    CHECK(QStringList({f.keyAt(0), f.keyAt(1)}).contains("SHOP-6"));
    f.window->document().undoStack()->undo();
    CHECK(f.window->document().frameworkName() == "RICE");
    CHECK(combo->currentData().toString() == "rice");
}

TEST_CASE("typing in the find bar narrows the backlog and the status bar says how many are shown") {
    WindowFixture f;
    auto* find = f.view().findChild<QLineEdit*>("filterEdit");
    QTest::keyClicks(find, "saved card");
    CHECK(f.view().proxy().rowCount() == 2); // "Pay with a saved card", "Remove a saved card"
    bool mentionsFilter = false;
    for (auto* label : f.window->statusBar()->findChildren<QLabel*>())
        mentionsFilter = mentionsFilter || label->text().contains("2 shown by the filter");
    CHECK(mentionsFilter);
    find->clear();
    CHECK(f.view().proxy().rowCount() == 5);
}

TEST_CASE("Delete removes the selected story and undo brings it back") {
    WindowFixture f;
    const QString top = f.keyAt(0);
    f.view().selectStory(f.idOf(top));
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Delete);
    CHECK(f.view().proxy().rowCount() == 4);
    CHECK_FALSE(f.shownKeys().contains(top));
    f.window->document().undoStack()->undo();
    CHECK(f.shownKeys().contains(top));
}
