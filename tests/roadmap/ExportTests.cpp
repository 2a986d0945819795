#include "Builders.h"
#include "RoadmapTestSupport.h"
#include "roadmap/Baseline.h"
#include "roadmap/HtmlWriter.h"
#include "roadmap/Layouts.h"
#include "roadmap/SvgWriter.h"
#include "roadmap/render/QtTextMetrics.h"
#include "roadmap/render/RoadmapExport.h"
#include "roadmap/render/ScenePainter.h"

#include <catch2/catch.hpp>

#include <QImage>
#include <QPainter>
#include <QXmlStreamReader>

using namespace storyloom;
using namespace storyloom::roadmap;
using storyloom::test::countOf;
using storyloom::test::demoWorkspace;

namespace {

const ApproximateTextMetrics kMetrics;

LayoutOptions options() {
    LayoutOptions o;
    o.today = Date{2026, 5, 15};
    return o;
}

std::vector<Scene> allLayouts(const Workspace& ws, Audience audience = Audience::Team,
                              const TextMetrics& metrics = kMetrics) {
    std::vector<Scene> scenes;
    for (Layout l : {Layout::Board, Layout::Timeline, Layout::Matrix}) {
        RoadmapSpec spec;
        spec.layout = l;
        spec.audience = audience;
        scenes.push_back(layoutView(ws, spec, metrics, options()));
    }
    return scenes;
}

/// Parses the whole document; returns the error text (empty when well-formed) and the text content.
std::pair<std::string, std::string> parseXml(const std::string& xml) {
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    std::string text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text().toString().toStdString();
    }
    return {reader.hasError() ? reader.errorString().toStdString() : std::string(), text};
}

Workspace hostileWorkspace() {
    Workspace ws = demoWorkspace();
    ws.productName = "Basketry & <Co> \"roadmap\"";
    ws.epics[0].title = "<script>alert(1)</script>";
    ws.epics[3].title = "Control \x01\x02 chars & invalid \xC3\x28 UTF-8";
    ws.themes[0].name = "Faster <b>checkout</b> 'now'";
    ws.releases[0].name = "R1 ]]> <!-- x -->";
    return ws;
}

} // namespace

TEST_CASE("SVG exports of every layout are well-formed XML that keeps hostile text as text",
          "[roadmap][export]") {
    const Workspace ws = hostileWorkspace();
    for (Audience audience : {Audience::Team, Audience::Executive})
        for (const Scene& scene : allLayouts(ws, audience)) {
            const std::string svg = writeSvg(scene);
            CHECK_THAT(svg, Catch::StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"));
            const auto [error, text] = parseXml(svg);
            INFO(scene.subtitle);
            CHECK(error.empty());
            CHECK_THAT(svg, !Catch::Contains("<script>") && !Catch::Contains("<b>"));
            CHECK_THAT(text, Catch::Contains("Basketry & <Co> \"roadmap\""));
        }
    const std::string board = writeSvg(allLayouts(ws).front());
    CHECK_THAT(board, Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_THAT(board, Catch::Contains("class=\"card\" data-key=\"BASK-1\""));
}

TEST_CASE("the HTML export is one self-contained page with every user string escaped", "[roadmap][export]") {
    const Workspace ws = hostileWorkspace();
    const std::string html = writeHtml(allLayouts(ws), ws.productName + " roadmap", Date{2026, 5, 15});
    CHECK_THAT(html, Catch::StartsWith("<!DOCTYPE html>"));
    CHECK_THAT(html, !Catch::Contains("<script") && Catch::Contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    CHECK_THAT(html, !Catch::Contains("http") && !Catch::Contains("url(") && !Catch::Contains("@import") &&
                         !Catch::Contains("src="));
    CHECK_THAT(html, !Catch::Contains("<b>") &&
                         Catch::Contains("Faster &lt;b&gt;checkout&lt;/b&gt; &#39;now&#39;"));
    CHECK(countOf(html, "<svg") == 3);
    CHECK(countOf(html, "<section") == 3);
    // The text list for screen readers names every epic of the board.
    for (const auto& epic : ws.epics)
        CHECK_THAT(html, Catch::Contains("<li>" + epic.key + " "));
    CHECK_THAT(html, Catch::Contains("2026-05-15"));
}

TEST_CASE("the PDF export has one vector page per view", "[roadmap][export]") {
    const QtTextMetrics metrics;
    const auto scenes = allLayouts(demoWorkspace(), Audience::Executive, metrics);
    for (PageSize page : {PageSize::A4, PageSize::Letter, PageSize::Slide16x9}) {
        const std::string pdf = exportPdf(scenes, page);
        CHECK_THAT(pdf, Catch::StartsWith("%PDF-"));
        CHECK(countOf(pdf, "/Type /Page\n") + countOf(pdf, "/Type /Page ") + countOf(pdf, "/Type /Page/") +
                  countOf(pdf, "/Type /Page>") ==
              3);
        CHECK(countOf(pdf, "/Type /Pages") == 1);
        CHECK(pdf.size() < 2'000'000);
    }
    CHECK_THROWS(exportPdf({}, PageSize::A4));
}

TEST_CASE("the PNG export is drawn at twice the logical size", "[roadmap][export]") {
    const QtTextMetrics metrics;
    const Scene scene = allLayouts(demoWorkspace(), Audience::Team, metrics).front();
    const std::string png = exportPng(scene, 2.0);
    REQUIRE(png.size() > 8);
    CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    QImage image;
    REQUIRE(image.loadFromData(QByteArray::fromStdString(png), "PNG"));
    CHECK(image.width() == static_cast<int>(std::ceil(scene.width * 2)));
    CHECK(image.height() == static_cast<int>(std::ceil(scene.height * 2)));
}

TEST_CASE("the scene painter draws a card in its theme colour where the scene puts it", "[roadmap][export]") {
    const QtTextMetrics metrics;
    const Scene scene = allLayouts(demoWorkspace(), Audience::Team, metrics).front();
    const QImage image = renderImage(scene, 1.0);
    const SceneItem* card = scene.findItem("BASK-1");
    REQUIRE(card);
    // The theme strip at the card's left edge is Faster checkout's orange (#C2410C).
    const QColor strip =
        image.pixelColor(static_cast<int>(card->bounds.x + 3), static_cast<int>(card->bounds.centre().y));
    CHECK(strip.red() == 0xC2);
    CHECK(strip.green() == 0x41);
    CHECK(strip.blue() == 0x0C);
    // The background is white.
    CHECK(image.pixelColor(2, 2) == QColor(Qt::white));
}

TEST_CASE("Qt text metrics agree with the painter's fonts and the approximation is close",
          "[roadmap][export]") {
    const QtTextMetrics qt;
    const std::string text = "Accessible delivery-slot picker";
    const double exact = qt.width(text, 14, FontWeight::Normal);
    CHECK(exact > 100);
    CHECK(kMetrics.width(text, 14, FontWeight::Normal) == Approx(exact).epsilon(0.1));
    CHECK(qt.elide(text, 14, FontWeight::Normal, 80).size() < text.size());
}

TEST_CASE("SVG and HTML stay well-formed with every hostile string as titles and names",
          "[roadmap][export]") {
    for (const std::string& hostile : test::hostileStrings()) {
        Workspace ws = demoWorkspace();
        ws.productName = hostile;
        for (auto& e : ws.epics)
            e.title = hostile;
        ws.themes[1].name = hostile;
        ws.releases[1].name = hostile;
        const auto scenes = allLayouts(ws);
        for (const Scene& scene : scenes) {
            const auto [error, text] = parseXml(writeSvg(scene));
            INFO(hostile);
            CHECK(error.empty());
        }
        const std::string html = writeHtml(scenes, hostile, Date{2026, 5, 15});
        CHECK_THAT(html, !Catch::Contains("<script") && !Catch::Contains("http"));
    }
}

// Writes /tmp/roadmap-baseline-{board,timeline,matrix}.png of the demo workspace with changes since a
// baseline, to look at (hidden: `storyloom_roadmap_tests "[.screenshot]"`).
TEST_CASE("screenshots of the three layouts with changes since a baseline", "[.screenshot][roadmap]") {
    Workspace ws = demoWorkspace();
    const Baseline baseline = captureBaseline(ws, Date{2026, 3, 2});
    ws.epics[3].horizon = Horizon::Now;                                       // BASK-4 moved from Next
    ws.epics[4].endDate = Date::fromDays(ws.epics[4].endDate->toDays() + 21); // BASK-5 +3 weeks
    Epic added = ws.epics[1];
    added.id = 100;
    added.key = "BASK-100";
    added.title = "Gift cards";
    added.horizon = Horizon::Later;
    ws.epics.push_back(added);
    ws.epics.erase(ws.epics.begin() + 7); // BASK-8 removed
    const QtTextMetrics metrics;
    LayoutOptions o = options();
    o.baseline = &baseline;
    for (Layout l : {Layout::Board, Layout::Timeline, Layout::Matrix}) {
        RoadmapSpec spec;
        spec.layout = l;
        spec.audience = Audience::Executive;
        const Scene scene = layoutView(ws, spec, metrics, o);
        const QImage image = renderImage(scene, 1.0);
        CHECK(image.save(QString::fromStdString("/tmp/roadmap-baseline-" + std::string(toId(l)) + ".png")));
    }
}

TEST_CASE("each view of the HTML page is headed by the view's name", "[roadmap][export]") {
    const Workspace& ws = demoWorkspace();
    std::vector<Scene> scenes;
    for (const auto& view : defaultViews())
        scenes.push_back(layoutView(ws, view, kMetrics, options()));
    const std::string html = writeHtml(scenes, "Basketry roadmap", Date{2026, 5, 15});
    CHECK_THAT(html, Catch::Contains("<h2 id=\"view-1\">Now / Next / Later</h2>") &&
                         Catch::Contains("<h2 id=\"view-3\">Value vs effort</h2>"));
}
