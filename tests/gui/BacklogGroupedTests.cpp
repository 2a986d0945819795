// The backlog grouped by epic: keyboard moves within a group, drag and drop within and between
// groups, and moving one story to another epic by keyboard (issue #4 item 5, issue #5 item 4).
#include "BacklogViewFixture.h"

#include "app/Document.h"
#include "backlog/BacklogModel.h"
#include "backlog/BacklogView.h"
#include "backlog/BulkEditDialog.h"
#include "backlog/EpicGroupModel.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMimeData>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <catch2/catch.hpp>

#include <memory>

using namespace storyloom;

namespace {

/// Keys as one string, so a failed comparison prints them.
std::string joined(const QStringList& keys) {
    return keys.join(", ").toStdString();
}

/// Every story scored (pins move scored stories only): RICE SHOP-3 9600, SHOP-4 1500, SHOP-6 400,
/// SHOP-5 200, SHOP-7 50. Epic SHOP-1 holds SHOP-3, 4, 5; SHOP-2 holds SHOP-6, 7.
Workspace allScored() {
    Workspace ws = test::sampleWorkspace();
    const std::pair<std::size_t, double> reach[] = {{2, 400}, {3, 800}, {4, 100}};
    for (auto [i, r] : reach) {
        ws.stories[i].inputs.reach = r;
        ws.stories[i].inputs.impact = 1;
        ws.stories[i].inputs.confidence = 50;
        ws.stories[i].inputs.effort = 1;
    }
    return ws;
}

struct GroupedFixture : test::BacklogViewFixture {
    GroupedFixture() : BacklogViewFixture(allScored()) {
        view->setGrouped(true);
        REQUIRE(view->isGrouped());
    }
    QTreeView* tree() { return view->findChild<QTreeView*>("groupTree"); }
    EpicGroupModel* groups() { return qobject_cast<EpicGroupModel*>(tree()->model()); }
    /// The group row of an epic by key ("" for "No epic").
    QModelIndex group(const std::string& epicKey) {
        const Epic* epic = epicKey.empty() ? nullptr : doc.workspace().findEpic(epicKey);
        return groups()->groupIndex(epic ? epic->id : 0);
    }
    QStringList keysIn(const std::string& epicKey) {
        QStringList keys;
        const QModelIndex parent = group(epicKey);
        for (int r = 0; r < groups()->rowCount(parent); ++r)
            keys << groups()->index(r, BacklogModel::KeyColumn, parent).data().toString();
        return keys;
    }
    void focusStory(const QString& key) {
        view->selectStory(idOf(key.toStdString()));
        tree()->setFocus();
    }
    std::optional<Id> epicOf(const std::string& key) { return doc.workspace().findStory(key)->epicId; }
    std::optional<Id> storedEpicOf(const std::string& key) {
        return WorkspaceStore::open(path, clock)->story(key)->epicId;
    }
    /// The drag data of these stories as the tree makes it.
    std::unique_ptr<QMimeData> drag(const QStringList& keys) {
        QModelIndexList indexes;
        for (const QString& key : keys) {
            view->selectStory(idOf(key.toStdString()));
            indexes << tree()->currentIndex();
        }
        return std::unique_ptr<QMimeData>(groups()->mimeData(indexes));
    }
};

} // namespace

TEST_CASE("grouped by epic, Ctrl+Up moves a story above its neighbour in the epic, persists and undoes") {
    GroupedFixture f;
    const QStringList before = f.keysIn("SHOP-1");
    REQUIRE(before.size() == 3);
    f.focusStory(before[2]);
    QTest::keyClick(f.tree(), Qt::Key_Up, Qt::ControlModifier);

    QStringList expected = before;
    expected.swapItemsAt(1, 2);
    CHECK(joined(f.keysIn("SHOP-1")) == joined(expected));
    CHECK(f.view->currentStoryId() == f.idOf(before[2].toStdString()));
    const auto pins = WorkspaceStore::open(f.path, f.clock)->load().settings.at("scoring.pins");
    CHECK(QString::fromStdString(pins).contains(before[2] + " above " + before[1]));

    f.doc.undoStack()->undo();
    CHECK(joined(f.keysIn("SHOP-1")) == joined(before));
}

TEST_CASE("grouped by epic, Ctrl+Shift+Up moves a story to the top of its epic, and Ctrl+Up stops there") {
    GroupedFixture f;
    REQUIRE(joined(f.keysIn("SHOP-1")) == "SHOP-3, SHOP-4, SHOP-5");
    const QStringList otherEpic = f.keysIn("SHOP-2");
    f.focusStory("SHOP-5");
    QTest::keyClick(f.tree(), Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(joined(f.keysIn("SHOP-1")) == "SHOP-5, SHOP-3, SHOP-4");
    CHECK(f.keysIn("SHOP-2") == otherEpic);
    const int steps = f.doc.undoStack()->count();
    QTest::keyClick(f.tree(), Qt::Key_Up, Qt::ControlModifier); // already first in its epic
    CHECK(f.doc.undoStack()->count() == steps);
    // Down again: its pin is replaced, so it drops back under SHOP-4.
    QTest::keyClick(f.tree(), Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(joined(f.keysIn("SHOP-1")) == "SHOP-3, SHOP-4, SHOP-5");
}

TEST_CASE("the grouped tree drags stories and takes drops only inside groups") {
    GroupedFixture f;
    CHECK(f.tree()->dragEnabled());
    CHECK(f.tree()->acceptDrops());
    const QModelIndex epic = f.group("SHOP-1");
    const QModelIndex story = f.groups()->index(0, 0, epic);
    CHECK(f.groups()->flags(story).testFlag(Qt::ItemIsDragEnabled));
    CHECK_FALSE(f.groups()->flags(epic).testFlag(Qt::ItemIsDragEnabled));
    CHECK(f.groups()->flags(epic).testFlag(Qt::ItemIsDropEnabled));
    auto data = f.drag({"SHOP-7"});
    REQUIRE(data);
    CHECK(f.groups()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, epic));
    CHECK_FALSE(
        f.groups()->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, QModelIndex())); // between epics
}

TEST_CASE("dropping a story on an epic's group row moves it into that epic in one undo step") {
    GroupedFixture f;
    const Epic* account = f.doc.workspace().findEpic(std::string("SHOP-2"));
    REQUIRE(f.epicOf("SHOP-4") == 1);
    auto data = f.drag({"SHOP-4"});
    const int steps = f.doc.undoStack()->count();
    REQUIRE(f.groups()->dropMimeData(data.get(), Qt::MoveAction, -1, -1, f.group("SHOP-2")));
    CHECK(f.epicOf("SHOP-4") == account->id);
    CHECK(f.storedEpicOf("SHOP-4") == account->id);
    CHECK(f.keysIn("SHOP-2").contains("SHOP-4"));
    CHECK_FALSE(f.keysIn("SHOP-1").contains("SHOP-4"));
    CHECK(f.doc.undoStack()->count() == steps + 1);
    f.doc.undoStack()->undo();
    CHECK(f.epicOf("SHOP-4") == 1);
    CHECK(f.storedEpicOf("SHOP-4") == 1);
}

TEST_CASE("dropping stories between the stories of another epic moves and places them in one undo step") {
    GroupedFixture f;
    REQUIRE(joined(f.keysIn("SHOP-2")) == "SHOP-6, SHOP-7");
    auto data = f.drag({"SHOP-5", "SHOP-7"});
    const int steps = f.doc.undoStack()->count();
    // Above the first story of SHOP-2: SHOP-5 comes over from SHOP-1; SHOP-7 is there already.
    REQUIRE(f.groups()->dropMimeData(data.get(), Qt::MoveAction, 0, 0, f.group("SHOP-2")));
    CHECK(joined(f.keysIn("SHOP-2")) == "SHOP-5, SHOP-7, SHOP-6");
    CHECK(joined(f.keysIn("SHOP-1")) == "SHOP-3, SHOP-4");
    CHECK(f.epicOf("SHOP-5") == 2);
    CHECK(f.storedEpicOf("SHOP-5") == 2);
    CHECK(f.doc.undoStack()->count() == steps + 1);
    f.doc.undoStack()->undo();
    CHECK(joined(f.keysIn("SHOP-2")) == "SHOP-6, SHOP-7");
    CHECK(f.epicOf("SHOP-5") == 1);
}

TEST_CASE("dropping a story within its own epic places it there; dropping it on its own place does nothing") {
    GroupedFixture f;
    auto data = f.drag({"SHOP-5"});
    REQUIRE(f.groups()->dropMimeData(data.get(), Qt::MoveAction, 1, 0, f.group("SHOP-1")));
    CHECK(joined(f.keysIn("SHOP-1")) == "SHOP-3, SHOP-5, SHOP-4");
    CHECK(f.epicOf("SHOP-5") == 1);
    const int steps = f.doc.undoStack()->count();
    auto again = f.drag({"SHOP-5"});
    CHECK_FALSE(f.groups()->dropMimeData(again.get(), Qt::MoveAction, 1, 0, f.group("SHOP-1")));
    CHECK(f.doc.undoStack()->count() == steps);
}

TEST_CASE("Ctrl+Shift+E on one story of the grouped backlog moves it to another epic by keyboard") {
    GroupedFixture f;
    f.focusStory("SHOP-3");
    const int steps = f.doc.undoStack()->count();
    bool dialogSeen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<BulkEditDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        dialogSeen = true;
        dialog->findChild<QCheckBox*>("epicCheck")->setChecked(true);
        auto* epic = dialog->findChild<QComboBox*>("epicCombo");
        epic->setCurrentIndex(epic->findText("SHOP-2", Qt::MatchStartsWith));
        dialog->findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok)->click();
    });
    QTest::keyClick(f.tree(), Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(dialogSeen);
    CHECK(f.epicOf("SHOP-3") == 2);
    CHECK(f.keysIn("SHOP-2").contains("SHOP-3"));
    CHECK(f.doc.undoStack()->count() == steps + 1);
    CHECK(f.view->currentStoryId() == f.idOf("SHOP-3")); // the keyboard stays on the story
}
