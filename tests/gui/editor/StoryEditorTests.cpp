#include "EditorFixture.h"

#include "editor/CriteriaEditor.h"
#include "editor/EditorSupport.h"
#include "editor/ScoreInputsPanel.h"
#include "scoring/Breakdown.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTest>

using namespace storyloom;
using test::EditorFixture;

namespace {

/// Story fields that do not change when only `updatedAt` does.
Story withoutStamp(Story s) {
    s.updatedAt = 0;
    return s;
}

} // namespace

TEST_CASE("typing a title writes it at once as one undo step and undo restores it") {
    EditorFixture f;
    const Story before = f.stored();
    const int steps = f.undoSteps();
    auto* title = f.child<QLineEdit>("titleEdit");
    title->setFocus();
    title->end(false);
    QTest::keyClicks(title, " fast");
    CHECK(f.stored().title == "Pay with a saved card fast");
    CHECK(f.reread().title == "Pay with a saved card fast");
    CHECK(f.undoSteps() == steps + 1);
    f.doc.undoStack()->undo();
    CHECK(f.reread().title == before.title);
    CHECK(title->text() == QString::fromStdString(before.title));
}

TEST_CASE("each text field of the story persists and undo restores it") {
    EditorFixture f;
    const Story before = f.stored();
    struct Case {
        const char* widget;
        std::string Story::*member;
    };
    for (const Case& c : {Case{"asAEdit", &Story::asA}, Case{"iWantEdit", &Story::iWant},
                          Case{"soThatEdit", &Story::soThat}}) {
        auto* edit = f.child<QLineEdit>(c.widget);
        edit->end(false);
        QTest::keyClicks(edit, "!");
        CHECK(f.reread().*c.member == before.*c.member + "!");
    }
    auto* description = f.child<QPlainTextEdit>("descriptionEdit");
    description->moveCursor(QTextCursor::End);
    QTest::keyClicks(description, " Also");
    CHECK(f.reread().description == before.description + " Also");
    auto* labels = f.child<QLineEdit>("labelsEdit");
    labels->end(false);
    QTest::keyClicks(labels, ", wallet");
    CHECK(f.reread().labels == std::vector<std::string>{"payments", "ui", "wallet"});
    for (int i = 0; i < 5; ++i)
        f.doc.undoStack()->undo();
    CHECK(withoutStamp(f.reread()) == withoutStamp(before));
    CHECK(f.child<QLineEdit>("asAEdit")->text() == QString::fromStdString(before.asA));
}

TEST_CASE("each choice field of the story is its own undo step and persists") {
    EditorFixture f;
    const Story before = f.stored();
    const int steps = f.undoSteps();
    const auto choose = [&](const char* name, const QVariant& data) {
        auto* combo = f.child<QComboBox>(name);
        const int i = combo->findData(data);
        REQUIRE(i >= 0);
        combo->setCurrentIndex(i);
        emit combo->activated(i);
    };
    choose("epicCombo", qint64(2));
    choose("statusCombo", static_cast<int>(StoryStatus::InProgress));
    choose("pointsCombo", 13);
    choose("moscowCombo", static_cast<int>(Moscow::Could));
    const Story s = f.reread();
    CHECK(s.epicId == std::optional<Id>(2));
    CHECK(s.status == StoryStatus::InProgress);
    CHECK(s.points == std::optional<int>(13));
    CHECK(s.moscow == Moscow::Could);
    CHECK(f.undoSteps() == steps + 4);
    choose("pointsCombo", -1);
    CHECK(f.reread().points == std::nullopt);
    for (int i = 0; i < 5; ++i)
        f.doc.undoStack()->undo();
    CHECK(withoutStamp(f.reread()) == withoutStamp(before));
}

TEST_CASE("personas, insights and blocked stories are linked from the editor and persist") {
    EditorFixture f;
    auto* personas = f.child<QListWidget>("personasList");
    REQUIRE(personas->count() == 2);
    personas->item(1)->setCheckState(Qt::Checked);
    CHECK(f.reread().personaIds == std::vector<Id>{1, 2});
    auto* insights = f.child<QListWidget>("insightsList");
    REQUIRE(insights->count() == 3);
    f.child<QLineEdit>("insightsFilter")->setText(QStringLiteral("coupon"));
    CHECK(insights->item(0)->isHidden());
    CHECK_FALSE(insights->item(2)->isHidden());
    insights->item(2)->setCheckState(Qt::Checked);
    CHECK(f.reread().insightIds == std::vector<Id>{2, 3});
    auto* add = f.child<QLineEdit>("blocksAddEdit");
    add->setFocus();
    QTest::keyClicks(add, "SHOP-5");
    QTest::keyClick(add, Qt::Key_Return);
    CHECK(f.reread().blocks == std::vector<Id>{2, 3});
    CHECK(f.child<QListWidget>("blocksList")->count() == 2);
    f.child<QListWidget>("blocksList")->setCurrentRow(0);
    f.child<QPushButton>("removeBlockButton")->click();
    CHECK(f.reread().blocks == std::vector<Id>{3});
    f.doc.undoStack()->undo();
    CHECK(f.reread().blocks == std::vector<Id>{2, 3});
}

TEST_CASE("an unknown story key for blocks is refused with a message") {
    EditorFixture f;
    auto* add = f.child<QLineEdit>("blocksAddEdit");
    add->setText(QStringLiteral("SHOP-999"));
    emit add->returnPressed();
    CHECK(f.editor.validationText().contains(QStringLiteral("no story SHOP-999")));
    CHECK(f.reread().blocks == std::vector<Id>{2});
}

TEST_CASE("points off the Fibonacci scale are refused with a message announced to screen readers") {
    EditorFixture f;
    const int alerts = f.editor.validationMessages().alertsSent();
    auto* points = f.child<QComboBox>("pointsCombo");
    points->setEditText(QStringLiteral("4"));
    emit points->lineEdit()->editingFinished();
    CHECK(
        f.editor.validationText().contains(QStringLiteral("Points must be one of 0, 1, 2, 3, 5, 8, 13, 21")));
    CHECK(f.editor.validationMessages().alertsSent() == alerts + 1);
    auto* label = f.child<QLabel>("validationLabel");
    CHECK(label->isVisible());
    CHECK(label->accessibleDescription() == label->text());
    CHECK(f.reread().points == std::optional<int>(5));
    points->setEditText(QStringLiteral("8"));
    emit points->lineEdit()->editingFinished();
    CHECK(f.editor.validationText().isEmpty());
    CHECK(f.reread().points == std::optional<int>(8));
}

TEST_CASE("a change from elsewhere refreshes the editor and keeps the cursor of the field being typed in") {
    EditorFixture f;
    auto* title = f.child<QLineEdit>("titleEdit");
    title->setFocus();
    title->setCursorPosition(3);
    QTest::keyClicks(title, "X");
    CHECK(title->cursorPosition() == 4);
    Story other = f.stored();
    other.asA = "loyal shopper";
    REQUIRE(f.doc.editStory(other));
    CHECK(f.child<QLineEdit>("asAEdit")->text() == QStringLiteral("loyal shopper"));
    CHECK(title->text() == QStringLiteral("PayX with a saved card"));
    CHECK(title->cursorPosition() == 4);
    f.doc.undoStack()->undo(); // the asA edit
    f.doc.undoStack()->undo(); // the typing
    CHECK(title->text() == QStringLiteral("Pay with a saved card"));
    CHECK(title->cursorPosition() == 4);
}

TEST_CASE("text that is not yet a valid value is not overwritten by a refresh") {
    EditorFixture f;
    auto* reach = qobject_cast<QLineEdit*>(f.editor.scoreInputs()->field(QStringLiteral("reach")));
    REQUIRE(reach);
    reach->setFocus();
    reach->selectAll();
    QTest::keyClicks(reach, "12k");
    CHECK(f.editor.validationText().contains(QStringLiteral("Reach must be a number")));
    Story other = f.stored();
    other.title = "Changed elsewhere";
    REQUIRE(f.doc.editStory(other));
    CHECK(reach->text() == QStringLiteral("12k"));
    // "1" and "12" were valid values on the way and were stored; "12k" is not.
    CHECK(f.reread().inputs.reach == std::optional<double>(12));
}

TEST_CASE("the score follows the inputs as they are typed") {
    EditorFixture f;
    const double before = f.doc.explain(f.id("SHOP-3")).total;
    auto* reach = qobject_cast<QLineEdit*>(f.editor.scoreInputs()->field(QStringLiteral("reach")));
    REQUIRE(reach);
    CHECK(reach->text() == QStringLiteral("12000"));
    reach->setFocus();
    reach->end(false);
    QTest::keyClick(reach, Qt::Key_Backspace);
    QTest::keyClicks(reach, "0"); // 12000 again: no change
    QTest::keyClick(reach, Qt::Key_Home);
    QTest::keyClick(reach, Qt::Key_Delete);
    QTest::keyClicks(reach, "2"); // 22000
    CHECK(f.reread().inputs.reach == std::optional<double>(22000));
    CHECK(f.doc.explain(f.id("SHOP-3")).total == Approx(before * 22000 / 12000));
    CHECK(f.editor.scoreInputs()->breakdownText().contains(QStringLiteral("RICE score")));
    CHECK(f.editor.scoreInputs()->breakdownText().contains(QStringLiteral("22000")));

    Story draft = f.stored();
    draft.inputs.effort = 4;
    const scoring::Breakdown b = f.doc.explainDraft(draft);
    CHECK(b.scored);
    CHECK(b.total == Approx(f.doc.explain(f.id("SHOP-3")).total / 2));
    draft.inputs.reach.reset();
    CHECK_FALSE(f.doc.explainDraft(draft).scored);
}

TEST_CASE("the score inputs follow the workspace's framework") {
    EditorFixture f;
    CHECK(f.editor.scoreInputs()->field(QStringLiteral("impact")) != nullptr);
    REQUIRE(f.doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("wsjf")));
    CHECK(f.editor.scoreInputs()->field(QStringLiteral("impact")) == nullptr);
    auto* jobSize = qobject_cast<QLineEdit*>(f.editor.scoreInputs()->field(QStringLiteral("jobSize")));
    REQUIRE(jobSize);
    CHECK(jobSize->text() == QStringLiteral("5"));
    jobSize->selectAll();
    QTest::keyClicks(jobSize, "4");
    CHECK(
        f.editor.validationText().contains(QStringLiteral("Job size must be one of 1, 2, 3, 5, 8, 13, 20")));
    jobSize->selectAll();
    QTest::keyClicks(jobSize, "8");
    CHECK(f.reread().inputs.jobSize == std::optional<int>(8));
    CHECK(f.editor.scoreInputs()->breakdownText().contains(QStringLiteral("WSJF score")));
}

TEST_CASE("a deleted story shows that it was deleted and comes back with undo") {
    EditorFixture f;
    REQUIRE(f.doc.deleteStories({f.id("SHOP-3")}));
    CHECK(f.editor.isShowingDeletedStory());
    CHECK(f.child<QStackedWidget>("pages")->currentWidget()->findChild<QLabel*>()->text() ==
          QStringLiteral("This story was deleted."));
    f.doc.undoStack()->undo();
    CHECK_FALSE(f.editor.isShowingDeletedStory());
    CHECK(f.child<QLineEdit>("titleEdit")->text() == QStringLiteral("Pay with a saved card"));
}

TEST_CASE("open in window shows another editor for the same story that stays in step") {
    EditorFixture f;
    f.editor.openInWindowAction()->trigger();
    StoryEditor* other = nullptr;
    for (auto* e : f.editor.findChildren<StoryEditor*>())
        if (e->isWindow())
            other = e;
    REQUIRE(other != nullptr);
    CHECK(other->isWindow());
    CHECK(other->storyId() == f.editor.storyId());
    auto* otherTitle = other->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
    otherTitle->end(false);
    QTest::keyClicks(otherTitle, "!");
    CHECK(f.child<QLineEdit>("titleEdit")->text() == QStringLiteral("Pay with a saved card!"));
    CHECK(f.editor.openInWindowAction()->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+O")));
    other->close();
}

TEST_CASE("every focusable widget of the editor has an accessible name") {
    EditorFixture f;
    QStringList unnamed;
    for (QWidget* w : f.editor.findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || !w->isVisibleTo(&f.editor))
            continue;
        QWidget* parent = w->parentWidget();
        // Parts of a compound control are named through it (a combo's line edit, a scroll bar).
        if (qobject_cast<QComboBox*>(parent) || qobject_cast<QScrollBar*>(w) || qobject_cast<QScrollArea*>(w))
            continue;
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        if (w->accessibleName().isEmpty() && name.isEmpty())
            unnamed << w->objectName() + QLatin1Char(' ') + QString::fromLatin1(w->metaObject()->className());
    }
    CHECK(unnamed.join(QStringLiteral(", ")).toStdString() == "");
}

TEST_CASE("the editor's labels have mnemonics and follow a logical tab order") {
    EditorFixture f;
    CHECK(f.child<QLabel>("titleLabel")->text() == QStringLiteral("&Title"));
    CHECK(f.child<QLabel>("asALabel")->text() == QStringLiteral("As &a"));
    CHECK(f.child<QLabel>("iWantLabel")->text() == QStringLiteral("I &want"));
    CHECK(f.child<QLabel>("soThatLabel")->text() == QStringLiteral("So t&hat"));
    for (QLabel* label : f.editor.findChildren<QLabel*>())
        if (label->buddy())
            CHECK(label->text().contains(QLatin1Char('&')));
    QWidget* next = f.child<QLineEdit>("titleEdit");
    QStringList names;
    for (int i = 0; i < 8; ++i) {
        names << next->objectName();
        do
            next = next->nextInFocusChain();
        while (next->focusPolicy() == Qt::NoFocus || qobject_cast<QComboBox*>(next->parentWidget()));
    }
    CHECK(names == QStringList{"titleEdit", "asAEdit", "iWantEdit", "soThatEdit", "descriptionEdit",
                               "epicCombo", "statusCombo", "pointsCombo"});
}

TEST_CASE("at 200 % text size the editor scrolls rather than clips") {
    EditorFixture f;
    f.editor.resize(420, 600);
    QFont big = f.editor.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    f.editor.setFont(big);
    QCoreApplication::processEvents();
    auto* scroll = f.child<QScrollArea>("scrollArea");
    auto* page = f.child<QWidget>("formPage");
    CHECK(scroll->verticalScrollBar()->maximum() > 0);
    // Nothing is squeezed below the size its content needs: the page grows and the area scrolls.
    CHECK(page->height() >= page->minimumSizeHint().height());
    CHECK(page->width() >= page->minimumSizeHint().width());
    CHECK(f.child<QLineEdit>("titleEdit")->height() >= QFontMetrics(big).height());
}
