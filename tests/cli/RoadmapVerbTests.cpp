#include "CliProcess.h"
#include "TempDir.h"
#include "exchange/AtomicFile.h"
#include "exchange/NativeJson.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/// The demo workspace as a .storyloom file, with two saved roadmap views when `withViews`.
std::string demoWorkspaceFile(const TempDir& dir, bool withViews) {
    Workspace ws =
        nativejson::read(readFile(std::string(STORYLOOM_SOURCE_DIR) + "/resources/demo/demo-workspace.json"),
                         "demo-workspace.json");
    if (withViews)
        ws.settings["roadmap.views"] = R"([
            {"name": "Exec board", "layout": "board", "audience": "executive", "title": "Basketry <2026>"},
            {"name": "Quarterly timeline", "layout": "timeline", "timeline": {"scale": "quarters"}}])";
    const std::string json = dir.file("demo.json");
    writeBytes(json, nativejson::write(ws));
    const std::string path = dir.file("demo.storyloom");
    const auto run = runCli({"import", "-w", path, json});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return path;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("roadmap --list-views prints the saved views or the defaults", "[cli][roadmap]") {
    TempDir dir;
    const auto plain = runCli({"roadmap", demoWorkspaceFile(dir, false), "--list-views"});
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.out == "No saved roadmap views; the default views are:\n"
                       "  Now / Next / Later  (board, team)\n"
                       "  Timeline  (timeline, team)\n"
                       "  Value vs effort  (matrix, team)\n");
    TempDir other;
    const auto saved = runCli({"roadmap", demoWorkspaceFile(other, true), "--list-views"});
    REQUIRE(saved.exitCode == 0);
    CHECK(saved.out ==
          "Saved roadmap views:\n  Exec board  (board, executive)\n  Quarterly timeline  (timeline, team)\n");
}

TEST_CASE("roadmap writes a PDF with one page per saved view without a display", "[cli][roadmap]") {
    TempDir dir;
    const std::string ws = demoWorkspaceFile(dir, true);
    const std::string pdf = dir.file("roadmap.pdf");
    const auto run = runCli({"roadmap", ws, "--all-views", "--format", "pdf", "--page", "a4", "-o", pdf},
                            {{"QT_QPA_PLATFORM", ""}, {"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.out == "Wrote 2 roadmap views (\"Exec board\", \"Quarterly timeline\") to " + pdf + ".\n");
    const std::string bytes = readBytes(pdf);
    CHECK(bytes.rfind("%PDF-", 0) == 0);
    CHECK(count(bytes, "/Type /Page") - count(bytes, "/Type /Pages") == 2);
}

TEST_CASE("roadmap writes one view as SVG, PNG or HTML, the format taken from the file name",
          "[cli][roadmap]") {
    TempDir dir;
    const std::string ws = demoWorkspaceFile(dir, true);
    const auto svg = runCli({"roadmap", ws, "--view", "exec BOARD", "-o", dir.file("board.svg")});
    INFO(svg.err);
    REQUIRE(svg.exitCode == 0);
    const std::string svgText = readBytes(dir.file("board.svg"));
    CHECK(svgText.rfind("<?xml", 0) == 0);
    CHECK(svgText.find("Basketry &lt;2026&gt;") != std::string::npos);

    const auto png = runCli(
        {"roadmap", ws, "--layout", "timeline", "--audience", "executive", "-o", dir.file("timeline.png")});
    INFO(png.err);
    REQUIRE(png.exitCode == 0);
    CHECK(readBytes(dir.file("timeline.png")).substr(0, 4) == "\x89PNG");

    const auto html =
        runCli({"roadmap", ws, "--all-views", "--format", "html", "-o", dir.file("roadmap.html")});
    REQUIRE(html.exitCode == 0);
    const std::string page = readBytes(dir.file("roadmap.html"));
    CHECK(count(page, "<svg") == 2);
    CHECK(page.find("http") == std::string::npos);
}

TEST_CASE("roadmap names the existing views when the view is unknown", "[cli][roadmap]") {
    TempDir dir;
    const std::string ws = demoWorkspaceFile(dir, true);
    const auto run = runCli({"roadmap", ws, "--view", "Roadmap 2027", "-o", dir.file("x.pdf")});
    CHECK(run.exitCode == 2);
    CHECK(run.out.empty());
    CHECK(run.err.find("There is no roadmap view named \"Roadmap 2027\"") != std::string::npos);
    CHECK(run.err.find("\"Exec board\", \"Quarterly timeline\"") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("x.pdf")));
}

TEST_CASE("roadmap rejects incomplete or contradictory command lines", "[cli][roadmap]") {
    TempDir dir;
    const std::string ws = demoWorkspaceFile(dir, false);
    CHECK(runCli({"roadmap", ws, "-o", dir.file("x.pdf")}).exitCode == 1);
    CHECK(runCli({"roadmap", ws, "--layout", "gantt", "-o", dir.file("x.pdf")}).exitCode == 1);
    CHECK(runCli({"roadmap", ws, "--layout", "board", "-o", dir.file("x.doc")}).exitCode == 1);
    CHECK(runCli({"roadmap", ws, "--all-views", "-o", dir.file("x.png")}).exitCode == 1);
    CHECK(runCli({"roadmap", ws, "--layout", "board", "--page", "a3", "-o", dir.file("x.pdf")}).exitCode ==
          1);
    const auto noBaseline =
        runCli({"roadmap", ws, "--layout", "board", "--baseline", "-o", dir.file("x.svg")});
    CHECK(noBaseline.exitCode == 2);
    CHECK(noBaseline.err.find("--save-baseline") != std::string::npos);
}

TEST_CASE("roadmap --save-baseline stores a snapshot that --baseline then compares against",
          "[cli][roadmap]") {
    TempDir dir;
    const std::string ws = demoWorkspaceFile(dir, false);
    const auto save = runCli({"roadmap", ws, "--save-baseline"}, {{"STORYLOOM_NOW", "2026-03-02T10:00:00Z"}});
    INFO(save.err);
    REQUIRE(save.exitCode == 0);
    CHECK(save.out == "Saved a roadmap baseline of 8 epics dated 2026-03-02 in " + ws + ".\n");
    const auto run = runCli({"roadmap", ws, "--layout", "board", "--baseline", "-o", dir.file("b.svg")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(readBytes(dir.file("b.svg")).find("Changes since 2 Mar 2026") != std::string::npos);
}

TEST_CASE("roadmap warns about a view that filters on a deleted theme and exports its other filters",
          "[cli][roadmap]") {
    TempDir dir;
    Workspace ws =
        nativejson::read(readFile(std::string(STORYLOOM_SOURCE_DIR) + "/resources/demo/demo-workspace.json"),
                         "demo-workspace.json");
    ws.settings["roadmap.views"] =
        R"([{"name": "Access", "layout": "board", "filters": {"themes": [2, 77]}}])";
    const std::string json = dir.file("demo.json");
    writeBytes(json, nativejson::write(ws));
    const std::string path = dir.file("demo.storyloom");
    REQUIRE(runCli({"import", "-w", path, json}).exitCode == 0);

    const std::string svg = dir.file("access.svg");
    const auto run = runCli({"roadmap", path, "--view", "Access", "-o", svg});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    CHECK(run.err.find("Warning: the view \"Access\" filters on 1 theme no longer in") != std::string::npos);
    const std::string text = readFile(svg);
    CHECK(text.find("BASK-2") != std::string::npos);
    CHECK(text.find("BASK-6") != std::string::npos);
    CHECK(text.find("BASK-1\"") == std::string::npos); // its theme is not in the filter
}
