#include "Builders.h"
#include "CliProcess.h"
#include "TempDir.h"
#include "exchange/NativeJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/// A workspace file made from `ws` through `storyloom-cli import`.
std::string workspaceFile(const TempDir& dir, const Workspace& ws) {
    const std::string json = dir.file("source.json");
    writeBytes(json, nativejson::write(ws));
    const std::string path = dir.file("ws.storyloom");
    const auto run = runCli({"import", "-w", path, json});
    REQUIRE(run.exitCode == 0);
    return path;
}

std::string demoFile(const TempDir& dir) {
    const std::string path = dir.file("demo.storyloom");
    const auto run = runCli(
        {"import", "-w", path, std::string(STORYLOOM_SOURCE_DIR) + "/resources/demo/demo-workspace.json"});
    REQUIRE(run.exitCode == 0);
    return path;
}

std::size_t entries(const std::filesystem::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir))
        ++n;
    return n;
}

} // namespace

TEST_CASE("export --format jira-json writes the importer file and names it") {
    const TempDir dir;
    const std::string ws = demoFile(dir);
    const std::string out = dir.file("jira.json");
    const auto run = runCli({"export", "-w", ws, "--format", "jira-json", "-o", out});
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    CHECK(run.out.find("8 epics and 60 stories") != std::string::npos);
    CHECK(run.out.find(out) != std::string::npos);
    const auto doc = nlohmann::json::parse(readBytes(out));
    CHECK(doc["projects"][0]["issues"].size() == 68);
}

TEST_CASE("export --format jira-rest writes batches and a manifest into a new folder") {
    const TempDir dir;
    const std::string ws = demoFile(dir);
    const std::string out = dir.file("rest");
    const auto run =
        runCli({"export", "-w", ws, "--format", "jira-rest", "-o", out, "--profile", "Jira Data Center"});
    CHECK(run.exitCode == 0);
    CHECK(std::filesystem::exists(out + "/batch-001.json"));
    const auto manifest = nlohmann::json::parse(readBytes(out + "/manifest.json"));
    CHECK(manifest["profile"] == "Jira Data Center");
    CHECK(manifest["batches"].size() == 3);
}

TEST_CASE("export --format jira-csv with --epic writes only that epic and its stories") {
    const TempDir dir;
    const std::string ws = demoFile(dir);
    const std::string out = dir.file("one.csv");
    const auto run = runCli({"export", "-w", ws, "--format", "jira-csv", "--epic", "BASK-1", "-o", out});
    CHECK(run.exitCode == 0);
    const std::string csv = readBytes(out);
    CHECK(csv.find("\r\n1,Epic,") != std::string::npos);
    CHECK(csv.find(",Epic,", csv.find(",Epic,") + 1) == std::string::npos); // no other epic
    CHECK(csv.find("\r\n9,Story,") != std::string::npos);                   // BASK-9 belongs to BASK-1
    CHECK(run.out.find("Exported 1 epic and ") != std::string::npos);
}

TEST_CASE("export --release and --filter select stories; unknown names are data errors") {
    const TempDir dir;
    const std::string ws = demoFile(dir);
    const auto release = runCli({"export", "-w", ws, "--format", "jira-json", "--release", "2026.1 Spring",
                                 "-o", dir.file("spring.json")});
    CHECK(release.exitCode == 0);
    const auto missing =
        runCli({"export", "-w", ws, "--format", "jira-json", "--release", "Never", "-o", dir.file("x.json")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("\"Never\"") != std::string::npos);
    const auto filter =
        runCli({"export", "-w", ws, "--format", "jira-json", "--filter", "Nope", "-o", dir.file("y.json")});
    CHECK(filter.exitCode == 2);
    CHECK(filter.err.find("saved filter called \"Nope\"") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("x.json")));
}

TEST_CASE("export refuses to write when validation finds an error and prints it with the story key") {
    const TempDir dir;
    Workspace sample = sampleWorkspace();
    sample.stories.front().labels.push_back("quick win");
    sample.stories.front().title = std::string(300, 't');
    const std::string ws = workspaceFile(dir, sample);
    const std::size_t before = entries(dir.path());
    const auto run = runCli({"export", "-w", ws, "--format", "jira-json", "-o", dir.file("bad.json")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("error: " + sample.stories.front().key + ": The label \"quick win\"") !=
          std::string::npos);
    CHECK(run.err.find("300 characters") != std::string::npos);
    CHECK(run.err.find("Nothing was written") != std::string::npos);
    CHECK(entries(dir.path()) == before);
}

TEST_CASE("export prints warnings but still writes") {
    const TempDir dir;
    Workspace sample = sampleWorkspace();
    sample.epics[1].title = sample.epics[0].title;
    const std::string ws = workspaceFile(dir, sample);
    const auto run = runCli({"export", "-w", ws, "--format", "jira-csv", "-o", dir.file("ok.csv")});
    CHECK(run.exitCode == 0);
    CHECK(run.err.find("warning: " + sample.epics[1].key + ": ") != std::string::npos);
    CHECK(std::filesystem::exists(dir.file("ok.csv")));
}

TEST_CASE("export rejects Jira options that do not fit the command line") {
    const TempDir dir;
    const std::string ws = demoFile(dir);
    const auto noOutput = runCli({"export", "-w", ws, "--format", "jira-json"});
    CHECK(noOutput.exitCode == 1);
    CHECK(noOutput.err.find("-o FILE") != std::string::npos);
    const auto two = runCli({"export", "-w", ws, "--format", "jira-json", "--epic", "BASK-1", "--release",
                             "x", "-o", dir.file("a.json")});
    CHECK(two.exitCode == 1);
    const auto nativeEpic = runCli({"export", "-w", ws, "--epic", "BASK-1"});
    CHECK(nativeEpic.exitCode == 1);
    const auto badProfile =
        runCli({"export", "-w", ws, "--format", "jira-json", "--profile", "Nope", "-o", dir.file("b.json")});
    CHECK(badProfile.exitCode == 2);
    CHECK(badProfile.err.find("Jira Cloud (team-managed)") != std::string::npos);
    const auto badFormat = runCli({"export", "-w", ws, "--format", "jira-xml"});
    CHECK(badFormat.exitCode == 1);
    CHECK(badFormat.err.find("jira-csv") != std::string::npos);
}

TEST_CASE("jira-profile lists the presets, saves edited profiles and chooses the one exports use") {
    const TempDir dir;
    const std::string ws = demoFile(dir);
    const auto list = runCli({"jira-profile", "-w", ws, "list"});
    CHECK(list.exitCode == 0);
    CHECK(lines(list.out) == std::vector<std::string>{"* Jira Cloud (company-managed) (preset)",
                                                      "  Jira Cloud (team-managed) (preset)",
                                                      "  Jira Data Center (preset)"});
    const auto show = runCli({"jira-profile", "-w", ws, "show", "Jira Data Center"});
    CHECK(show.exitCode == 0);
    auto profiles = nlohmann::json::parse(show.out);
    profiles[0]["name"] = "Ours";
    profiles[0]["storyPointsField"] = "Estimate";
    writeBytes(dir.file("profiles.json"), profiles.dump());
    CHECK(runCli({"jira-profile", "-w", ws, "save", dir.file("profiles.json")}).exitCode == 0);
    CHECK(runCli({"jira-profile", "-w", ws, "use", "Ours"}).exitCode == 0);
    CHECK(runCli({"jira-profile", "-w", ws, "list"}).out.find("* Ours (saved)") != std::string::npos);
    const auto exported = runCli({"export", "-w", ws, "--format", "jira-csv", "-o", dir.file("ours.csv")});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.find("\"Ours\"") != std::string::npos);
    CHECK(readBytes(dir.file("ours.csv")).find(",Estimate,Priority,Epic Name,Epic Link\r\n") !=
          std::string::npos);

    writeBytes(dir.file("bad.json"), R"([{"name":"Broken","site":"moon"}])");
    const auto bad = runCli({"jira-profile", "-w", ws, "save", dir.file("bad.json")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("\"Broken\"") != std::string::npos);
    CHECK(bad.err.find("\"site\"") != std::string::npos);
    CHECK(runCli({"jira-profile", "-w", ws, "use", "Nope"}).exitCode == 2);
}
