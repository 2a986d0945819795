#include "RoadmapFixture.h"

#include "roadmap/RoadmapSpec.h"
#include "roadmap/Scene.h"

#include <QAccessible>
#include <QUndoStack>

#include <optional>

using namespace storyloom;
using roadmap::Layout;

namespace {

QPoint centreOf(const roadmap::Rect& r) {
    return QPoint(static_cast<int>(r.x + r.w / 2), static_cast<int>(r.y + r.h / 2));
}

const roadmap::SceneItem& itemOf(RoadmapCanvas& canvas, const char* key) {
    const roadmap::SceneItem* item = canvas.scene().findItem(key);
    REQUIRE(item);
    return *item;
}

/// Presses at `from`, moves there in a few steps and releases at `to`, as a hand would.
void drag(QWidget* widget, QPoint from, QPoint to) {
    QTest::mousePress(widget, Qt::LeftButton, {}, from);
    for (int step = 1; step <= 4; ++step)
        QTest::mouseMove(widget, from + (to - from) * step / 4);
    QTest::mouseRelease(widget, Qt::LeftButton, {}, to);
}

} // namespace

TEST_CASE("each roadmap layout shows the demo workspace's epics and names itself") {
    test::RoadmapFixture f;
    const char* dated[] = {"BASK-1", "BASK-2", "BASK-3", "BASK-4", "BASK-5", "BASK-6"};
    for (Layout layout : {Layout::Board, Layout::Timeline, Layout::Matrix}) {
        f.view->setLayoutKind(layout);
        INFO(std::string(roadmap::label(layout)));
        CHECK(f.canvas().layout() == layout);
        CHECK(f.canvas().accessibleName().contains(QString::fromUtf8(roadmap::label(layout).data())));
        for (const char* key : dated)
            CHECK(f.canvas().scene().findItem(key) != nullptr);
        CHECK(f.canvas().width() >= 900);
    }
    f.view->setLayoutKind(Layout::Board);
    // Undated epics have no bar, but the board lists every epic.
    CHECK(f.canvas().scene().findItem("BASK-7") != nullptr);
    CHECK(f.canvas().scene().findItem("BASK-8") != nullptr);
    CHECK(itemOf(f.canvas(), "BASK-1").role == roadmap::Role::Card);
    f.view->setLayoutKind(Layout::Timeline);
    CHECK(itemOf(f.canvas(), "BASK-4").role == roadmap::Role::Bar);
    f.view->setLayoutKind(Layout::Matrix);
    CHECK(itemOf(f.canvas(), "BASK-4").role == roadmap::Role::Bubble);
}

TEST_CASE("dragging a card from Next to Now changes the epic's horizon in the file and undo restores it") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    REQUIRE(f.epic("BASK-4").horizon == Horizon::Next);
    std::optional<roadmap::DropZone> now;
    for (const auto& zone : f.canvas().scene().dropZones)
        if (zone.horizon == Horizon::Now)
            now = zone;
    REQUIRE(now);
    const QPoint from = centreOf(itemOf(f.canvas(), "BASK-4").bounds);
    const QPoint to(static_cast<int>(now->rect.x + now->rect.w / 2), from.y());
    const int steps = f.document.undoStack()->count();

    drag(&f.canvas(), from, to);

    CHECK(f.epic("BASK-4").horizon == Horizon::Now);
    CHECK(f.storedEpic("BASK-4").horizon == Horizon::Now);
    CHECK(f.document.undoStack()->count() == steps + 1);
    f.settle();
    // The card is now in the Now column (which grew to hold it).
    bool inNow = false;
    for (const auto& zone : f.canvas().scene().dropZones)
        inNow = inNow || (zone.horizon == Horizon::Now &&
                          zone.rect.contains(itemOf(f.canvas(), "BASK-4").bounds.centre()));
    CHECK(inNow);

    f.document.undoStack()->undo();
    CHECK(f.epic("BASK-4").horizon == Horizon::Next);
    CHECK(f.storedEpic("BASK-4").horizon == Horizon::Next);
}

TEST_CASE("dropping a card back on its own column changes nothing") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    const int steps = f.document.undoStack()->count();
    const QPoint from = centreOf(itemOf(f.canvas(), "BASK-4").bounds);
    drag(&f.canvas(), from, from + QPoint(4, 30));
    CHECK(f.epic("BASK-4").horizon == Horizon::Next);
    CHECK(f.document.undoStack()->count() == steps);
}

TEST_CASE("Ctrl+Left and Ctrl+Right move the focused card between columns, one undo step each") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    f.canvas().setFocus();
    REQUIRE(f.canvas().setFocusedKey("BASK-4"));
    QTest::keyClick(&f.canvas(), Qt::Key_Left, Qt::ControlModifier);
    CHECK(f.epic("BASK-4").horizon == Horizon::Now);
    CHECK(f.storedEpic("BASK-4").horizon == Horizon::Now);
    f.settle();
    CHECK(f.canvas().focusedKey() == "BASK-4"); // the focus follows the card
    QTest::keyClick(&f.canvas(), Qt::Key_Right, Qt::ControlModifier);
    QTest::keyClick(&f.canvas(), Qt::Key_Right, Qt::ControlModifier);
    CHECK(f.epic("BASK-4").horizon == Horizon::Later);
    f.document.undoStack()->undo();
    CHECK(f.epic("BASK-4").horizon == Horizon::Next);
    f.document.undoStack()->undo();
    CHECK(f.epic("BASK-4").horizon == Horizon::Now);
    f.document.undoStack()->undo();
    CHECK(f.storedEpic("BASK-4").horizon == Horizon::Next);
}

TEST_CASE("dragging a timeline bar moves it by whole weeks and each drag is one undo step") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Timeline);
    REQUIRE(f.canvas().scene().timeAxis);
    const double pxPerDay = f.canvas().scene().timeAxis->pxPerDay;
    const Date start = *f.epic("BASK-4").startDate;
    const Date end = *f.epic("BASK-4").endDate;
    const int steps = f.document.undoStack()->count();
    // Grab the middle of the bar (away from its grips) and move it 16 days right: 2 weeks after snapping.
    const QPoint from = centreOf(itemOf(f.canvas(), "BASK-4").bounds);
    drag(&f.canvas(), from, from + QPoint(static_cast<int>(16 * pxPerDay), 0));

    CHECK(f.epic("BASK-4").startDate->toDays() == start.toDays() + 14);
    CHECK(f.epic("BASK-4").endDate->toDays() == end.toDays() + 14);
    CHECK(f.storedEpic("BASK-4").startDate->toDays() == start.toDays() + 14);
    CHECK(f.document.undoStack()->count() == steps + 1);

    // A second drag of the same bar is a step of its own.
    f.settle();
    const QPoint again = centreOf(itemOf(f.canvas(), "BASK-4").bounds);
    drag(&f.canvas(), again, again - QPoint(static_cast<int>(7 * pxPerDay), 0));
    CHECK(f.epic("BASK-4").startDate->toDays() == start.toDays() + 7);
    CHECK(f.document.undoStack()->count() == steps + 2);

    f.document.undoStack()->undo();
    CHECK(f.epic("BASK-4").startDate->toDays() == start.toDays() + 14);
    f.document.undoStack()->undo();
    CHECK(*f.epic("BASK-4").startDate == start);
    CHECK(*f.epic("BASK-4").endDate == end);
    CHECK(*f.storedEpic("BASK-4").endDate == end);
}

TEST_CASE("dragging a bar's end grip changes only its end, in whole weeks") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Timeline);
    const double pxPerDay = f.canvas().scene().timeAxis->pxPerDay;
    const Date start = *f.epic("BASK-5").startDate;
    const Date end = *f.epic("BASK-5").endDate;
    const auto grips = f.canvas().scene().shapesWith(roadmap::Role::BarResizeEnd, "BASK-5");
    REQUIRE(!grips.empty());
    const QPoint from = centreOf(roadmap::boundsOf(*grips.front()));
    drag(&f.canvas(), from, from + QPoint(static_cast<int>(20 * pxPerDay), 0));
    CHECK(*f.epic("BASK-5").startDate == start);
    CHECK(f.epic("BASK-5").endDate->toDays() == end.toDays() + 21);
    CHECK(f.storedEpic("BASK-5").endDate->toDays() == end.toDays() + 21);
}

TEST_CASE("on the timeline Left, Right and Shift+Right shift the focused bar by a week") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Timeline);
    const Date start = *f.epic("BASK-6").startDate;
    const Date end = *f.epic("BASK-6").endDate;
    f.canvas().setFocus();
    REQUIRE(f.canvas().setFocusedKey("BASK-6"));
    QTest::keyClick(&f.canvas(), Qt::Key_Right);
    CHECK(f.epic("BASK-6").startDate->toDays() == start.toDays() + 7);
    CHECK(f.epic("BASK-6").endDate->toDays() == end.toDays() + 7);
    QTest::keyClick(&f.canvas(), Qt::Key_Left);
    QTest::keyClick(&f.canvas(), Qt::Key_Right, Qt::ShiftModifier);
    CHECK(*f.epic("BASK-6").startDate == start);
    CHECK(f.epic("BASK-6").endDate->toDays() == end.toDays() + 7);
    CHECK(f.storedEpic("BASK-6").endDate->toDays() == end.toDays() + 7);
    f.document.undoStack()->undo();
    CHECK(*f.epic("BASK-6").endDate == end);
}

TEST_CASE("Tab and the arrow keys walk the items and the canvas describes the focused one") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    f.canvas().setFocus();
    QTest::qWait(1);
    REQUIRE_FALSE(f.canvas().focusedKey().isEmpty());
    const QString first = f.canvas().focusedKey();
    const auto& items = f.canvas().scene().items;
    CHECK(first.toStdString() == items.front().key);
    CHECK(f.canvas().accessibleDescription().toStdString() == items.front().accessibleText);
    QTest::keyClick(&f.canvas(), Qt::Key_Tab);
    CHECK(f.canvas().focusedKey().toStdString() == items[1].key);
    CHECK(f.canvas().accessibleDescription().toStdString() == items[1].accessibleText);
    QTest::keyClick(&f.canvas(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(f.canvas().focusedKey() == first);
    // Right goes to the next column: BASK-1 (Now) to a Next epic.
    REQUIRE(f.canvas().setFocusedKey("BASK-1"));
    QTest::keyClick(&f.canvas(), Qt::Key_Right);
    const Epic* right = f.document.workspace().findEpic(f.canvas().focusedKey().toStdString());
    REQUIRE(right);
    CHECK(right->horizon == Horizon::Next);
    CHECK_FALSE(f.canvas().focusedRect().isEmpty());
}

TEST_CASE("the roadmap follows edits made elsewhere in the document") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    Epic renamed = f.epic("BASK-2");
    renamed.title = "Slot picker for everyone";
    REQUIRE(f.document.editEpic(renamed));
    QCoreApplication::processEvents(); // the rebuild is queued once per event-loop turn
    CHECK(itemOf(f.canvas(), "BASK-2").title == "Slot picker for everyone");
}

TEST_CASE("a hidden roadmap waits until it is shown to follow edits") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    f.view->hide();
    Epic renamed = f.epic("BASK-2");
    renamed.title = "Slot picker for everyone";
    REQUIRE(f.document.editEpic(renamed));
    QCoreApplication::processEvents();
    CHECK(itemOf(f.canvas(), "BASK-2").title == "Accessible delivery-slot picker");
    f.view->show();
    CHECK(itemOf(f.canvas(), "BASK-2").title == "Slot picker for everyone");
}

TEST_CASE("Enter on a focused epic reports it as activated") {
    test::RoadmapFixture f;
    f.canvas().setFocus();
    REQUIRE(f.canvas().setFocusedKey("BASK-3"));
    qint64 activated = 0;
    QObject::connect(f.view.get(), &RoadmapView::epicActivated, [&](qint64 id) { activated = id; });
    QTest::keyClick(&f.canvas(), Qt::Key_Return);
    CHECK(activated == f.epic("BASK-3").id);
}
