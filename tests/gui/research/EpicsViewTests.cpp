#include "ResearchFixture.h"

#include "epics/DeleteEpicDialog.h"
#include "epics/EpicEditor.h"
#include "epics/EpicListModel.h"
#include "epics/EpicsView.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

using namespace storyloom;

namespace {

struct EpicsFixture : test::ViewFixture<EpicsView> {
    EpicsFixture() { view->selectEpic(1); }

    template <typename W> W* field(const char* name) {
        auto* w = view->editor().findChild<W*>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }
    Epic stored(const char* key) const {
        const Workspace ws = reread();
        const Epic* e = ws.findEpic(key);
        REQUIRE(e != nullptr);
        return *e;
    }
    QString cell(qint64 epicId, int column) {
        return view->model().index(view->model().rowOf(epicId), column).data().toString();
    }
};

} // namespace

TEST_CASE(
    "the epic list shows key, title, colour as words and hex, theme, horizon, dates, stories and points") {
    EpicsFixture f;
    QAbstractItemModelTester tester(&f.view->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(f.view->model().rowCount() == 2);
    const Epic& checkout = *f.document.workspace().findEpic("SHOP-1");
    CHECK(f.cell(checkout.id, EpicListModel::Key) == "SHOP-1");
    CHECK(f.cell(checkout.id, EpicListModel::Title) == QString::fromStdString(checkout.title));
    const QString colour = f.cell(checkout.id, EpicListModel::Colour);
    CHECK(colour.contains(QString::fromStdString(checkout.colour).toUpper()));
    CHECK(colour.contains(QLatin1Char('('))); // a colour word before the hex
    CHECK(f.cell(checkout.id, EpicListModel::Theme) == "Checkout");
    CHECK(f.cell(checkout.id, EpicListModel::Stories) == "3");
    CHECK(f.cell(checkout.id, EpicListModel::Points) == "8"); // 5 + 3, one story not estimated
    // The swatch is the epic's colour, selected or not.
    const QIcon swatch =
        f.view->model().index(0, EpicListModel::Colour).data(Qt::DecorationRole).value<QIcon>();
    for (auto mode : {QIcon::Normal, QIcon::Selected})
        CHECK(swatch.pixmap(QSize(16, 16), mode).toImage().pixelColor(8, 8) ==
              QColor(QString::fromStdString(checkout.colour)));

    // The model follows edits, undo and deletes.
    Epic renamed = checkout;
    renamed.title = "Checkout v2";
    REQUIRE(f.document.editEpic(renamed));
    CHECK(f.cell(checkout.id, EpicListModel::Title) == "Checkout v2");
    REQUIRE(f.document.deleteEpic(2, std::nullopt));
    CHECK(f.view->model().rowCount() == 1);
    f.document.undoStack()->undo();
    CHECK(f.view->model().rowCount() == 2);
}

TEST_CASE("typing an epic title in the editor writes the file at once and is one undo step") {
    EpicsFixture f;
    auto* title = f.field<QLineEdit>("titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, "Pay faster");
    CHECK(f.stored("SHOP-1").title == "Pay faster");
    CHECK(f.document.undoStack()->count() == 1);
    f.document.undoStack()->undo();
    CHECK(f.stored("SHOP-1").title == "Checkout revamp");
    CHECK(title->text() == "Checkout revamp");
}

TEST_CASE("each epic editor field is written to the file and undone") {
    EpicsFixture f;
    const Epic before = f.stored("SHOP-1");
    SECTION("description") {
        f.field<QPlainTextEdit>("descriptionEdit")->setPlainText("Faster checkout for returning shoppers");
        CHECK(f.stored("SHOP-1").description == "Faster checkout for returning shoppers");
    }
    SECTION("colour as hex") {
        auto* hex = f.field<QLineEdit>("colourEdit");
        hex->selectAll();
        QTest::keyClicks(hex, "#12ab34");
        CHECK(f.stored("SHOP-1").colour == "#12AB34");
        CHECK(f.document.undoStack()->count() == 1); // the incomplete values were never written
    }
    SECTION("theme") {
        auto* theme = f.field<QComboBox>("themeCombo");
        theme->setCurrentIndex(theme->findText("Trust & safety"));
        CHECK(f.stored("SHOP-1").themeId == Id{2});
    }
    SECTION("status and horizon") {
        auto* status = f.field<QComboBox>("statusCombo");
        status->setCurrentIndex(status->findText(QString::fromUtf8(label(EpicStatus::Done).data())));
        CHECK(f.stored("SHOP-1").status == EpicStatus::Done);
        auto* horizon = f.field<QComboBox>("horizonCombo");
        horizon->setCurrentIndex(horizon->findText(QString::fromUtf8(label(Horizon::Later).data())));
        CHECK(f.stored("SHOP-1").horizon == Horizon::Later);
        f.document.undoStack()->undo();
    }
    SECTION("dates, including no date") {
        f.field<QCheckBox>("startCheck")->setChecked(false);
        CHECK_FALSE(f.stored("SHOP-1").startDate.has_value());
        f.document.undoStack()->undo();
        f.field<QDateEdit>("endEdit")->setDate(QDate(2027, 5, 31));
        CHECK(f.stored("SHOP-1").endDate == Date{2027, 5, 31});
    }
    SECTION("target release") {
        auto* release = f.field<QComboBox>("releaseCombo");
        release->setCurrentIndex(release->findData(qlonglong{0}));
        CHECK_FALSE(f.stored("SHOP-1").targetReleaseId.has_value());
    }
    REQUIRE(f.stored("SHOP-1") != before);
    f.document.undoStack()->undo();
    CHECK(f.stored("SHOP-1") == before);
}

TEST_CASE("an empty epic title or an end date before the start is shown as a problem and not written") {
    EpicsFixture f;
    const Epic before = f.stored("SHOP-1");
    auto* title = f.field<QLineEdit>("titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Delete);
    CHECK(f.view->editor().problem().contains("title is empty"));
    auto* problem = f.view->editor().findChild<QLabel*>("problemLabel");
    REQUIRE(problem != nullptr);
    CHECK(problem->isVisible());
    CHECK_FALSE(problem->accessibleName().isEmpty());
    CHECK(f.stored("SHOP-1") == before);
    QTest::keyClicks(title, "Checkout");
    CHECK(f.view->editor().problem().isEmpty());

    f.field<QCheckBox>("startCheck")->setChecked(true);
    f.field<QCheckBox>("endCheck")->setChecked(true);
    f.field<QDateEdit>("startEdit")->setDate(QDate(2027, 3, 1));
    f.field<QDateEdit>("endEdit")->setDate(QDate(2027, 1, 1));
    CHECK(f.view->editor().problem().contains("before the start date"));
    CHECK(f.stored("SHOP-1").endDate != Date{2027, 1, 1});
}

TEST_CASE("Ctrl+Shift+N adds an epic, selects it and puts the cursor in its title") {
    EpicsFixture f;
    f.view->table().setFocus();
    QTest::keyClick(&f.view->table(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.document.workspace().epics.size() == 3);
    const qint64 id = f.document.workspace().epics.back().id;
    CHECK(f.view->currentEpicId() == id);
    CHECK(f.view->editor().epicId() == id);
    CHECK(QApplication::focusWidget() == f.field<QLineEdit>("titleEdit"));
    CHECK(f.reread().epics.size() == 3);
    QTest::keyClicks(QApplication::focusWidget(), "Accounts");
    CHECK(f.reread().epics.back().title == "Accounts");
}

TEST_CASE("deleting an epic moves its stories or deletes them, cancel changes nothing, undo restores") {
    EpicsFixture f;
    const Workspace before = f.reread();
    std::optional<qint64> choice;
    bool accept = true;
    f.view->setDeleteChooser([&](qint64, std::optional<qint64>& moveTo) {
        moveTo = choice;
        return accept;
    });
    SECTION("cancel") {
        accept = false;
        CHECK_FALSE(f.view->deleteCurrent());
        CHECK(f.reread().epics.size() == 2);
        CHECK(f.document.undoStack()->count() == 0);
    }
    SECTION("move the stories to another epic") {
        choice = 2;
        REQUIRE(f.view->deleteCurrent());
        const Workspace after = f.reread();
        CHECK(after.epics.size() == 1);
        CHECK(after.stories.size() == 5);
        CHECK(f.document.storiesOfEpic(2).size() == 5);
        f.document.undoStack()->undo();
        CHECK(f.document.storiesOfEpic(1).size() == 3);
        CHECK(f.reread().epics == before.epics);
    }
    SECTION("delete the epic and its stories") {
        REQUIRE(f.view->deleteCurrent());
        CHECK(f.reread().stories.size() == 2);
        CHECK(f.view->model().rowCount() == 1);
        CHECK(f.view->currentEpicId() == 2);
        f.document.undoStack()->undo();
        const Workspace restored = f.reread();
        CHECK(restored.stories.size() == 5);
        CHECK(restored.findStory("SHOP-3")->personaIds == std::vector<Id>{1});
        CHECK(restored.findStory("SHOP-3")->criteria.size() == 3);
    }
}

TEST_CASE("the delete epic dialog offers both choices with Cancel as the default button") {
    EpicsFixture f;
    DeleteEpicDialog dialog(f.document, 1);
    CHECK(dialog.storyCount() == 3);
    auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    REQUIRE(cancel != nullptr);
    CHECK(cancel->isDefault());
    const auto radios = dialog.findChildren<QRadioButton*>();
    REQUIRE(radios.size() == 2);
    CHECK(radios[0]->text().contains("3 stories"));
    CHECK(radios[1]->text().contains("Delete the epic and its 3 stories"));
    CHECK(dialog.moveStoriesTo() == qint64{2}); // the only other epic, preselected
    dialog.chooseDelete();
    CHECK_FALSE(dialog.moveStoriesTo().has_value());

    // The real dialog through the view: Escape cancels.
    QTimer::singleShot(0, [] {
        if (QWidget* modal = QApplication::activeModalWidget())
            QTest::keyClick(modal, Qt::Key_Escape);
    });
    CHECK_FALSE(f.view->deleteCurrent());
    CHECK(f.reread().epics.size() == 2);
}

TEST_CASE("a new theme from the epic editor is added and given to the epic") {
    EpicsFixture f;
    REQUIRE(f.view->editor().addTheme("Growth"));
    const Workspace ws = f.reread();
    REQUIRE(ws.themes.size() == 3);
    CHECK(ws.themes.back().name == "Growth");
    CHECK(ws.findEpic("SHOP-1")->themeId == ws.themes.back().id);
    CHECK(f.field<QComboBox>("themeCombo")->currentText() == "Growth");
    CHECK_FALSE(f.view->editor().addTheme("  "));
    CHECK(f.view->editor().problem().contains("needs a name"));
}

TEST_CASE("every focusable control of the epics view and its delete dialog has an accessible name") {
    EpicsFixture f;
    CHECK(test::unnamedFocusableWidgets(f.view.get()) == std::string());
    DeleteEpicDialog dialog(f.document, 1);
    CHECK(test::unnamedFocusableWidgets(&dialog) == std::string());
}

TEST_CASE("at twice the text size the epic editor still fits or scrolls") {
    test::DoubleTextSize big;
    EpicsFixture f;
    // The editor sits in a scroll area: its own size hint may exceed the window, the view's may not.
    const QSize hint = f.view->minimumSizeHint();
    CHECK(hint.width() <= 1400);
    CHECK(hint.height() <= 860);
    auto* scroll = f.view->findChild<QScrollArea*>();
    REQUIRE(scroll != nullptr);
    CHECK(scroll->widget() == &f.view->editor());
    // Every field shows its whole text height (nothing clipped vertically).
    auto* title = f.field<QLineEdit>("titleEdit");
    CHECK(title->height() >= title->fontMetrics().height());
}

namespace {

/// The epic the list shows selected (0 when none) and the one the form shows must be the same.
void checkSelectionAgreesWithForm(EpicsView& view) {
    const QModelIndexList rows = view.table().selectionModel()->selectedRows();
    const qint64 selected = rows.size() == 1 ? rows.front().data(EpicListModel::IdRole).toLongLong() : 0;
    INFO("selected epic " << selected << ", form epic " << view.editor().epicId());
    CHECK(rows.size() <= 1);
    CHECK(selected == view.currentEpicId());
    CHECK(view.editor().epicId() == selected);
    CHECK(view.editor().isEnabled() == (selected != 0));
    if (selected != 0) {
        auto* title = view.editor().findChild<QLineEdit*>(QStringLiteral("titleEdit"));
        REQUIRE(title != nullptr);
        CHECK(title->text().toStdString() == view.document().findEpic(selected)->title);
    }
}

} // namespace

TEST_CASE("the epics view opened before its workspace selects the first epic and shows it in the form") {
    // The main window builds its views first and opens the workspace afterwards.
    test::TempDir dir;
    FixedClock clock{1772409600000LL};
    const std::string path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
    Document document{clock};
    EpicsView view(document);
    view.resize(1400, 860);
    view.show();
    checkSelectionAgreesWithForm(view);
    CHECK(view.currentEpicId() == 0);
    REQUIRE(document.open(QString::fromStdString(path)));
    CHECK(view.currentEpicId() == 1);
    checkSelectionAgreesWithForm(view);
}

TEST_CASE("the selected epic and the form agree after a delete, its undo and a reload from disk") {
    EpicsFixture f;
    checkSelectionAgreesWithForm(*f.view);
    f.view->selectEpic(2);
    checkSelectionAgreesWithForm(*f.view);

    SECTION("delete and undo") {
        f.view->setDeleteChooser([](qint64, std::optional<qint64>& moveTo) {
            moveTo = qint64{1};
            return true;
        });
        REQUIRE(f.view->deleteCurrent());
        CHECK(f.view->currentEpicId() == 1);
        checkSelectionAgreesWithForm(*f.view);
        f.document.undoStack()->undo();
        REQUIRE(f.view->model().rowCount() == 2);
        checkSelectionAgreesWithForm(*f.view);
        f.document.undoStack()->redo();
        checkSelectionAgreesWithForm(*f.view);
    }
    SECTION("an epic deleted elsewhere") {
        REQUIRE(f.document.deleteEpic(2, qint64{1}));
        checkSelectionAgreesWithForm(*f.view);
        CHECK(f.view->currentEpicId() == 1);
    }
    SECTION("a reload keeps the current epic when it still exists") {
        {
            auto other = WorkspaceStore::open(f.path, f.clock);
            Epic changed = *other->load().findEpic("SHOP-2");
            changed.title = "Trust, renamed by the command line";
            other->updateEpic(changed);
        }
        REQUIRE(f.document.reloadIfChangedOutside());
        CHECK(f.view->currentEpicId() == 2);
        checkSelectionAgreesWithForm(*f.view);
        CHECK(f.field<QLineEdit>("titleEdit")->text() == "Trust, renamed by the command line");
    }
    SECTION("deleting every epic leaves no selection and an empty, disabled form") {
        REQUIRE(f.document.deleteEpic(2, qint64{1}));
        REQUIRE(f.document.deleteEpic(1, std::nullopt));
        CHECK(f.view->model().rowCount() == 0);
        checkSelectionAgreesWithForm(*f.view);
        f.document.undoStack()->undo();
        CHECK(f.view->currentEpicId() == 1);
        checkSelectionAgreesWithForm(*f.view);
    }
}

TEST_CASE("the epic list's Title column takes the remaining width beside the story editor panel") {
    test::ViewFixture<EpicsView> f(true); // the demo workspace: long titles, themes and dates
    QTableView& table = f.view->table();
    QHeaderView* header = table.horizontalHeader();
    // The Epics tab's width in a 1600 and a 1280 px window with the story editor panel open.
    for (const int width : {1160, 840}) {
        INFO("view width " << width);
        f.view->resize(width, 900);
        QApplication::processEvents();
        const int title = header->sectionSize(EpicListModel::Title);
        CHECK(title >= f.view->minimumTitleWidth());
        // Key, horizon, stories and points are never cut.
        for (int c :
             {EpicListModel::Key, EpicListModel::Horizon, EpicListModel::Stories, EpicListModel::Points})
            CHECK(header->sectionSize(c) >= f.view->contentWidth(c));
        // Each column at least shows its header's text.
        for (int c = 0; c < EpicListModel::ColumnCount; ++c)
            CHECK(header->sectionSize(c) >= header->sectionSizeHint(c));
        // Beside the list at 1600 px; under it at 1280 px, where side by side would squeeze both.
        CHECK(f.view->layoutOrientation() == (width == 1160 ? Qt::Horizontal : Qt::Vertical));
        CHECK_FALSE(table.horizontalScrollBar()->isVisible());
        auto* formScroll = f.view->findChild<QScrollArea*>();
        REQUIRE(formScroll != nullptr);
        CHECK_FALSE(formScroll->horizontalScrollBar()->isVisible());
        if (width == 1160) {
            CHECK(header->length() <= table.viewport()->width());
            // Title is the column that stretches: the others are no wider than their content.
            CHECK(header->length() == table.viewport()->width());
            for (int c = 0; c < EpicListModel::ColumnCount; ++c)
                if (c != EpicListModel::Title)
                    CHECK(header->sectionSize(c) <= f.view->contentWidth(c));
        }
    }
}
