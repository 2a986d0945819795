#include "EditorFixture.h"

#include "editor/CriteriaEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace storyloom;
using test::EditorFixture;

namespace {

std::vector<Id> criterionIds(const Story& s) {
    std::vector<Id> ids;
    for (const auto& c : s.criteria)
        ids.push_back(c.id);
    return ids;
}

} // namespace

TEST_CASE("adding a criterion with Ctrl+Enter persists it and undo removes it") {
    EditorFixture f;
    CriteriaEditor* criteria = f.editor.criteriaEditor();
    auto* list = f.child<QListWidget>("criteriaList");
    REQUIRE(list->count() == 3);
    criteria->setCurrentRow(2);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return, Qt::ControlModifier);
    CHECK(list->count() == 4);
    CHECK(criteria->currentRow() == 3);
    CHECK(f.reread().criteria.size() == 4);
    f.doc.undoStack()->undo();
    CHECK(f.reread().criteria.size() == 3);
    CHECK(list->count() == 3);
}

TEST_CASE("typing Given, When and Then persists each as one undo step") {
    EditorFixture f;
    CriteriaEditor* criteria = f.editor.criteriaEditor();
    criteria->addCriterion(); // after the selected first criterion
    REQUIRE(criteria->currentRow() == 1);
    auto* format = f.child<QComboBox>("formatCombo");
    format->setCurrentIndex(1);
    emit format->activated(1);
    CHECK(f.reread().criteria[1].format == CriterionFormat::GivenWhenThen);
    const int steps = f.undoSteps();
    QTest::keyClicks(f.child<QLineEdit>("givenEdit"), "a card is saved");
    QTest::keyClicks(f.child<QLineEdit>("whenEdit"), "I pay");
    QTest::keyClicks(f.child<QLineEdit>("thenEdit"), "it is used");
    CHECK(f.undoSteps() == steps + 3);
    const AcceptanceCriterion c = f.reread().criteria[1];
    CHECK(c.given == "a card is saved");
    CHECK(c.when == "I pay");
    CHECK(c.then == "it is used");
    CHECK(criteria->itemTexts()[1].startsWith(
        QStringLiteral("2. Given a card is saved, when I pay, then it is used")));
    f.doc.undoStack()->undo();
    CHECK(f.reread().criteria[1].then.empty());
    CHECK(f.child<QLineEdit>("thenEdit")->text().isEmpty());
    // Switching to free text starts the text from the parts (a free-text criterion needs text).
    format->setCurrentIndex(0);
    emit format->activated(0);
    CHECK(f.reread().criteria[1].format == CriterionFormat::FreeText);
    CHECK(f.reread().criteria[1].text == "Given a card is saved, when I pay");
}

TEST_CASE("a criterion's kind, WCAG criterion and done state persist") {
    EditorFixture f;
    CriteriaEditor* criteria = f.editor.criteriaEditor();
    criteria->setCurrentRow(2); // the performance criterion
    auto* kind = f.child<QComboBox>("kindCombo");
    const int a11y = kind->findData(static_cast<int>(CriterionKind::Accessibility));
    kind->setCurrentIndex(a11y);
    emit kind->activated(a11y);
    auto* wcag = f.child<QComboBox>("wcagCombo");
    wcag->setEditText(QStringLiteral("2.5.8"));
    emit wcag->lineEdit()->editingFinished();
    f.child<QCheckBox>("doneCheck")->setChecked(true);
    const AcceptanceCriterion c = f.reread().criteria[2];
    CHECK(c.kind == CriterionKind::Accessibility);
    CHECK(c.wcag == "2.5.8");
    CHECK(c.done);
    CHECK(wcag->currentText() == QStringLiteral("2.5.8 Target Size (Minimum) (AA)"));
    CHECK(criteria->itemTexts()[2].contains(QStringLiteral("WCAG 2.5.8")));
    CHECK(criteria->itemTexts()[2].contains(QStringLiteral("✓ done")));

    wcag->setEditText(QStringLiteral("9.9.9"));
    emit wcag->lineEdit()->editingFinished();
    CHECK(f.editor.validationText().contains(QStringLiteral("No WCAG 2.2 success criterion matches")));
    CHECK(f.reread().criteria[2].wcag == "2.5.8");
}

TEST_CASE("the WCAG list offers every WCAG 2.2 success criterion with number, name and level") {
    EditorFixture f;
    auto* wcag = f.child<QComboBox>("wcagCombo");
    CHECK(wcag->count() == 87); // "None" and 86 criteria
    CHECK(wcag->findText(QStringLiteral("1.4.3 Contrast (Minimum) (AA)")) > 0);
    CHECK(wcag->findData(QStringLiteral("4.1.1")) < 0);
    CHECK(wcag->completer()->filterMode() == Qt::MatchContains);
}

TEST_CASE("deleting a criterion persists and undo restores it with its id") {
    EditorFixture f;
    const std::vector<Id> before = criterionIds(f.stored());
    CriteriaEditor* criteria = f.editor.criteriaEditor();
    criteria->setCurrentRow(1);
    auto* list = f.child<QListWidget>("criteriaList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(criterionIds(f.reread()) == std::vector<Id>{before[0], before[2]});
    CHECK(list->count() == 2);
    f.doc.undoStack()->undo();
    CHECK(criterionIds(f.reread()) == before);
}

TEST_CASE("Alt+Down and Alt+Up reorder criteria from the keyboard and keep the moved one selected") {
    EditorFixture f;
    const std::vector<Id> before = criterionIds(f.stored());
    CriteriaEditor* criteria = f.editor.criteriaEditor();
    auto* list = f.child<QListWidget>("criteriaList");
    criteria->setCurrentRow(0);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    CHECK(criterionIds(f.reread()) == std::vector<Id>{before[1], before[0], before[2]});
    CHECK(criteria->currentRow() == 1);
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    CHECK(criterionIds(f.reread()) == std::vector<Id>{before[1], before[2], before[0]});
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    CHECK(criterionIds(f.reread()) == std::vector<Id>{before[1], before[0], before[2]});
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    CHECK(criterionIds(f.reread()) == before);
}

TEST_CASE("dragging a criterion to another place persists the new order") {
    EditorFixture f;
    const std::vector<Id> before = criterionIds(f.stored());
    auto* list = f.child<QListWidget>("criteriaList");
    // What a drop inside the list does to its model: move row 0 below row 2.
    REQUIRE(list->model()->moveRow(QModelIndex(), 0, QModelIndex(), 3));
    QCoreApplication::processEvents();
    CHECK(criterionIds(f.reread()) == std::vector<Id>{before[1], before[2], before[0]});
    CHECK(
        f.editor.criteriaEditor()->itemTexts()[2].startsWith(QStringLiteral("3. Given I have a saved card")));
    f.doc.undoStack()->undo();
    CHECK(criterionIds(f.reread()) == before);
}
