#include "Builders.h"
#include "TempDir.h"

#include "MainWindow.h"
#include "app/Document.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "backlog/BacklogView.h"
#include "backlog/BulkEditDialog.h"
#include "app/BulkEdit.h"
#include "domain/Workspace.h"
#include "scoring/Ranking.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
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

TEST_CASE("the bulk-edit dialog changes only what is ticked, in one undo step") {
    WindowFixture f;
    Document& doc = f.window->document();
    BulkEditDialog dialog(doc, 2);
    auto* ok = dialog.findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // nothing chosen yet
    dialog.findChild<QCheckBox*>("statusCheck")->setChecked(true);
    auto* status = dialog.findChild<QComboBox*>("statusCombo");
    status->setCurrentIndex(status->findText("Ready"));
    dialog.findChild<QLineEdit*>("addLabelsEdit")->setText("groomed, q3");
    CHECK(ok->isEnabled());
    dialog.findChild<QLineEdit*>("removeLabelsEdit")->setText("has space");
    CHECK_FALSE(ok->isEnabled()); // labels with spaces are refused
    dialog.findChild<QLineEdit*>("removeLabelsEdit")->clear();

    const BulkEdit edit = dialog.edit();
    CHECK(edit.status == StoryStatus::Ready);
    CHECK_FALSE(edit.moscow);
    CHECK_FALSE(edit.points);
    CHECK(edit.addLabels == std::vector<std::string>{"groomed", "q3"});

    const qint64 a = f.idOf("SHOP-4"), b = f.idOf("SHOP-7");
    const int undoSteps = doc.undoStack()->count();
    REQUIRE(doc.bulkEdit({a, b}, edit));
    CHECK(doc.undoStack()->count() == undoSteps + 1);
    const Story* s7 = doc.workspace().findStory(std::string("SHOP-7"));
    CHECK(s7->status == StoryStatus::Ready);
    CHECK(s7->moscow == Moscow::Wont); // untouched
    CHECK(std::count(s7->labels.begin(), s7->labels.end(), "q3") == 1);
    doc.undoStack()->undo();
    CHECK(doc.workspace().findStory(std::string("SHOP-7"))->status == StoryStatus::WontDo);
}

TEST_CASE("every control of the backlog view and the bulk-edit dialog has an accessible name or text") {
    WindowFixture f;
    BulkEditDialog dialog(f.window->document(), 1);
    for (QWidget* root : {static_cast<QWidget*>(&f.view()), static_cast<QWidget*>(&dialog)}) {
        QStringList missing;
        for (auto* w : root->findChildren<QWidget*>()) {
            auto* button = qobject_cast<QAbstractButton*>(w);
            const bool interactive = button || qobject_cast<QComboBox*>(w) || qobject_cast<QLineEdit*>(w) ||
                                     qobject_cast<QTableView*>(w);
            const bool internal = w->objectName().startsWith("qt_") || w->parent()->inherits("QComboBox") ||
                                  QLatin1String(w->metaObject()->className()) == QLatin1String("QLineEditIconButton") ||
                                  QLatin1String(w->metaObject()->className()) == QLatin1String("QTableCornerButton");
            const bool named = !w->accessibleName().isEmpty() || (button && !button->text().remove('&').isEmpty());
            if (interactive && !internal && !named)
                missing << w->objectName();
        }
        CHECK(missing.join(", ").toStdString() == "");
    }
}

TEST_CASE("a change made by another process reloads the backlog and keeps the selection") {
    WindowFixture f;
    const qint64 selected = f.idOf("SHOP-4");
    f.view().selectStory(selected);
    REQUIRE(f.view().currentStoryId() == selected);

    auto other = WorkspaceStore::open(f.path, f.clock);
    Story changed = *other->story("SHOP-5");
    changed.title = "Announce coupon errors politely";
    other->updateStory(changed);

    REQUIRE(f.window->document().reloadIfChangedOutside());
    CHECK(f.view().currentStoryId() == selected);
    CHECK(f.window->document().workspace().findStory(std::string("SHOP-5"))->title ==
          "Announce coupon errors politely");
}

TEST_CASE("grouping by epic shows each epic with its totals and keeps the current story") {
    WindowFixture f;
    const qint64 current = f.idOf("SHOP-4");
    f.view().selectStory(current);
    auto* group = f.view().findChild<QCheckBox*>("groupCheck");
    group->setChecked(true);
    CHECK(f.view().isGrouped());
    auto* tree = f.view().findChild<QTreeView*>("groupTree");
    REQUIRE(tree->model()->rowCount() == 2); // SHOP-1 and SHOP-2
    CHECK(tree->model()->index(0, BacklogModel::TitleColumn).data().toString().startsWith("SHOP-1"));
    CHECK(tree->model()->index(0, BacklogModel::PointsColumn).data().toInt() == 8);
    CHECK(f.view().currentStoryId() == current);
    group->setChecked(false);
    CHECK_FALSE(f.view().isGrouped());
    CHECK(f.view().currentStoryId() == current);
}

TEST_CASE("Ctrl+Shift+Down moves a scored story below the last scored story, above the unscored ones") {
    WindowFixture f;
    // Make the last story unscored under RICE: without reach it has no score and is listed last.
    const QStringList before = f.shownKeys();
    REQUIRE(before.size() == 5);
    Story unscored = *f.window->document().workspace().findStory(before[4].toStdString());
    unscored.inputs.reach.reset();
    REQUIRE(f.window->document().editStory(unscored));
    const QStringList ranked = f.shownKeys();
    REQUIRE(ranked.last() == before[4]);
    const auto scoredCount = static_cast<int>(f.window->document().ranking().scoredCount);
    REQUIRE(scoredCount >= 2);
    REQUIRE(scoredCount < 5);

    f.view().selectStory(f.idOf(ranked[0]));
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    const QStringList after = f.shownKeys();
    // The moved story is now the lowest scored story; the unscored stories keep their places.
    CHECK(after[scoredCount - 1] == ranked[0]);
    CHECK(after.mid(scoredCount) == ranked.mid(scoredCount));
    CHECK(f.view().currentStoryId() == f.idOf(ranked[0]));
}

TEST_CASE("moving an unscored story up among the scored ones says why it stays and changes nothing") {
    WindowFixture f;
    const QStringList before = f.shownKeys();
    Story unscored = *f.window->document().workspace().findStory(before[4].toStdString());
    unscored.inputs.reach.reset();
    REQUIRE(f.window->document().editStory(unscored));
    const QStringList ranked = f.shownKeys();
    const auto scoredCount = static_cast<int>(f.window->document().ranking().scoredCount);
    REQUIRE(scoredCount >= 1);
    REQUIRE(scoredCount < 5);
    const int undoSteps = f.window->document().undoStack()->count();

    // The first unscored story, one step up, would land among the scored ones.
    const QString firstUnscored = ranked[scoredCount];
    f.view().selectStory(f.idOf(firstUnscored));
    f.table()->setFocus();
    QTest::keyClick(f.table(), Qt::Key_Up, Qt::ControlModifier);
    CHECK(f.shownKeys() == ranked);
    CHECK(f.window->document().undoStack()->count() == undoSteps); // no empty undo step
    const QString said = f.window->statusBar()->currentMessage();
    CHECK(said.startsWith(firstUnscored + " is not scored yet (missing "));
    CHECK(said.contains("Enter the missing inputs"));

    // The last scored story cannot step down among the unscored ones either.
    f.view().selectStory(f.idOf(ranked[scoredCount - 1]));
    QTest::keyClick(f.table(), Qt::Key_Down, Qt::ControlModifier);
    CHECK(f.shownKeys() == ranked);
    CHECK(f.window->document().undoStack()->count() == undoSteps);
    CHECK(f.window->statusBar()->currentMessage().contains("stays above the stories that are not scored"));
}
