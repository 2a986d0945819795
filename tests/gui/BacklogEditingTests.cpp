// In-place editing of the backlog (issue #4 item 6) and what happens to an open editor when another
// process changes the file (item 8).
#include "BacklogViewFixture.h"

#include "app/Document.h"
#include "backlog/BacklogDelegate.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "backlog/BacklogView.h"
#include "backlog/ChoiceEditor.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {

struct ViewFixture : test::BacklogViewFixture {
    QTableView* table() { return view->findChild<QTableView*>("table"); }
    BacklogDelegate* delegate() { return qobject_cast<BacklogDelegate*>(table()->itemDelegate()); }
    /// Puts the keyboard on a story's cell in the table.
    void focusCell(const std::string& key, int column) {
        view->selectStory(idOf(key));
        table()->setCurrentIndex(table()->currentIndex().siblingAtColumn(column));
        table()->setFocus();
    }
    /// Runs the queued commit of an editor and deletes closed editors.
    static void settle() {
        QApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
};

} // namespace

TEST_CASE("F2 on a status cell opens a drop-down: arrows browse, Enter commits one undo step") {
    ViewFixture f;
    REQUIRE(f.story("SHOP-4").status == StoryStatus::Refined);
    f.focusCell("SHOP-4", BacklogModel::StatusColumn);
    QTest::keyClick(f.table(), Qt::Key_F2);
    auto* editor = qobject_cast<ChoiceEditor*>(f.delegate()->openEditor());
    REQUIRE(editor);
    CHECK(editor->currentText() == "Refined");
    CHECK(editor->count() == 6);
    const int steps = f.doc.undoStack()->count();

    QTest::keyClick(editor, Qt::Key_Down);
    ViewFixture::settle();
    CHECK(editor->currentText() == "Ready");
    CHECK(f.story("SHOP-4").status == StoryStatus::Refined); // browsing writes nothing
    CHECK(f.doc.undoStack()->count() == steps);

    QTest::keyClick(editor, Qt::Key_Return);
    ViewFixture::settle();
    CHECK_FALSE(f.delegate()->openEditor());
    CHECK(f.story("SHOP-4").status == StoryStatus::Ready);
    CHECK(f.stored("SHOP-4").status == StoryStatus::Ready);
    CHECK(f.doc.undoStack()->count() == steps + 1);

    f.doc.undoStack()->undo();
    CHECK(f.story("SHOP-4").status == StoryStatus::Refined);
    CHECK(f.stored("SHOP-4").status == StoryStatus::Refined);
}

TEST_CASE("Esc in a MoSCoW drop-down cancels without writing") {
    ViewFixture f;
    const Moscow before = f.story("SHOP-5").moscow;
    f.focusCell("SHOP-5", BacklogModel::MoscowColumn);
    QTest::keyClick(f.table(), Qt::Key_F2);
    auto* editor = qobject_cast<ChoiceEditor*>(f.delegate()->openEditor());
    REQUIRE(editor);
    const int steps = f.doc.undoStack()->count();
    QTest::keyClick(editor, Qt::Key_Up);
    QTest::keyClick(editor, Qt::Key_Escape);
    ViewFixture::settle();
    CHECK_FALSE(f.delegate()->openEditor());
    CHECK(f.story("SHOP-5").moscow == before);
    CHECK(f.doc.undoStack()->count() == steps);
}

TEST_CASE("Enter opens the points drop-down and a pick from its list commits at once") {
    ViewFixture f;
    REQUIRE(f.story("SHOP-3").points == 5);
    f.focusCell("SHOP-3", BacklogModel::PointsColumn);
    QTest::keyClick(f.table(), Qt::Key_Return);
    auto* editor = qobject_cast<ChoiceEditor*>(f.delegate()->openEditor());
    REQUIRE(editor);
    CHECK(editor->currentText() == "5");
    CHECK(editor->itemText(0) == "Not estimated");
    const int steps = f.doc.undoStack()->count();

    // What the open list does when an item is clicked: set it and report it as activated.
    editor->showPopup();
    const int thirteen = editor->findText("13");
    REQUIRE(thirteen >= 0);
    editor->hidePopup();
    editor->setCurrentIndex(thirteen);
    emit editor->activated(thirteen);
    ViewFixture::settle();
    CHECK_FALSE(f.delegate()->openEditor());
    CHECK(f.story("SHOP-3").points == 13);
    CHECK(f.doc.undoStack()->count() == steps + 1);

    // "Not estimated" clears the estimate.
    f.focusCell("SHOP-3", BacklogModel::PointsColumn);
    QTest::keyClick(f.table(), Qt::Key_F2);
    editor = qobject_cast<ChoiceEditor*>(f.delegate()->openEditor());
    REQUIRE(editor);
    editor->setCurrentIndex(0);
    QTest::keyClick(editor, Qt::Key_Return);
    ViewFixture::settle();
    CHECK_FALSE(f.story("SHOP-3").points.has_value());
    CHECK(f.doc.undoStack()->count() == steps + 2);
    f.doc.undoStack()->undo();
    CHECK(f.story("SHOP-3").points == 13);
}

TEST_CASE("the title still edits as text and commits on Enter") {
    ViewFixture f;
    f.focusCell("SHOP-4", BacklogModel::TitleColumn);
    QTest::keyClick(f.table(), Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(f.delegate()->openEditor());
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, "Forget a saved card");
    QTest::keyClick(editor, Qt::Key_Return);
    ViewFixture::settle();
    CHECK(f.story("SHOP-4").title == "Forget a saved card");
    CHECK(f.stored("SHOP-4").title == "Forget a saved card");
}

TEST_CASE("text typed in a cell survives a reload caused by another process writing the file") {
    ViewFixture f;
    f.focusCell("SHOP-4", BacklogModel::TitleColumn);
    QTest::keyClick(f.table(), Qt::Key_F2);
    auto* editor = qobject_cast<QLineEdit*>(f.delegate()->openEditor());
    REQUIRE(editor);
    editor->end(false);
    QTest::keyClicks(editor, " quickly");
    const QString typed = editor->text();
    REQUIRE(typed == "Remove a saved card quickly");

    // The CLI changes another story meanwhile.
    {
        auto other = WorkspaceStore::open(f.path, f.clock);
        Story changed = *other->story("SHOP-5");
        changed.title = "Announce coupon errors politely";
        other->updateStory(changed);
    }
    REQUIRE(f.doc.reloadIfChangedOutside());
    ViewFixture::settle();

    QWidget* reopened = f.delegate()->openEditor();
    REQUIRE(reopened);
    CHECK(BacklogDelegate::editorValue(reopened).toString() == typed);
    CHECK(f.delegate()->openEditorIndex().data(BacklogModel::StoryIdRole).toLongLong() == f.idOf("SHOP-4"));
    CHECK(f.delegate()->openEditorIndex().column() == BacklogModel::TitleColumn);
    CHECK(f.story("SHOP-4").title == "Remove a saved card"); // nothing written before the commit

    // Typing goes on where it stopped, and the commit keeps the other process's change.
    QTest::keyClicks(reopened, "!");
    QTest::keyClick(reopened, Qt::Key_Return);
    ViewFixture::settle();
    CHECK(f.story("SHOP-4").title == "Remove a saved card quickly!");
    CHECK(f.stored("SHOP-4").title == "Remove a saved card quickly!");
    CHECK(f.stored("SHOP-5").title == "Announce coupon errors politely");
}

TEST_CASE("a value chosen but not committed in a drop-down survives a reload") {
    ViewFixture f;
    f.focusCell("SHOP-5", BacklogModel::StatusColumn);
    QTest::keyClick(f.table(), Qt::Key_F2);
    auto* editor = qobject_cast<ChoiceEditor*>(f.delegate()->openEditor());
    REQUIRE(editor);
    editor->setCurrentIndex(editor->findText("Done"));
    {
        auto other = WorkspaceStore::open(f.path, f.clock);
        Story changed = *other->story("SHOP-7");
        changed.points = 8;
        other->updateStory(changed);
    }
    REQUIRE(f.doc.reloadIfChangedOutside());
    ViewFixture::settle();
    auto* reopened = qobject_cast<ChoiceEditor*>(f.delegate()->openEditor());
    REQUIRE(reopened);
    CHECK(reopened->currentText() == "Done");
    CHECK(f.delegate()->openEditorIndex().data(BacklogModel::StoryIdRole).toLongLong() == f.idOf("SHOP-5"));
    QTest::keyClick(reopened, Qt::Key_Return);
    ViewFixture::settle();
    CHECK(f.story("SHOP-5").status == StoryStatus::Done);
    CHECK(f.story("SHOP-7").points == 8);
}
