#include "CliProcess.h"
#include "TempDir.h"

#include <catch2/catch.hpp>

#include <filesystem>

using namespace storyloom::test;

namespace {

const std::string kJiraJson = R"({"projects":[{"name":"Shop","key":"SHOP","issues":[
 {"externalId":"1","issueType":"Epic","summary":"Checkout revamp",
  "customFieldValues":[{"fieldName":"Epic Name","value":"Checkout revamp"}]},
 {"externalId":"2","issueType":"Story","summary":"Pay with saved card","labels":["payments"],
  "priority":"Highest",
  "description":"*As a* shopper\n\nh3. Acceptance criteria\n\n* (x) Card list shown _(Functional)_",
  "customFieldValues":[{"fieldName":"Story Points","value":"5"},
   {"fieldName":"Epic Link","value":"Checkout revamp"}]},
 {"externalId":"3","issueType":"Story","summary":"Guest checkout",
  "customFieldValues":[{"fieldName":"Story Points","value":"4"}]}]}]})";

const std::string kJiraCsv =
    "Summary,Issue key,Issue id,Issue Type,Labels,Labels,Custom field (Story Points),Parent\r\n"
    "Checkout revamp,SHOP-1,10001,Epic,,,,\r\n"
    "\"Pay, with card\",SHOP-2,10002,Story,payments,cards,3,10001\r\n";

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string write(const TempDir& dir, const std::string& name, const std::string& text) {
    const std::string path = dir.file(name);
    writeBytes(path, text);
    return path;
}

} // namespace

TEST_CASE("import --format jira-json -o creates a workspace named after the Jira project") {
    const TempDir dir;
    const std::string file = write(dir, "issues.json", kJiraJson);
    const std::string path = dir.file("new.storyloom");
    const auto run = runCli({"import", "--format", "jira-json", file, "-o", path});
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.out == "Imported 2 stories and 1 epic from " + file + " into " + path + ".\n");
    // 4 points are not on the scale: imported as 5, with a warning naming the issue and its line.
    CHECK(has(run.err, "Warning: "));
    CHECK(has(run.err, "\"Guest checkout\" (line 9"));
    const auto list = runCli({"list", "-w", path});
    CHECK(has(list.out, "SHOP-2"));
    CHECK(has(list.out, "Pay with saved card"));
    const auto show = runCli({"show", "-w", path, "SHOP-2", "--json"});
    CHECK(has(show.out, "\"asA\": \"shopper\""));
    CHECK(has(show.out, "Card list shown"));
    CHECK(has(show.out, "\"moscow\": \"must\""));
    CHECK(runCli({"check", "-w", path}).exitCode == 0);
    const auto exported = runCli({"export", "-w", path});
    CHECK(has(exported.out, "\"productName\": \"Shop\""));
    CHECK(has(exported.out, "\"projectKey\": \"SHOP\""));
}

TEST_CASE("import --format jira-csv reads a Jira CSV export, and -w works like -o for a new file") {
    const TempDir dir;
    const std::string file = write(dir, "issues.csv", kJiraCsv);
    const std::string path = dir.file("new.storyloom");
    const auto run = runCli({"import", "--format", "jira-csv", "-w", path, "--name", "Web shop", file});
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK(run.err.empty());
    const auto show = runCli({"show", "-w", path, "SHOP-2", "--json"});
    CHECK(has(show.out, "Pay, with card"));
    CHECK(has(show.out, "\"points\": 3"));
    CHECK(has(show.out, "\"cards\""));
    CHECK(has(runCli({"export", "-w", path}).out, "\"productName\": \"Web shop\""));
}

TEST_CASE("import --into appends Jira issues with new keys after the existing backlog") {
    const TempDir dir;
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"init", "-w", path, "--name", "Mine", "--key", "MINE"}).exitCode == 0);
    REQUIRE(runCli({"add-story", "-w", path, "--title", "Existing story"}).exitCode == 0);
    const std::string file = write(dir, "issues.csv", kJiraCsv);
    const auto run = runCli({"import", "--format", "jira-csv", file, "--into", path});
    INFO(run.err);
    CHECK(run.exitCode == 0);
    const auto list = runCli({"list", "-w", path});
    CHECK(has(list.out, "MINE-1"));
    CHECK(has(list.out, "Existing story"));
    CHECK(has(list.out, "MINE-3")); // MINE-2 is the epic
    CHECK(has(list.out, "Pay, with card"));
    CHECK_FALSE(has(list.out, "SHOP-"));
    CHECK(list.out.find("Existing story") < list.out.find("Pay, with card"));
    const auto again = runCli({"import", "--format", "jira-csv", file, "--into", path});
    CHECK(again.exitCode == 0);
    CHECK(has(runCli({"list", "-w", path}).out, "MINE-5"));
    CHECK(runCli({"check", "-w", path}).exitCode == 0);
}

TEST_CASE("a bad Jira file exits 2 naming the file and line, and writes nothing") {
    const TempDir dir;
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"init", "-w", path, "--name", "Mine", "--key", "MINE"}).exitCode == 0);
    REQUIRE(runCli({"add-story", "-w", path, "--title", "Existing story"}).exitCode == 0);
    const std::string before = runCli({"export", "-w", path}).out;

    struct Bad {
        std::string name, format, text, place;
    };
    const Bad bads[] = {
        {"truncated.json", "jira-json", kJiraJson.substr(0, 120), "line 3, column 2"},
        {"wrong-type.json", "jira-json", "{\"projects\":[{\"key\":\"AB\",\"issues\":[\n{\"summary\":[]}]}]}",
         "line 2, column 12"},
        {"twice.json", "jira-json", "{\"projects\":[],\n\"projects\":[]}", "line 2, column 12"},
        {"bad-link.json", "jira-json",
         "{\"projects\":[{\"key\":\"AB\",\"issues\":[{\"externalId\":\"1\",\"summary\":\"a\"}]}],\n\"links\":"
         "[{\"name\":\"Blocks\",\"sourceId\":\"7\",\"destinationId\":\"1\"}]}",
         "line 2"},
        {"utf8.json", "jira-json", "{\"projects\":[{\"key\":\"AB\",\"name\":\"\xFF\"}]}",
         "line 1, column 34"},
        {"deep.json", "jira-json", std::string(5000, '[') + std::string(5000, ']'), "line 1"},
        {"empty.json", "jira-json", "", "line 1"},
        {"quote.csv", "jira-csv", "Summary,Issue key\n\"open,AB-1\n", "line 2, column 1"},
        {"cells.csv", "jira-csv", "Summary,Issue key\na,AB-1,x\n", "line 2, column 8"},
        {"points.csv", "jira-csv", "Summary,Issue key,Story Points\na,AB-1,-1\n", "line 2, column 8"},
        {"utf8.csv", "jira-csv", "Summary,Issue key\nok,AB-1\n\xC3,AB-2\n", "line 3, column 1"},
        {"no-summary.csv", "jira-csv", "Title\nx\n", "line 1"},
    };
    for (const Bad& bad : bads) {
        INFO(bad.name);
        const std::string file = write(dir, bad.name, bad.text);
        const std::string fresh = dir.file("fresh-" + bad.name + ".storyloom");
        const auto created = runCli({"import", "--format", bad.format, file, "-o", fresh});
        INFO(created.err);
        CHECK(created.exitCode == 2);
        CHECK(has(created.err, bad.name));
        CHECK(has(created.err, bad.place));
        CHECK(created.out.empty());
        CHECK_FALSE(std::filesystem::exists(fresh));
        const auto appended = runCli({"import", "--format", bad.format, file, "--into", path});
        CHECK(appended.exitCode == 2);
        CHECK(has(appended.err, bad.place));
    }
    CHECK(runCli({"export", "-w", path}).out == before);
}

TEST_CASE("import refuses an existing -o file, a missing --into file and mixed options") {
    const TempDir dir;
    const std::string file = write(dir, "issues.json", kJiraJson);
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"init", "-w", path, "--name", "Mine", "--key", "MINE"}).exitCode == 0);

    const auto exists = runCli({"import", "--format", "jira-json", file, "-o", path});
    CHECK(exists.exitCode == 2);
    CHECK(has(exists.err, "--into"));
    const auto missing =
        runCli({"import", "--format", "jira-json", file, "--into", dir.file("none.storyloom")});
    CHECK(missing.exitCode == 2);
    CHECK(has(missing.err, "none.storyloom"));
    CHECK_FALSE(std::filesystem::exists(dir.file("none.storyloom")));
    CHECK(runCli({"import", "--format", "jira-json", file, "--into", path, "-o", dir.file("x")}).exitCode ==
          1);
    CHECK(runCli({"import", "--format", "jira-json", file, "--replace", "-w", path}).exitCode == 1);
    CHECK(runCli({"import", "--format", "native", file, "--into", path}).exitCode == 1);
    CHECK(runCli({"import", "--format", "native", file, "--profile", "x", "-o", dir.file("y")}).exitCode ==
          1);
    const auto unknown = runCli({"import", "--format", "jira-xml", file, "-o", dir.file("z")});
    CHECK(unknown.exitCode == 1);
    CHECK(has(unknown.err, "jira-json"));
    const auto noKey = runCli({"import", "--format", "jira-csv", write(dir, "k.csv", "Summary\nx\n"), "-o",
                               dir.file("k.storyloom")});
    CHECK(noKey.exitCode == 2);
    CHECK(has(noKey.err, "project key"));
    CHECK(runCli({"import", "--format", "jira-csv", dir.file("k.csv"), "-o", dir.file("k.storyloom"),
                  "--project-key", "KK"})
              .exitCode == 0);
}

TEST_CASE("import --profile and --points-field choose the fields to read") {
    const TempDir dir;
    const std::string file =
        write(dir, "team.csv", "Summary,Issue key,Story point estimate,Effort\nx,AB-1,8,2\n");
    const std::string a = dir.file("a.storyloom");
    REQUIRE(
        runCli({"import", "--format", "jira-csv", file, "-o", a, "--profile", "Jira Cloud (team-managed)"})
            .exitCode == 0);
    CHECK(has(runCli({"show", "-w", a, "AB-1", "--json"}).out, "\"points\": 8"));
    const std::string b = dir.file("b.storyloom");
    REQUIRE(runCli({"import", "--format", "jira-csv", file, "-o", b, "--points-field", "Effort"}).exitCode ==
            0);
    CHECK(has(runCli({"show", "-w", b, "AB-1", "--json"}).out, "\"points\": 2"));
    const auto unknown =
        runCli({"import", "--format", "jira-csv", file, "-o", dir.file("c"), "--profile", "Nope"});
    CHECK(unknown.exitCode == 2);
    CHECK(has(unknown.err, "Nope"));
}
