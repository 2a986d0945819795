#include "RoadmapFixture.h"

#include "roadmap/RoadmapExporter.h"
#include "roadmap/RoadmapFilterDialog.h"
#include "roadmap/RoadmapSpec.h"
#include "roadmap/Scene.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>
#include <QWheelEvent>

#include <algorithm>
#include <functional>

using namespace storyloom;
using roadmap::Layout;

namespace {

/// Keys of the epics drawn in the canvas's scene, sorted.
QStringList shownEpics(test::RoadmapFixture& f) {
    QStringList keys;
    for (const roadmap::SceneItem& item : f.canvas().scene().items)
        if (item.kind == roadmap::ItemKind::Epic)
            keys << QString::fromStdString(item.key);
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

Id themeId(test::RoadmapFixture& f, const std::string& name) {
    for (const Theme& t : f.document.workspace().themes)
        if (t.name == name)
            return t.id;
    FAIL("no theme " << name);
    return 0;
}

Id releaseId(test::RoadmapFixture& f, const std::string& name) {
    for (const Release& r : f.document.workspace().releases)
        if (r.name == name)
            return r.id;
    FAIL("no release " << name);
    return 0;
}

std::vector<roadmap::RoadmapSpec> storedViews(test::RoadmapFixture& f) {
    const Workspace ws = f.reopened();
    const auto it = ws.settings.find(std::string(roadmap::kViewsSetting));
    return roadmap::parseViews(it == ws.settings.end() ? std::string() : it->second);
}

void sendWheel(QWidget* target, int angle, Qt::KeyboardModifiers modifiers) {
    const QPointF pos(target->width() / 2.0, 60);
    QWheelEvent event(pos, target->mapToGlobal(pos), QPoint(), QPoint(0, angle), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(target, &event);
}

/// Runs `interact` on the modal dialog that `open` shows, then lets the dialog finish.
void withModalDialog(const std::function<void()>& open,
                     const std::function<void(RoadmapFilterDialog&)>& interact) {
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<RoadmapFilterDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        seen = true;
        interact(*dialog);
    });
    open();
    CHECK(seen);
}

} // namespace

TEST_CASE("a theme filter shows only the epics of the chosen themes and says so") {
    test::RoadmapFixture f;
    CHECK(shownEpics(f).size() == 8);
    CHECK(f.view->filterSummary() == "Not filtered: all 8 epics shown");
    CHECK_FALSE(f.view->clearFiltersAction()->isEnabled());

    roadmap::RoadmapFilters filters;
    filters.themeIds = {themeId(f, "Accessible by default")};
    f.view->setFilters(filters);
    CHECK(shownEpics(f) == QStringList({"BASK-2", "BASK-6"}));
    CHECK(f.view->filterSummary() == "Filtered: theme Accessible by default — 2 of 8 epics shown");
    CHECK(f.view->clearFiltersAction()->isEnabled());

    // Every layout applies the working copy's filters.
    f.view->setLayoutKind(Layout::Timeline);
    CHECK(shownEpics(f) == QStringList({"BASK-2", "BASK-6"}));
    f.view->setLayoutKind(Layout::Matrix);
    CHECK(shownEpics(f) == QStringList({"BASK-2", "BASK-6"}));
}

TEST_CASE("filters combine with OR inside a dimension and AND across themes, horizons and releases") {
    test::RoadmapFixture f;
    roadmap::RoadmapFilters filters;
    filters.horizons = {Horizon::Now};
    f.view->setFilters(filters);
    CHECK(shownEpics(f) == QStringList({"BASK-1", "BASK-2", "BASK-3"}));

    filters = {};
    filters.releaseIds = {releaseId(f, "2026.3 Autumn")}; // BASK-7's target, and a story of BASK-5
    f.view->setFilters(filters);
    CHECK(shownEpics(f) == QStringList({"BASK-5", "BASK-7"}));

    filters = {};
    filters.themeIds = {themeId(f, "Faster checkout"), themeId(f, "Delivery experience")};
    f.view->setFilters(filters);
    CHECK(shownEpics(f) == QStringList({"BASK-1", "BASK-4", "BASK-7", "BASK-8"}));
    filters.horizons = {Horizon::Later};
    f.view->setFilters(filters);
    CHECK(shownEpics(f) == QStringList({"BASK-7", "BASK-8"}));
    filters.releaseIds = {releaseId(f, "2026.3 Autumn")};
    f.view->setFilters(filters);
    CHECK(shownEpics(f) == QStringList({"BASK-7"}));
    const QString summary = f.view->filterSummary();
    CHECK(summary.startsWith("Filtered: themes "));
    CHECK(summary.contains("Faster checkout"));
    CHECK(summary.contains("Delivery experience"));
    CHECK(summary.contains("release 2026.3 Autumn"));
    CHECK(summary.contains("horizon Later"));
    CHECK(summary.endsWith("— 1 of 8 epics shown"));
}

TEST_CASE("the filter dialog ticks themes, releases and horizons from the keyboard and applies them") {
    test::RoadmapFixture f;
    f.canvas().setFocus();
    withModalDialog([&] { QTest::keyClick(&f.canvas(), Qt::Key_F, Qt::ControlModifier | Qt::AltModifier); },
                    [&](RoadmapFilterDialog& d) {
                        // Themes by name, releases in date order with their dates, Now / Next / Later.
                        QStringList themes;
                        for (int i = 0; i < d.themeList()->count(); ++i)
                            themes << d.themeList()->item(i)->text();
                        CHECK(themes ==
                              QStringList({"Accessible by default", "Delivery experience", "Faster checkout",
                                           "Retention", "Trust & transparency"}));
                        REQUIRE(d.releaseList()->count() == 3);
                        CHECK(d.releaseList()->item(0)->text().startsWith("2026.1 Spring ("));
                        CHECK(d.releaseList()->item(2)->text().startsWith("2026.3 Autumn ("));
                        CHECK(d.horizonList()->count() == 3);

                        // Find narrows the list; Space ticks the current entry.
                        auto* find = d.findChild<QLineEdit*>("findEdit");
                        REQUIRE(find);
                        QTest::keyClicks(find, "deliv");
                        CHECK(d.themeList()->item(0)->isHidden());
                        CHECK_FALSE(d.themeList()->item(1)->isHidden());
                        d.themeList()->setFocus();
                        QTest::keyClick(d.themeList(), Qt::Key_Space);
                        d.horizonList()->setFocus();
                        d.horizonList()->setCurrentRow(1);
                        QTest::keyClick(d.horizonList(), Qt::Key_Space);
                        CHECK(d.chosenHorizons() == QList<int>({1}));
                        QTest::keyClick(&d, Qt::Key_Return);
                    });
    REQUIRE(f.view->currentSpec().filters.themeIds == std::vector<Id>({themeId(f, "Delivery experience")}));
    CHECK(f.view->currentSpec().filters.horizons == std::vector<Horizon>({Horizon::Next}));
    CHECK(shownEpics(f) == QStringList({"BASK-4"}));

    // Reopened, the dialog shows what is chosen; Clear All and OK remove the filters.
    withModalDialog([&] { f.view->filterAction()->trigger(); },
                    [&](RoadmapFilterDialog& d) {
                        CHECK(d.chosenThemes() == QList<qint64>({themeId(f, "Delivery experience")}));
                        CHECK(d.chosenHorizons() == QList<int>({1}));
                        auto* clearAll = d.findChild<QPushButton*>("clearAllButton");
                        REQUIRE(clearAll);
                        clearAll->setFocus();
                        QTest::keyClick(clearAll, Qt::Key_Space);
                        CHECK(d.chosenThemes().isEmpty());
                        CHECK(d.chosenHorizons().isEmpty());
                        d.accept();
                    });
    CHECK(f.view->currentSpec().filters.isEmpty());
    CHECK(shownEpics(f).size() == 8);

    // Cancel keeps the filters as they were.
    f.view->setFilters(roadmap::RoadmapFilters{{}, {}, {Horizon::Now}});
    withModalDialog([&] { f.view->filterAction()->trigger(); },
                    [&](RoadmapFilterDialog& d) {
                        d.clearAll();
                        d.reject();
                    });
    CHECK(f.view->currentSpec().filters.horizons == std::vector<Horizon>({Horizon::Now}));
}

TEST_CASE("saving a view stores its filters in the file, undo removes them, and each view keeps its own") {
    test::RoadmapFixture f;
    QUndoStack& undo = *f.document.undoStack();
    roadmap::RoadmapFilters filters;
    filters.themeIds = {themeId(f, "Faster checkout")};
    filters.releaseIds = {releaseId(f, "2026.1 Spring")};
    filters.horizons = {Horizon::Now, Horizon::Next};
    f.view->setFilters(filters);
    REQUIRE(f.view->saveViewAs("Checkout review"));
    CHECK(undo.count() == 1);
    {
        const auto stored = storedViews(f);
        const roadmap::RoadmapSpec* saved = roadmap::findView(stored, "Checkout review");
        REQUIRE(saved);
        CHECK(saved->filters == filters);
    }
    CHECK(shownEpics(f) == QStringList({"BASK-1"}));

    // Another view: its own (no) filters; back: the saved filters.
    f.view->showView(0);
    CHECK(f.view->currentSpec().filters.isEmpty());
    CHECK(shownEpics(f).size() == 8);
    CHECK(f.view->filterSummary().startsWith("Not filtered"));
    auto* combo = f.view->findChild<QComboBox*>("viewCombo");
    const int index = combo->findText("Checkout review");
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    CHECK(f.view->currentSpec().filters == filters);
    CHECK(shownEpics(f) == QStringList({"BASK-1"}));
    CHECK(f.view->filterSummary().contains("1 of 8 epics shown"));

    // Changing the filters of a saved view changes only the working copy until it is saved again.
    f.view->clearFiltersAction()->trigger();
    CHECK(shownEpics(f).size() == 8);
    CHECK(roadmap::findView(storedViews(f), "Checkout review")->filters == filters);

    undo.undo();
    CHECK(roadmap::findView(storedViews(f), "Checkout review") == nullptr);
    CHECK_FALSE(f.view->viewNames().contains("Checkout review"));
}

TEST_CASE("a saved view naming a theme that no longer exists says so and applies its other filters") {
    test::RoadmapFixture f;
    QMap<QString, QString> settings;
    settings.insert(QString::fromUtf8(roadmap::kViewsSetting.data()),
                    R"([{"name": "Old review", "layout": "board",
                        "filters": {"themes": [9999], "horizons": ["now"]}}])");
    REQUIRE(f.document.changeSettings(settings, "test"));
    QCoreApplication::processEvents();
    f.view->showView(0);
    REQUIRE(f.view->viewNames() == QStringList({"Old review"}));
    CHECK(f.view->currentSpec().filters.themeIds == std::vector<Id>({9999}));
    CHECK(shownEpics(f) == QStringList({"BASK-1", "BASK-2", "BASK-3"}));
    CHECK(f.view->message().contains("a theme that is no longer in the workspace"));
    CHECK(f.view->filterSummary() == "Filtered: horizon Now — 3 of 8 epics shown");
    CHECK_FALSE(f.view->showsNoMatch());

    // Only missing ids: nothing is restricted, every epic shows.
    roadmap::RoadmapFilters filters;
    filters.themeIds = {9999};
    filters.releaseIds = {8888, 7777};
    f.view->setFilters(filters);
    CHECK(shownEpics(f).size() == 8);
    CHECK(f.view->message().contains("a theme and 2 releases that are no longer"));
    f.view->clearFilters();
    CHECK_FALSE(f.view->message().contains("no longer in the workspace"));
}

TEST_CASE("an export of a view naming a deleted theme applies its other filters, as the screen does") {
    test::RoadmapFixture f;
    roadmap::RoadmapSpec spec = roadmap::defaultViews().front();
    spec.filters.themeIds = {9999};
    spec.filters.horizons = {Horizon::Now};
    RoadmapExportRequest request;
    request.format = ExportFormat::Svg;
    request.views = {spec};
    request.path = QString::fromStdString(f.dir.file("filtered.svg"));
    roadmap::LayoutOptions options;
    options.today = Date{2026, 3, 2};
    REQUIRE(exportRoadmap(f.document.workspace(), request, options).isEmpty());
    const std::string svg = test::readBytes(f.dir.file("filtered.svg"));
    CHECK(svg.find("BASK-1") != std::string::npos);
    CHECK(svg.find("BASK-3") != std::string::npos);
    CHECK(svg.find("BASK-7") == std::string::npos);
}

TEST_CASE("when the filters hide every epic the view says so in words and offers to clear them") {
    test::RoadmapFixture f;
    auto* scrollArea = f.view->findChild<QScrollArea*>("scrollArea");
    auto* emptyLabel = f.view->findChild<QLabel*>("emptyLabel");
    REQUIRE(scrollArea);
    REQUIRE(emptyLabel);
    CHECK_FALSE(emptyLabel->isVisible());
    roadmap::RoadmapFilters filters;
    filters.themeIds = {themeId(f, "Retention")}; // BASK-5, which is Next
    filters.horizons = {Horizon::Now};
    f.view->setFilters(filters);
    CHECK(shownEpics(f).isEmpty());
    CHECK(f.view->showsNoMatch());
    CHECK(emptyLabel->isVisible());
    CHECK(emptyLabel->text() == "No epic matches the filters. Clear filters to see all epics.");
    CHECK_FALSE(scrollArea->isVisible());
    QCoreApplication::processEvents(); // the layout gives the panel the drawing's place
    CHECK(f.view->findChild<QWidget*>("emptyPanel")->height() > f.view->height() / 2);
    CHECK(f.view->filterSummary().endsWith("— 0 of 8 epics shown"));

    auto* clear = f.view->findChild<QPushButton*>("emptyClearButton");
    REQUIRE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK(f.view->currentSpec().filters.isEmpty());
    CHECK_FALSE(f.view->showsNoMatch());
    CHECK(scrollArea->isVisible());
    CHECK(shownEpics(f).size() == 8);
}

TEST_CASE("Ctrl and the mouse wheel zoom the timeline; the wheel alone scrolls") {
    test::RoadmapFixture f;
    f.view->resize(700, 420); // small enough to scroll
    QCoreApplication::processEvents();
    f.view->setLayoutKind(Layout::Timeline);
    const double before = f.canvas().scene().timeAxis->pxPerDay;

    sendWheel(&f.canvas(), 120, Qt::ControlModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before * 1.25));
    sendWheel(&f.canvas(), -240, Qt::ControlModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before / 1.25));
    // Small (touchpad) steps add up to one step.
    sendWheel(&f.canvas(), 60, Qt::ControlModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before / 1.25));
    sendWheel(&f.canvas(), 60, Qt::ControlModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before));

    // A wheel event the canvas does not take goes on to the scroll area's viewport (Qt propagates only
    // real, spontaneous wheel events, so the test sends this one there directly).
    auto* scrollArea = f.view->findChild<QScrollArea*>("scrollArea");
    QScrollBar* bar = scrollArea->verticalScrollBar();
    REQUIRE(bar->maximum() > 0);
    const int scrolled = bar->value();
    sendWheel(&f.canvas(), -120, Qt::NoModifier);
    sendWheel(scrollArea->viewport(), -120, Qt::NoModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before));
    CHECK(bar->value() > scrolled);
    sendWheel(scrollArea->viewport(), 120, Qt::ControlModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before * 1.25));

    // On the board, Ctrl + wheel neither zooms nor scrolls.
    f.view->setLayoutKind(Layout::Board);
    const double zoomBefore = f.view->currentSpec().effectivePxPerDay();
    sendWheel(&f.canvas(), 120, Qt::ControlModifier);
    CHECK(f.view->currentSpec().effectivePxPerDay() == Approx(zoomBefore));
}

TEST_CASE("with hundreds of themes the filter dialog's Find narrows the list to the matching ones") {
    QList<RoadmapFilterDialog::Choice> themes;
    for (int i = 1; i <= 600; ++i)
        themes.append({i, QStringLiteral("Theme %1").arg(i, 3, 10, QLatin1Char('0'))});
    themes.append({601, "Checkout speed"});
    RoadmapFilterDialog dialog(themes, {});
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QListWidget* list = dialog.themeList();
    CHECK(list->count() == 601);
    CHECK(list->verticalScrollBar()->maximum() > 0); // a scrolling list, not a 600-entry menu
    dialog.setFindText("CHECKOUT");
    int visible = 0;
    for (int i = 0; i < list->count(); ++i)
        visible += list->item(i)->isHidden() ? 0 : 1;
    CHECK(visible == 1);
    REQUIRE(list->currentItem());
    CHECK(list->currentItem()->text() == "Checkout speed");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(dialog.chosenThemes() == QList<qint64>({601}));
    // Ticks made while narrowed are kept when the list is widened again.
    dialog.setFindText("");
    CHECK_FALSE(list->item(0)->isHidden());
    CHECK(dialog.chosenThemes() == QList<qint64>({601}));
}

TEST_CASE("the filter controls and the filter dialog have accessible names and shortcuts") {
    test::RoadmapFixture f;
    for (const char* name : {"filterButton", "clearFiltersButton", "filterSummaryLabel"}) {
        auto* w = f.view->findChild<QWidget*>(name);
        INFO(name);
        REQUIRE(w);
        CHECK_FALSE(w->accessibleName().isEmpty());
    }
    CHECK(f.view->filterAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F));
    CHECK(f.view->clearFiltersAction()->shortcut() ==
          QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_F));
    CHECK(f.view->filterAction()->toolTip().contains("Ctrl+Alt+F"));
    // The summary is also the label's accessible description, so a screen reader hears it change.
    roadmap::RoadmapFilters filters;
    filters.horizons = {Horizon::Later};
    f.view->setFilters(filters);
    CHECK(f.view->findChild<QWidget*>("filterSummaryLabel")->accessibleDescription() ==
          f.view->filterSummary());
    CHECK(f.view->filterSummary().contains("horizon Later"));

    RoadmapFilterDialog dialog({{1, "Faster checkout"}}, {{1, "2026.1 Spring"}});
    for (QWidget* w : dialog.findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        auto* button = qobject_cast<QAbstractButton*>(w);
        const bool named =
            !w->accessibleName().isEmpty() || (button && !button->text().remove('&').isEmpty());
        const bool internal =
            QLatin1String(w->metaObject()->className()) == QLatin1String("QLineEditIconButton");
        INFO(w->objectName().toStdString() << " " << w->metaObject()->className());
        CHECK((named || internal));
    }
}
