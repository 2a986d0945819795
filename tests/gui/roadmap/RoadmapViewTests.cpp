#include "RoadmapFixture.h"

#include "roadmap/Baseline.h"
#include "roadmap/PresentationWindow.h"
#include "roadmap/RoadmapExportDialog.h"
#include "roadmap/RoadmapExporter.h"
#include "roadmap/RoadmapSpec.h"
#include "roadmap/Scene.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QXmlStreamReader>

using namespace storyloom;
using roadmap::Layout;

namespace {

/// Focusable controls without an accessible name (a button's visible text counts as its name).
QStringList unnamedControls(QWidget* root) {
    QStringList missing;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->objectName().startsWith(QLatin1String("qt_")))
            continue;
        auto* button = qobject_cast<QAbstractButton*>(w);
        const bool named =
            !w->accessibleName().isEmpty() || (button && !button->text().remove('&').isEmpty());
        // Qt's helpers inside a combo box (its popup list) or line edit are named by Qt's accessibility
        // layer.
        bool internal = QLatin1String(w->metaObject()->className()) == QLatin1String("QLineEditIconButton");
        for (QWidget* p = w->parentWidget(); p && !internal; p = p->parentWidget())
            internal = qobject_cast<QComboBox*>(p) != nullptr;
        if (!named && !internal)
            missing << w->objectName() + QStringLiteral(" (") + w->metaObject()->className() +
                           QLatin1Char(')');
    }
    return missing;
}

std::string storedViews(test::RoadmapFixture& f) {
    const Workspace ws = f.reopened();
    const auto it = ws.settings.find(std::string(roadmap::kViewsSetting));
    return it == ws.settings.end() ? std::string() : it->second;
}

} // namespace

TEST_CASE("a saved roadmap view is created, renamed and deleted in the file, one undo step each") {
    test::RoadmapFixture f;
    QUndoStack& undo = *f.document.undoStack();
    CHECK(f.view->viewNames() == QStringList({"Now / Next / Later", "Timeline", "Value vs effort"}));

    f.view->setLayoutKind(Layout::Timeline);
    f.view->setExecutive(true);
    REQUIRE(f.view->saveViewAs("Board review"));
    CHECK(undo.count() == 1);
    CHECK(f.view->viewNames().contains("Board review"));
    CHECK(f.view->viewNames()[f.view->currentViewIndex()] == "Board review");
    std::vector<roadmap::RoadmapSpec> stored = roadmap::parseViews(storedViews(f));
    const roadmap::RoadmapSpec* saved = roadmap::findView(stored, "Board review");
    REQUIRE(saved);
    CHECK(saved->layout == Layout::Timeline);
    CHECK(saved->audience == roadmap::Audience::Executive);

    REQUIRE(f.view->renameCurrentView("Quarterly review"));
    CHECK(undo.count() == 2);
    stored = roadmap::parseViews(storedViews(f));
    CHECK(roadmap::findView(stored, "Board review") == nullptr);
    REQUIRE(roadmap::findView(stored, "Quarterly review"));
    CHECK(roadmap::findView(stored, "Quarterly review")->layout == Layout::Timeline);
    // The name of another view is refused.
    CHECK_FALSE(f.view->renameCurrentView("timeline"));
    CHECK(undo.count() == 2);

    REQUIRE(f.view->deleteCurrentView());
    CHECK(undo.count() == 3);
    CHECK_FALSE(f.view->viewNames().contains("Quarterly review"));
    CHECK(roadmap::findView(roadmap::parseViews(storedViews(f)), "Quarterly review") == nullptr);

    undo.undo();
    CHECK(f.view->viewNames().contains("Quarterly review"));
    CHECK(roadmap::findView(roadmap::parseViews(storedViews(f)), "Quarterly review"));
    undo.undo();
    CHECK(f.view->viewNames().contains("Board review"));
    undo.undo();
    CHECK(f.view->viewNames() == QStringList({"Now / Next / Later", "Timeline", "Value vs effort"}));
}

TEST_CASE("choosing a saved view shows its layout and audience") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Matrix);
    f.view->setExecutive(true);
    REQUIRE(f.view->saveViewAs("Exec matrix"));
    f.view->showView(0);
    CHECK(f.canvas().layout() == Layout::Board);
    CHECK_FALSE(f.view->executiveAction()->isChecked());
    auto* combo = f.view->findChild<QComboBox*>("viewCombo");
    const int index = combo->findText("Exec matrix");
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
    emit combo->activated(index);
    CHECK(f.canvas().layout() == Layout::Matrix);
    CHECK(f.view->executiveAction()->isChecked());
    CHECK(f.view->matrixAction()->isChecked());
}

TEST_CASE("the layout shortcuts and zoom keys switch the layout and zoom the timeline") {
    test::RoadmapFixture f;
    f.canvas().setFocus();
    QTest::keyClick(&f.canvas(), Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    CHECK(f.canvas().layout() == Layout::Timeline);
    const double before = f.canvas().scene().timeAxis->pxPerDay;
    const double widthBefore = f.canvas().scene().width;
    QTest::keyClick(&f.canvas(), Qt::Key_Equal, Qt::ControlModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before * 1.25));
    CHECK(f.canvas().scene().width > widthBefore);
    QTest::keyClick(&f.canvas(), Qt::Key_Minus, Qt::ControlModifier);
    CHECK(f.canvas().scene().timeAxis->pxPerDay == Approx(before));
    QTest::keyClick(&f.canvas(), Qt::Key_3, Qt::ControlModifier | Qt::AltModifier);
    CHECK(f.canvas().layout() == Layout::Matrix);
    CHECK_FALSE(f.view->zoomInAction()->isEnabled());
    QTest::keyClick(&f.canvas(), Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    CHECK(f.canvas().layout() == Layout::Board);
}

TEST_CASE("a saved baseline is stored in the file, undoable, and comparing marks what moved") {
    test::RoadmapFixture f;
    CHECK_FALSE(f.view->hasBaseline());
    CHECK_FALSE(f.view->compareAction()->isEnabled());
    REQUIRE(f.view->saveBaseline());
    CHECK(f.view->hasBaseline());
    CHECK(f.view->compareAction()->isEnabled());
    const Workspace ws = f.reopened();
    REQUIRE(ws.settings.count(std::string(roadmap::kBaselineSetting)) == 1);
    const roadmap::Baseline baseline =
        roadmap::parseBaseline(ws.settings.at(std::string(roadmap::kBaselineSetting)));
    CHECK(baseline.date == Date{2026, 3, 2});
    CHECK(baseline.find("BASK-4"));

    Epic moved = f.epic("BASK-4");
    moved.horizon = Horizon::Now;
    REQUIRE(f.document.editEpic(moved));
    f.view->setLayoutKind(Layout::Board);
    f.view->setCompareWithBaseline(true);
    const roadmap::SceneItem* item = f.canvas().scene().findItem("BASK-4");
    REQUIRE(item);
    CHECK_FALSE(item->badges.empty());
    CHECK(f.view->message().contains("baseline"));

    f.document.undoStack()->undo(); // the move
    f.document.undoStack()->undo(); // the baseline
    CHECK_FALSE(f.view->hasBaseline());
    CHECK_FALSE(f.view->compareAction()->isEnabled());
    CHECK(f.reopened().settings.count(std::string(roadmap::kBaselineSetting)) == 0);
}

TEST_CASE("the roadmap exports PDF, SVG, PNG and HTML files") {
    test::RoadmapFixture f;
    const std::vector<roadmap::RoadmapSpec> views = roadmap::defaultViews();
    roadmap::LayoutOptions options;
    options.today = Date{2026, 3, 2};
    auto write = [&](ExportFormat format, const std::string& name, std::vector<roadmap::RoadmapSpec> chosen) {
        RoadmapExportRequest request;
        request.format = format;
        request.pageSize = roadmap::PageSize::A4;
        request.views = std::move(chosen);
        request.path = QString::fromStdString(f.dir.file(name));
        const QString problem = exportRoadmap(f.document.workspace(), request, options);
        INFO(problem.toStdString());
        CHECK(problem.isEmpty());
        return test::readBytes(f.dir.file(name));
    };
    const std::string pdf = write(ExportFormat::Pdf, "roadmap.pdf", views);
    CHECK(pdf.rfind("%PDF", 0) == 0);
    std::size_t pages = 0;
    for (std::size_t at = pdf.find("/Type /Page"); at != std::string::npos;
         at = pdf.find("/Type /Page", at + 1))
        if (pdf.compare(at, 12, "/Type /Pages") != 0)
            ++pages;
    CHECK(pages == 3);

    const std::string svg = write(ExportFormat::Svg, "roadmap.svg", {views[1]});
    QXmlStreamReader xml(QByteArray::fromStdString(svg));
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
    CHECK(svg.find("BASK-4") != std::string::npos);

    const std::string png = write(ExportFormat::Png, "roadmap.png", {views[0]});
    CHECK(png.rfind("\x89PNG", 0) == 0);
    QImage image;
    REQUIRE(image.loadFromData(QByteArray::fromStdString(png)));
    CHECK(image.width() >= 1800); // 2x for slides

    const std::string html = write(ExportFormat::Html, "roadmap.html", views);
    CHECK(html.find("<html") != std::string::npos);
    CHECK(html.find("One-page checkout") != std::string::npos);
}

TEST_CASE("an export that cannot be written says which file") {
    test::RoadmapFixture f;
    RoadmapExportRequest request;
    request.format = ExportFormat::Svg;
    request.views = roadmap::defaultViews();
    request.path = QString::fromStdString(f.dir.file("no-such-folder/roadmap.svg"));
    const QString problem = exportRoadmap(f.document.workspace(), request, {});
    CHECK(problem.contains("no-such-folder"));
    CHECK(problem.contains("roadmap.svg"));
}

TEST_CASE("the export dialog follows the format with the suffix, the page size and one or many views") {
    RoadmapExportDialog dialog({"Now / Next / Later", "Timeline", "Value vs effort"}, 1,
                               "/tmp/Basketry roadmap");
    auto* ok = dialog.findChild<QDialogButtonBox*>("buttons")->button(QDialogButtonBox::Ok);
    CHECK(dialog.format() == ExportFormat::Pdf);
    CHECK(dialog.path() == "/tmp/Basketry roadmap.pdf");
    CHECK(dialog.chosenViews() == QList<int>({1}));
    dialog.setChosenViews({0, 1, 2});
    CHECK(dialog.chosenViews() == QList<int>({0, 1, 2}));
    dialog.setPageSize(roadmap::PageSize::Letter);
    CHECK(dialog.pageSize() == roadmap::PageSize::Letter);
    CHECK(ok->isEnabled());

    dialog.setFormat(ExportFormat::Png);
    CHECK(dialog.path() == "/tmp/Basketry roadmap.png");
    CHECK(dialog.chosenViews() == QList<int>({0})); // PNG holds one view
    CHECK_FALSE(dialog.findChild<QComboBox*>("pageCombo")->isEnabled());
    dialog.setChosenViews({});
    CHECK_FALSE(ok->isEnabled());
    dialog.setChosenViews({2});
    dialog.setFormat(ExportFormat::Html);
    CHECK(dialog.path() == "/tmp/Basketry roadmap.html");
    dialog.setPath("");
    CHECK_FALSE(ok->isEnabled());
}

TEST_CASE("presenting shows the saved views full screen one by one with the arrow keys") {
    test::RoadmapFixture f;
    f.view->presentAction()->trigger();
    PresentationWindow* show = f.view->presentation();
    REQUIRE(show);
    REQUIRE(QTest::qWaitForWindowExposed(show));
    CHECK(show->isFullScreen());
    CHECK(show->count() == 3);
    CHECK(show->currentIndex() == 0);
    CHECK(show->footerText() == "View 1 of 3 — Now / Next / Later");
    // Executive audience: large type and no story lists, whatever the saved view says.
    CHECK(show->currentScene().findItem("BASK-1") != nullptr);
    QTest::keyClick(show, Qt::Key_Right);
    CHECK(show->currentIndex() == 1);
    CHECK(show->footerText() == "View 2 of 3 — Timeline");
    CHECK(show->currentScene().timeAxis.has_value());
    QTest::keyClick(show, Qt::Key_PageDown);
    QTest::keyClick(show, Qt::Key_Space); // already on the last view: stays
    CHECK(show->currentIndex() == 2);
    QTest::keyClick(show, Qt::Key_Left);
    QTest::keyClick(show, Qt::Key_PageUp);
    CHECK(show->currentIndex() == 0);
    CHECK(show->grab().width() > 0);
    QTest::keyClick(show, Qt::Key_Escape);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(f.view->presentation() == nullptr);
}

TEST_CASE("every control of the roadmap view and its export dialog has an accessible name") {
    test::RoadmapFixture f;
    CHECK(unnamedControls(f.view.get()).join(", ").toStdString() == "");
    RoadmapExportDialog dialog({"Timeline"}, 0, "/tmp/roadmap");
    CHECK(unnamedControls(&dialog).join(", ").toStdString() == "");
    f.view->presentAction()->trigger();
    REQUIRE(f.view->presentation());
    CHECK_FALSE(f.view->presentation()->accessibleName().isEmpty());
    CHECK(f.view->presentation()->accessibleDescription().contains("View 1 of 3"));
    f.view->presentation()->close();
}
