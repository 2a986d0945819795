#include "ResearchFixture.h"

#include "epics/EpicsView.h"
#include "epics/ThemesDialog.h"

#include <QAction>
#include <QIcon>
#include <QImage>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>

using namespace storyloom;

namespace {

/// A themes dialog over the sample workspace (themes "Checkout" #E8590C for SHOP-1 and "Trust &
/// safety" #2F9E44 for SHOP-2), shown beside an epics view.
struct ThemesFixture : test::ViewFixture<EpicsView> {
    ThemesDialog dialog{document, view.get()};
    std::optional<QString> nextName;
    QColor nextColour;
    bool confirmAnswer = true;
    QString askedQuestion;

    ThemesFixture() {
        dialog.setAskers({[this](const QString&, const QString&) { return nextName; },
                          [this](const QColor&) { return nextColour; },
                          [this](const QString& question) {
                              askedQuestion = question;
                              return confirmAnswer;
                          }});
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
    }
    Theme stored(qint64 id) const {
        const Workspace ws = reread();
        for (const Theme& t : ws.themes)
            if (t.id == id)
                return t;
        FAIL("theme " << id << " is not in the file");
        return {};
    }
    QString row(int index, int column) { return dialog.list().topLevelItem(index)->text(column); }
};

} // namespace

TEST_CASE("the themes dialog lists each theme with its colour in words and how many epics use it") {
    ThemesFixture f;
    REQUIRE(f.dialog.list().topLevelItemCount() == 2);
    CHECK(f.row(0, 0) == "Checkout");
    CHECK(f.row(0, 1) == "Orange (#E8590C)");
    CHECK(f.row(0, 2) == "1 epic");
    CHECK(f.row(1, 0) == "Trust & safety");
    CHECK(f.row(1, 1).contains("#2F9E44"));
    CHECK_FALSE(f.dialog.list().topLevelItem(0)->icon(1).isNull()); // the swatch beside the words
    // A selected row shows the same colour, not a tinted one beside the colour's name.
    const QIcon swatch = f.dialog.list().topLevelItem(0)->icon(1);
    CHECK(swatch.pixmap(16, QIcon::Selected).toImage().pixelColor(8, 8) == QColor("#E8590C"));
    CHECK(swatch.pixmap(16, QIcon::Normal).toImage().pixelColor(8, 8) == QColor("#E8590C"));
    // Follows the document: a second epic given the theme is counted.
    Epic trust = *f.document.findEpic(2);
    trust.themeId = 1;
    REQUIRE(f.document.editEpic(trust));
    CHECK(f.row(0, 2) == "2 epics");
}

TEST_CASE("renaming, recolouring, deleting and adding a theme write the file and undo restores each") {
    ThemesFixture f;
    const Workspace before = f.reread();
    f.dialog.selectTheme(1);
    SECTION("rename") {
        f.nextName = QStringLiteral("  Faster checkout ");
        f.dialog.renameClicked();
        CHECK(f.stored(1).name == "Faster checkout");
        CHECK(f.row(0, 0) == "Faster checkout");
        CHECK(f.dialog.currentThemeId() == 1);
    }
    SECTION("recolour") {
        f.nextColour = QColor(QStringLiteral("#1098ad"));
        f.dialog.colourClicked();
        CHECK(f.stored(1).colour == "#1098AD");
        CHECK(f.row(0, 1).contains("#1098AD"));
    }
    SECTION("delete: the epic keeps existing without the theme") {
        f.dialog.deleteClicked();
        const Workspace after = f.reread();
        CHECK(after.themes.size() == 1);
        REQUIRE(after.findEpic("SHOP-1") != nullptr);
        CHECK_FALSE(after.findEpic("SHOP-1")->themeId.has_value());
        CHECK(f.dialog.list().topLevelItemCount() == 1);
    }
    SECTION("add") {
        f.nextName = QStringLiteral("Growth");
        f.dialog.addClicked();
        const Workspace after = f.reread();
        REQUIRE(after.themes.size() == 3);
        CHECK(after.themes.back().name == "Growth");
        CHECK(f.dialog.currentThemeId() == after.themes.back().id);
    }
    CHECK(f.reread().themes != before.themes);
    CHECK(f.document.undoStack()->count() == 1);
    f.document.undoStack()->undo();
    const Workspace undone = f.reread();
    CHECK(undone.themes == before.themes);
    CHECK(undone.epics == before.epics);
    CHECK(f.dialog.list().topLevelItemCount() == 2);
}

TEST_CASE("deleting a theme asks first, says how many epics lose it, and cancel changes nothing") {
    ThemesFixture f;
    f.dialog.selectTheme(1);
    f.confirmAnswer = false;
    f.dialog.deleteClicked();
    CHECK(f.askedQuestion.contains("\"Checkout\""));
    CHECK(f.askedQuestion.contains("1 epic loses the theme"));
    CHECK(f.reread().themes.size() == 2);
    CHECK(f.document.undoStack()->count() == 0);
    Epic trust = *f.document.findEpic(2);
    trust.themeId = 1;
    REQUIRE(f.document.editEpic(trust));
    CHECK(f.dialog.deleteQuestion(1).contains("2 epics lose the theme"));

    SECTION("the real question: Cancel is the default, Escape cancels") {
        f.dialog.setAskers({});
        QTimer::singleShot(0, [] {
            if (QWidget* modal = QApplication::activeModalWidget())
                QTest::keyClick(modal, Qt::Key_Escape);
        });
        f.dialog.deleteClicked();
        CHECK(f.reread().themes.size() == 2);
    }
    SECTION("an empty name is refused with a sentence, nothing written") {
        CHECK_FALSE(f.dialog.renameTheme(1, QStringLiteral("   ")));
        CHECK(f.dialog.problem().contains("needs a name"));
        CHECK(f.stored(1).name == "Checkout");
    }
}

TEST_CASE("the themes dialog works by keyboard and opens from the epics view by button and shortcut") {
    ThemesFixture f;
    QTreeWidget& list = f.dialog.list();
    list.setFocus();
    QTest::keyClick(&list, Qt::Key_Down);
    CHECK(f.dialog.currentThemeId() == 2);
    f.nextName = QStringLiteral("Trust");
    QTest::keyClick(&list, Qt::Key_F2);
    CHECK(f.stored(2).name == "Trust");
    f.nextName = QStringLiteral("Growth");
    QTest::keyClick(&list, Qt::Key_Insert);
    CHECK(f.reread().themes.size() == 3);
    QTest::keyClick(&list, Qt::Key_Delete);
    CHECK(f.reread().themes.size() == 2);
    CHECK(f.document.undoStack()->count() == 3);
    // Every button has a mnemonic.
    for (QPushButton* b : f.dialog.findChildren<QPushButton*>())
        if (b->objectName().endsWith(QLatin1String("ThemeButton")))
            CHECK(b->text().contains(QLatin1Char('&')));
    CHECK(test::unnamedFocusableWidgets(&f.dialog) == std::string());
    f.dialog.close();

    // From the epics view: Ctrl+Shift+T and the Themes… button open the dialog (modal).
    QApplication::setActiveWindow(f.view.get());
    REQUIRE(QTest::qWaitForWindowActive(f.view.get()));
    auto* button = f.view->findChild<QPushButton*>(QStringLiteral("manageThemesButton"));
    REQUIRE(button != nullptr);
    CHECK_FALSE(button->accessibleName().isEmpty());
    CHECK(f.view->manageThemesAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    for (int way = 0; way < 2; ++way) {
        bool opened = false;
        QTimer::singleShot(0, [&opened] {
            auto* modal = qobject_cast<ThemesDialog*>(QApplication::activeModalWidget());
            opened = modal != nullptr && modal->list().topLevelItemCount() == 2;
            if (modal)
                modal->reject();
        });
        f.view->table().setFocus();
        if (way == 0)
            QTest::keyClick(&f.view->table(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
        else
            button->click();
        CHECK(opened);
    }
}

TEST_CASE("screenshot of the themes dialog on the demo workspace", "[.screenshot]") {
    test::ViewFixture<EpicsView> f(true);
    ThemesDialog dialog(f.document, f.view.get());
    dialog.resize(620, 360);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QApplication::processEvents();
    const QString path = QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots/themes.png");
    CHECK(dialog.grab().save(path));
}
