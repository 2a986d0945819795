#include "ResearchFixture.h"

#include "research/InsightForm.h"
#include "research/InsightTableModel.h"
#include "research/PersonaForm.h"
#include "research/PersonaListModel.h"
#include "research/ResearchView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableView>

using namespace storyloom;

namespace {

struct ResearchFixture : test::ViewFixture<ResearchView> {
    template <typename W> W* child(const char* name) {
        auto* w = view->findChild<W*>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }
    const Persona* storedPersona(Id id) const {
        static Workspace ws;
        ws = reread();
        for (const Persona& p : ws.personas)
            if (p.id == id)
                return &p;
        return nullptr;
    }
    Insight storedInsight(Id id) const {
        const Workspace ws = reread();
        for (const Insight& i : ws.insights)
            if (i.id == id)
                return i;
        FAIL("insight " << id << " is not in the file");
        return {};
    }
};

} // namespace

TEST_CASE("personas show as cards whose accessible text reads the whole card") {
    ResearchFixture f;
    QAbstractItemModelTester tester(&f.view->personaModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.view->personaModel().rowCount() == 2);
    const QModelIndex maya = f.view->personaModel().index(0);
    CHECK(maya.data().toString() == "Maya");
    CHECK(maya.data(PersonaListModel::RoleRole).toString() == "Busy parent");
    CHECK(maya.data(PersonaListModel::StoryCountRole).toInt() == 1);
    const QString spoken = maya.data(Qt::AccessibleTextRole).toString();
    CHECK(spoken.contains("Reorder groceries in under a minute"));
    CHECK(spoken.contains("Forms that forget her"));
    CHECK(f.view->personaList().viewMode() == QListView::IconMode);
}

TEST_CASE("insights show in a sortable table with strength as text") {
    ResearchFixture f;
    QAbstractItemModelTester tester(&f.view->insightModel(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto& model = f.view->insightModel();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.index(0, InsightTableModel::Source).data().toString() == "Analytics");
    CHECK(model.index(0, InsightTableModel::Date).data().toString() == "2026-01-12");
    CHECK(model.index(2, InsightTableModel::Date).data().toString() == "No date");
    const QString strength = model.index(2, InsightTableModel::Strength).data().toString();
    CHECK(strength.startsWith("3 of 5"));

    QTableView& table = f.view->insightTable();
    table.sortByColumn(InsightTableModel::Strength, Qt::DescendingOrder);
    const int first = table.model()->index(0, InsightTableModel::Strength).data().toString().left(1).toInt();
    const int last = table.model()->index(2, InsightTableModel::Strength).data().toString().left(1).toInt();
    CHECK(first >= last);
    table.sortByColumn(InsightTableModel::Date, Qt::AscendingOrder);
    CHECK(table.model()->index(1, InsightTableModel::Date).data().toString() == "2025-11-03");
}

TEST_CASE("editing a persona in its form writes the file and typing is one undo step") {
    ResearchFixture f;
    f.view->selectPersona(1);
    CHECK(f.view->subject() == ResearchView::Subject::Persona);
    auto* role = f.child<QLineEdit>("roleEdit");
    role->setFocus();
    role->selectAll();
    QTest::keyClicks(role, "Night-shift nurse");
    CHECK(f.storedPersona(1)->role == "Night-shift nurse");
    CHECK(f.document.undoStack()->count() == 1);
    f.child<QPlainTextEdit>("goalsEdit")->setPlainText("Shop in five minutes");
    CHECK(f.storedPersona(1)->goals == "Shop in five minutes");

    auto* name = f.child<QLineEdit>("nameEdit");
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Backspace);
    CHECK(f.view->personaForm().problem().contains("name is empty"));
    CHECK(f.storedPersona(1)->name == "Maya");

    f.document.undoStack()->undo();
    f.document.undoStack()->undo();
    CHECK(f.storedPersona(1)->role == "Busy parent");
    CHECK(role->text() == "Busy parent");
}

TEST_CASE("editing an insight in its form writes each field to the file") {
    ResearchFixture f;
    f.view->selectInsight(1);
    CHECK(f.view->subject() == ResearchView::Subject::Insight);
    auto* title = f.child<QLineEdit>("titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, "Address step loses shoppers");
    CHECK(f.storedInsight(1).title == "Address step loses shoppers");
    auto* source = f.child<QComboBox>("sourceCombo");
    source->setCurrentIndex(source->findText("Survey"));
    CHECK(f.storedInsight(1).source == InsightSource::Survey);
    f.child<QCheckBox>("dateCheck")->setChecked(false);
    CHECK_FALSE(f.storedInsight(1).date.has_value());
    f.child<QSpinBox>("strengthSpin")->setValue(2);
    CHECK(f.storedInsight(1).strength == 2);
    CHECK(f.child<QLabel>("strengthText")->text().startsWith("2 of 5"));
    f.child<QPlainTextEdit>("summaryEdit")->setPlainText("Half leave at the address form.");
    CHECK(f.storedInsight(1).summary == "Half leave at the address form.");
    CHECK(f.document.undoStack()->count() == 5);
    while (f.document.undoStack()->canUndo())
        f.document.undoStack()->undo();
    CHECK(f.storedInsight(1).title == "Shoppers abandon at the address step");
}

TEST_CASE("new and deleted personas and insights persist and undo") {
    ResearchFixture f;
    const qint64 persona = f.view->addPersona();
    REQUIRE(persona > 0);
    CHECK(f.view->subjectId() == persona);
    CHECK(QApplication::focusWidget() == f.child<QLineEdit>("nameEdit"));
    QTest::keyClicks(QApplication::focusWidget(), "Sam");
    REQUIRE(f.storedPersona(persona) != nullptr);
    CHECK(f.storedPersona(persona)->name == "Sam");
    REQUIRE(f.view->deleteSubject());
    CHECK(f.storedPersona(persona) == nullptr);
    CHECK(f.view->subject() == ResearchView::Subject::None);
    f.document.undoStack()->undo();
    CHECK(f.storedPersona(persona) != nullptr);

    const qint64 insight = f.view->addInsight();
    REQUIRE(insight > 0);
    CHECK(f.reread().insights.size() == 4);
    REQUIRE(f.view->deleteSubject());
    CHECK(f.reread().insights.size() == 3);
    f.document.undoStack()->undo();
    CHECK(f.reread().insights.size() == 4);
}

TEST_CASE("linking and unlinking stories from the research view persists and undoes") {
    ResearchFixture f;
    f.view->selectPersona(2);
    QList<qint64> offered;
    f.view->setStoryChooser([&](const QList<qint64>& linked) {
        offered = linked;
        return QList<qint64>{f.storyId("SHOP-6"), f.storyId("SHOP-7")};
    });
    REQUIRE(f.view->chooseAndLinkStories());
    CHECK(offered == QList<qint64>{f.storyId("SHOP-5")});
    auto* list = f.child<QListWidget>("linkedStories");
    CHECK(list->count() == 3);
    CHECK(f.reread().findStory("SHOP-6")->personaIds == std::vector<Id>{2});

    f.view->selectLinked({f.storyId("SHOP-5")});
    REQUIRE(f.view->unlinkSelected());
    CHECK(list->count() == 2);
    CHECK(f.reread().findStory("SHOP-5")->personaIds.empty());

    f.document.undoStack()->undo();
    CHECK(f.reread().findStory("SHOP-5")->personaIds == std::vector<Id>{2});
    CHECK(list->count() == 3);
    f.document.undoStack()->undo();
    CHECK(f.reread().findStory("SHOP-6")->personaIds.empty());
    CHECK(list->count() == 1);
}

TEST_CASE("deleting a persona in the view unlinks its stories and undo relinks them") {
    ResearchFixture f;
    f.view->selectPersona(1);
    auto* list = f.child<QListWidget>("linkedStories");
    REQUIRE(list->count() == 1);
    REQUIRE(f.view->deleteSubject());
    CHECK(f.reread().findStory("SHOP-3")->personaIds.empty());
    CHECK(f.view->personaModel().rowCount() == 1);
    f.document.undoStack()->undo();
    CHECK(f.reread().findStory("SHOP-3")->personaIds == std::vector<Id>{1});
    CHECK(f.view->personaModel().rowCount() == 2);
    f.view->selectPersona(1);
    CHECK(list->count() == 1);
}

TEST_CASE("every focusable control of the research view has an accessible name") {
    ResearchFixture f;
    f.view->selectPersona(1);
    CHECK(test::unnamedFocusableWidgets(f.view.get()) == std::string());
}

TEST_CASE("at twice the text size the research view fits the window or scrolls") {
    test::DoubleTextSize big;
    ResearchFixture f;
    f.view->selectInsight(1);
    const QSize hint = f.view->minimumSizeHint();
    CHECK(hint.width() <= 1400);
    CHECK(hint.height() <= 860);
    // A card grows with the font: its text lines fit.
    const QFontMetrics fm(QApplication::font());
    CHECK(f.view->personaList().sizeHintForIndex(f.view->personaModel().index(0)).height() >=
          fm.lineSpacing() * 8);
}
