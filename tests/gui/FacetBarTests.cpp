#include "Builders.h"
#include "TempDir.h"

#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "backlog/FacetBar.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <catch2/catch.hpp>

using namespace storyloom;
using Facet = FacetBar::Facet;

namespace {

struct BarFixture {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};
    BacklogModel model{doc};
    BacklogFilterProxy proxy{doc};
    QWidget window; ///< shown only by the keyboard tests
    std::unique_ptr<FacetBar> bar;

    BarFixture() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
        proxy.setSourceModel(&model);
        bar = std::make_unique<FacetBar>(doc, proxy, &window);
        (new QVBoxLayout(&window))->addWidget(bar.get());
    }

    void showWindow() {
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    QStringList keys() const {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.data(proxy.index(r, BacklogModel::KeyColumn)).toString();
        out.sort();
        return out;
    }
    /// The value `text` (as the menu shows it, without mnemonic escapes) of `facet`'s drop-down.
    QAction* value(Facet facet, const QString& text) {
        for (QAction* action : bar->facetMenu(facet)->actions())
            if (action->text().replace(QStringLiteral("&&"), QStringLiteral("&")) == text)
                return action;
        return nullptr;
    }
    void choose(Facet facet, const QString& text) {
        QAction* action = value(facet, text);
        REQUIRE(action != nullptr);
        action->trigger();
    }
    QStringList menuTexts(QMenu* menu) {
        QStringList out;
        for (QAction* action : menu->actions())
            if (!action->isSeparator())
                out << action->text();
        return out;
    }
    QAction* savedEntry(const QString& text) {
        for (QAction* action : bar->savedFiltersMenu()->actions())
            if (action->text() == text)
                return action;
        return nullptr;
    }
};

} // namespace

TEST_CASE("choosing a status in the facet bar narrows the backlog and says how many are chosen") {
    BarFixture f;
    QToolButton* status = f.bar->button(Facet::Status);
    CHECK(status->text() == QStringLiteral("&Status"));
    CHECK(f.proxy.rowCount() == 5);

    f.choose(Facet::Status, QStringLiteral("Ready"));
    CHECK(f.keys() == QStringList{"SHOP-3"});
    CHECK(status->text() == QStringLiteral("&Status (1)"));
    CHECK(status->accessibleName() == QStringLiteral("Status filter, 1 chosen"));
    CHECK(status->accessibleDescription() == QStringLiteral("Showing only: Ready"));

    f.choose(Facet::Status, QStringLiteral("Refined")); // OR within a facet
    CHECK(f.keys() == (QStringList{"SHOP-3", "SHOP-4"}));
    CHECK(status->text() == QStringLiteral("&Status (2)"));
    CHECK(f.value(Facet::Status, QStringLiteral("Ready"))->isChecked());

    f.choose(Facet::Status, QStringLiteral("Ready")); // unchecking takes it out again
    CHECK(f.keys() == QStringList{"SHOP-4"});
    f.choose(Facet::Status, QStringLiteral("Refined"));
    CHECK(f.proxy.rowCount() == 5);
    CHECK(status->text() == QStringLiteral("&Status"));
    CHECK(status->accessibleName() == QStringLiteral("Status filter"));
}

TEST_CASE("two facets combine and the find text is left alone") {
    BarFixture f;
    f.proxy.setFilterText(QStringLiteral("card"));
    f.choose(Facet::Label, QStringLiteral("payments"));
    CHECK(f.keys() == (QStringList{"SHOP-3", "SHOP-4"}));
    f.choose(Facet::Status, QStringLiteral("Refined")); // AND between facets
    CHECK(f.keys() == QStringList{"SHOP-4"});
    CHECK(f.proxy.filter().text == QStringLiteral("card"));
    CHECK(f.bar->button(Facet::Label)->text() == QStringLiteral("&Label (1)"));

    f.choose(Facet::Readiness, QStringLiteral("Ready"));
    CHECK(f.proxy.rowCount() == 0); // SHOP-4 is not ready
    CHECK(f.bar->button(Facet::Readiness)->text() == QStringLiteral("Readi&ness: Ready"));
    f.choose(Facet::Readiness, QStringLiteral("Not ready")); // one readiness at a time
    CHECK(f.proxy.filter().readiness == BacklogFilter::Readiness::NotReady);
    CHECK(f.keys() == QStringList{"SHOP-4"});
}

TEST_CASE("the facet drop-downs list the values the workspace holds") {
    BarFixture f;
    const Workspace& w = f.doc.workspace();
    CHECK(f.value(Facet::Epic, QStringLiteral("SHOP-1 – Checkout revamp")) != nullptr);
    CHECK(f.value(Facet::Epic, QStringLiteral("SHOP-2 – Account security")) != nullptr);
    CHECK(f.bar->facetMenu(Facet::Status)->actions().size() == 6);
    CHECK(f.bar->facetMenu(Facet::Persona)->actions().size() == static_cast<qsizetype>(w.personas.size()));
    for (const Persona& p : w.personas)
        CHECK(f.value(Facet::Persona, QString::fromStdString(p.name)) != nullptr);
    for (const Release& r : w.releases)
        CHECK(f.value(Facet::Release, QString::fromStdString(r.name)) != nullptr);
    CHECK(f.menuTexts(f.bar->facetMenu(Facet::Readiness)) == (QStringList{"Ready", "Not ready"}));

    f.choose(Facet::Epic, QStringLiteral("SHOP-2 – Account security"));
    CHECK(f.keys() == (QStringList{"SHOP-6", "SHOP-7"}));
    CHECK(f.bar->button(Facet::Epic)->accessibleDescription() == QStringLiteral("Showing only: SHOP-2"));
}

TEST_CASE("the label list follows edits, and labels show as typed") {
    BarFixture f;
    CHECK(f.value(Facet::Label, QStringLiteral("R&D <b>team</b>")) == nullptr);
    Story s = *f.doc.workspace().findStory("SHOP-7");
    s.labels = {"R&D <b>team</b>"};
    REQUIRE(f.doc.editStory(s));
    QAction* label = f.value(Facet::Label, QStringLiteral("R&D <b>team</b>"));
    REQUIRE(label != nullptr);
    CHECK(label->text() == QStringLiteral("R&&D <b>team</b>")); // '&' is not taken as a mnemonic
    label->trigger();
    CHECK(f.keys() == QStringList{"SHOP-7"});

    for (const std::string& hostile : test::hostileStrings()) {
        Story draft;
        draft.title = "Hostile label";
        draft.labels = {hostile};
        REQUIRE(f.doc.addStory(draft) != 0);
        CHECK(f.value(Facet::Label, QString::fromStdString(hostile)) != nullptr);
    }
    // A chosen label no story has any more stays listed so it can be unchecked.
    REQUIRE(f.doc.undoStack()->count() > 0);
    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    CHECK(f.value(Facet::Label, QStringLiteral("R&D <b>team</b> (no story has it now)")) != nullptr);
    f.choose(Facet::Label, QStringLiteral("R&D <b>team</b> (no story has it now)"));
    CHECK(f.proxy.filter().labels.isEmpty());
}

TEST_CASE("clear filters resets every facet and keeps the find text") {
    BarFixture f;
    QToolButton* clear = f.bar->findChild<QToolButton*>(QStringLiteral("clearButton"));
    REQUIRE(clear != nullptr);
    CHECK_FALSE(clear->isEnabled());
    f.proxy.setFilterText(QStringLiteral("card"));
    CHECK_FALSE(clear->isEnabled()); // the text belongs to the find bar
    f.choose(Facet::Status, QStringLiteral("Refined"));
    f.choose(Facet::Persona, QString::fromStdString(f.doc.workspace().personas.front().name));
    f.choose(Facet::Readiness, QStringLiteral("Not ready"));
    CHECK(clear->isEnabled());
    CHECK(f.proxy.rowCount() < 5);

    clear->click();
    BacklogFilter expected;
    expected.text = QStringLiteral("card");
    CHECK(f.proxy.filter() == expected);
    CHECK_FALSE(clear->isEnabled());
    CHECK(f.bar->button(Facet::Status)->text() == QStringLiteral("&Status"));
    CHECK(f.bar->button(Facet::Readiness)->text() == QStringLiteral("Readi&ness"));
    CHECK_FALSE(f.value(Facet::Status, QStringLiteral("Refined"))->isChecked());
}

TEST_CASE("saving and applying a saved filter round-trips and is undoable") {
    BarFixture f;
    QSignalSpy changed(f.bar.get(), &FacetBar::filterChanged);
    CHECK(f.menuTexts(f.bar->savedFiltersMenu()).contains(QStringLiteral("No saved filters yet")));
    QAction* save = f.bar->savedFiltersMenu()->findChild<QAction*>(QStringLiteral("saveFilterAction"));
    REQUIRE(save != nullptr);
    CHECK_FALSE(save->isEnabled()); // nothing to save yet

    f.proxy.setFilterText(QStringLiteral("card"));
    f.choose(Facet::Label, QStringLiteral("payments"));
    const BacklogFilter chosen = f.proxy.filter();
    save = f.bar->savedFiltersMenu()->findChild<QAction*>(QStringLiteral("saveFilterAction"));
    REQUIRE(save->isEnabled());
    // The name goes through the real dialog.
    bool answered = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog != nullptr);
        dialog->setTextValue(QStringLiteral("  Payment cards  "));
        dialog->accept();
        answered = true;
    });
    save->trigger();
    CHECK(answered);
    CHECK(f.proxy.savedFilterNames() == QStringList{"Payment cards"});
    QAction* entry = f.savedEntry(QStringLiteral("Payment cards"));
    REQUIRE(entry != nullptr);
    CHECK(entry->isChecked()); // what the backlog shows now

    f.bar->clearFacets();
    f.proxy.setFilterText(QString());
    CHECK(f.proxy.rowCount() == 5);
    entry = f.savedEntry(QStringLiteral("Payment cards"));
    CHECK_FALSE(entry->isChecked());
    const auto before = changed.count();
    entry->trigger();
    CHECK(f.proxy.filter() == chosen);
    CHECK(f.keys() == (QStringList{"SHOP-3", "SHOP-4"}));
    CHECK(f.bar->button(Facet::Label)->text() == QStringLiteral("&Label (1)"));
    CHECK(changed.count() == before + 1); // tells the find bar to show the saved text

    REQUIRE(f.doc.undoStack()->canUndo());
    CHECK(f.doc.undoStack()->undoText() == QStringLiteral("Save filter Payment cards"));
    f.doc.undoStack()->undo();
    CHECK(f.proxy.savedFilterNames().isEmpty());
    CHECK(f.savedEntry(QStringLiteral("Payment cards")) == nullptr);
    f.doc.undoStack()->redo();
    CHECK(f.savedEntry(QStringLiteral("Payment cards")) != nullptr);
}

TEST_CASE("cancelling the save dialog saves nothing") {
    BarFixture f;
    f.choose(Facet::Status, QStringLiteral("Draft"));
    QTimer::singleShot(0, [] {
        if (auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    f.bar->savedFiltersMenu()->findChild<QAction*>(QStringLiteral("saveFilterAction"))->trigger();
    CHECK(f.proxy.savedFilterNames().isEmpty());
    CHECK_FALSE(f.doc.undoStack()->canUndo());
}

TEST_CASE("the facet buttons follow a filter set elsewhere") {
    BarFixture f;
    BacklogFilter filter;
    filter.statuses = {StoryStatus::Draft, StoryStatus::Done, StoryStatus::Ready};
    filter.readiness = BacklogFilter::Readiness::NotReady;
    f.proxy.setFilter(filter);
    CHECK(f.bar->button(Facet::Status)->text() == QStringLiteral("&Status (3)"));
    CHECK(f.bar->button(Facet::Readiness)->text() == QStringLiteral("Readi&ness: Not ready"));
    CHECK(f.value(Facet::Readiness, QStringLiteral("Not ready"))->isChecked());
    CHECK(f.value(Facet::Status, QStringLiteral("Done"))->isChecked());
    CHECK_FALSE(f.value(Facet::Status, QStringLiteral("Refined"))->isChecked());
}

TEST_CASE("every control of the facet bar has an accessible name, a mnemonic and a place in the tab order") {
    BarFixture f;
    f.showWindow();

    const QStringList expectedOrder{"epicButton",    "statusButton",    "labelButton", "personaButton",
                                    "releaseButton", "readinessButton", "clearButton", "savedButton"};
    f.choose(Facet::Status, QStringLiteral("Ready")); // enables Clear filters
    QSet<QChar> mnemonics;
    for (const QString& name : expectedOrder) {
        auto* b = f.bar->findChild<QToolButton*>(name);
        REQUIRE(b != nullptr);
        CHECK_FALSE(b->accessibleName().isEmpty());
        CHECK_FALSE(b->accessibleDescription().isEmpty());
        CHECK((b->focusPolicy() & Qt::TabFocus) != 0);
        const auto amp = b->text().indexOf(QLatin1Char('&'));
        REQUIRE(amp >= 0);
        mnemonics.insert(b->text().at(amp + 1).toLower());
        if (b->menu())
            CHECK_FALSE(b->menu()->accessibleName().isEmpty());
    }
    CHECK(mnemonics.size() == expectedOrder.size());

    f.bar->button(Facet::Epic)->setFocus(Qt::TabFocusReason);
    QStringList order{QApplication::focusWidget()->objectName()};
    for (qsizetype i = 1; i < expectedOrder.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    CHECK(order == expectedOrder);
}

TEST_CASE("a facet opens from the keyboard and values toggle without closing the menu") {
    BarFixture f;
    f.showWindow();

    QToolButton* status = f.bar->button(Facet::Status);
    status->setFocus(Qt::TabFocusReason);
    bool stayedOpen = false;
    QTimer::singleShot(0, [&] {
        QMenu* menu = status->menu();
        REQUIRE(menu->isVisible());
        menu->setActiveAction(f.value(Facet::Status, QStringLiteral("Ready")));
        QTest::keyClick(menu, Qt::Key_Space);
        QTest::keyClick(menu, Qt::Key_Up); // Refined
        QTest::keyClick(menu, Qt::Key_Return);
        stayedOpen = menu->isVisible();
        QTest::keyClick(menu, Qt::Key_Escape);
    });
    QTest::keyClick(status, Qt::Key_Space); // runs the menu until Escape
    CHECK(stayedOpen);
    CHECK(f.keys() == (QStringList{"SHOP-3", "SHOP-4"}));
    CHECK(status->text() == QStringLiteral("&Status (2)"));
}

TEST_CASE("the facet bar slots into its parent's tab order after a given widget") {
    BarFixture f;
    // Created after the bar, as a view that adds the bar last would have its find field.
    auto* find = new QLineEdit(&f.window);
    find->setObjectName(QStringLiteral("find"));
    auto* after = new QLineEdit(&f.window);
    after->setObjectName(QStringLiteral("after"));
    QWidget::setTabOrder(find, after);
    f.window.layout()->addWidget(find);
    f.window.layout()->addWidget(after);
    f.bar->placeInTabOrderAfter(find);
    f.showWindow();
    f.choose(Facet::Status, QStringLiteral("Ready")); // enables Clear filters

    find->setFocus(Qt::TabFocusReason);
    QStringList order;
    for (int i = 0; i < 10; ++i) {
        order << QApplication::focusWidget()->objectName();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    CHECK(order == (QStringList{"find", "epicButton", "statusButton", "labelButton", "personaButton",
                                "releaseButton", "readinessButton", "clearButton", "savedButton", "after"}));
}
