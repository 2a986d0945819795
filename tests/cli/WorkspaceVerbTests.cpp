#include "Builders.h"
#include "CliProcess.h"
#include "TempDir.h"
#include "exchange/NativeJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/// The sample workspace with hostile text in titles, descriptions, criteria and labels.
Workspace hostileWorkspace() {
    Workspace ws = sampleWorkspace();
    const auto& hostile = hostileStrings();
    for (std::size_t i = 0; i < ws.stories.size(); ++i) {
        auto& s = ws.stories[i];
        s.title = hostile[i % hostile.size()];
        s.description = hostile[(i + 3) % hostile.size()];
        s.labels.push_back(hostile[(i + 5) % hostile.size()]);
        for (auto& c : s.criteria)
            if (c.format == CriterionFormat::FreeText)
                c.text = hostile[(i + 7) % hostile.size()];
    }
    ws.productName = hostile[2];
    return ws;
}

std::string writeJson(const TempDir& dir, const std::string& name, const Workspace& ws) {
    const std::string path = dir.file(name);
    writeBytes(path, nativejson::write(ws));
    return path;
}

void execSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    INFO(message);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("init creates an empty workspace that check reports clean") {
    const TempDir dir;
    const std::string path = dir.file("new.storyloom");
    const auto init = runCli({"init", "-w", path, "--name", "Web shop", "--key", "SHOP"});
    CHECK(init.exitCode == 0);
    CHECK(init.out.find("SHOP") != std::string::npos);
    CHECK(std::filesystem::exists(path));

    const auto check = runCli({"check", "-w", path});
    CHECK(check.exitCode == 0);
    CHECK(check.out.find("Web shop (SHOP)") != std::string::npos);
    CHECK(check.out.find("Stories:         0") != std::string::npos);
    CHECK(check.out.find("No problems found.") != std::string::npos);
    CHECK(runCli({"list", "-w", path}).out == "No stories match.\n");
}

TEST_CASE("init refuses an existing file and leaves it byte-for-byte unchanged") {
    const TempDir dir;
    const std::string path = dir.file("precious.storyloom");
    writeBytes(path, "not yours");
    const auto run = runCli({"init", "-w", path, "--name", "Shop", "--key", "SHOP"});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("precious.storyloom") != std::string::npos);
    CHECK(readBytes(path) == "not yours");
}

TEST_CASE("init checks the project key and needs a name and a key") {
    const TempDir dir;
    const std::string path = dir.file("w.storyloom");
    const auto badKey = runCli({"init", "-w", path, "--name", "Shop", "--key", "shop"});
    CHECK(badKey.exitCode == 2);
    CHECK(badKey.err.find("'shop'") != std::string::npos);
    CHECK(badKey.err.find("2-10 upper-case letters") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
    CHECK(runCli({"init", "-w", path, "--key", "SHOP"}).exitCode == 1);
    CHECK(runCli({"init", "-w", path, "--name", "Shop"}).exitCode == 1);
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("import then export gives back byte-identical JSON, hostile text included") {
    const TempDir dir;
    const Workspace ws = hostileWorkspace();
    const std::string json = writeJson(dir, "in.json", ws);
    const std::string path = dir.file("imported.storyloom");

    const auto import = runCli({"import", "-w", path, json});
    REQUIRE(import.exitCode == 0);
    CHECK(import.out.find("5 stories") != std::string::npos);

    const std::string out = dir.file("out.json");
    const auto exported = runCli({"export", "-w", path, "-o", out});
    CHECK(exported.exitCode == 0);
    CHECK(exported.out.find("out.json") != std::string::npos);
    CHECK(readBytes(out) == readBytes(json));

    const auto toStdout = runCli({"export", "-w", path});
    CHECK(toStdout.exitCode == 0);
    CHECK(toStdout.out == readBytes(json));
}

TEST_CASE("import accepts --format native and rejects formats it does not know") {
    const TempDir dir;
    const std::string json = writeJson(dir, "in.json", sampleWorkspace());
    CHECK(runCli({"import", "-w", dir.file("a.storyloom"), "--format", "native", json}).exitCode == 0);
    const auto unknown = runCli({"import", "-w", dir.file("b.storyloom"), "--format", "xml", json});
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("'xml'") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(dir.file("b.storyloom")));
    CHECK(runCli({"import", "-w", dir.file("c.storyloom")}).exitCode == 1);
}

TEST_CASE("import refuses an existing workspace without --replace and a missing one with it") {
    const TempDir dir;
    const std::string json = writeJson(dir, "in.json", sampleWorkspace());
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"init", "-w", path, "--name", "Other", "--key", "OTH"}).exitCode == 0);
    const auto refused = runCli({"import", "-w", path, json});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("--replace") != std::string::npos);
    CHECK(runCli({"list", "-w", path}).out == "No stories match.\n");

    const auto missing = runCli({"import", "--replace", "-w", dir.file("none.storyloom"), json});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.find("none.storyloom") != std::string::npos);

    const auto replaced = runCli({"import", "--replace", "-w", path, json});
    CHECK(replaced.exitCode == 0);
    CHECK(runCli({"export", "-w", path}).out == readBytes(json));
}

TEST_CASE("a failed import --replace leaves the existing stories intact") {
    const TempDir dir;
    const std::string good = writeJson(dir, "good.json", sampleWorkspace());
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"import", "-w", path, good}).exitCode == 0);
    const std::string before = runCli({"export", "-w", path}).out;

    SECTION("malformed JSON") {
        std::string text = readBytes(good);
        const std::string bad = dir.file("truncated.json");
        writeBytes(bad, text.substr(0, text.size() / 2));
        const auto run = runCli({"import", "--replace", "-w", path, bad});
        CHECK(run.exitCode == 2);
        CHECK(run.err.find("truncated.json") != std::string::npos);
    }
    SECTION("a story that breaks a rule") {
        Workspace ws = sampleWorkspace();
        ws.stories[1].points = 4;
        const std::string bad = writeJson(dir, "bad-points.json", ws);
        const auto run = runCli({"import", "--replace", "-w", path, bad});
        CHECK(run.exitCode == 2);
        CHECK(run.err.find("bad-points.json") != std::string::npos);
    }
    SECTION("a file that does not exist") {
        const auto run = runCli({"import", "--replace", "-w", path, dir.file("absent.json")});
        CHECK(run.exitCode == 2);
        CHECK(run.err.find("absent.json") != std::string::npos);
    }
    CHECK(runCli({"export", "-w", path}).out == before);
}

TEST_CASE("a failed import into a new file leaves no file behind") {
    const TempDir dir;
    const std::string bad = dir.file("bad.json");
    writeBytes(bad, "{ \"format\": \"storyloom-workspace\", ");
    const std::string path = dir.file("never.storyloom");
    const auto run = runCli({"import", "-w", path, bad});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("bad.json") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("export -o into a folder that does not exist is a data error naming the file") {
    const TempDir dir;
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"init", "-w", path, "--name", "Shop", "--key", "SHOP"}).exitCode == 0);
    const auto run = runCli({"export", "-w", path, "-o", dir.file("no/such/folder/out.json")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("out.json") != std::string::npos);
    CHECK(runCli({"export", "-w", path, "--format", "csv"}).exitCode == 1);
}

TEST_CASE("generate writes a workspace that check finds clean and list can read") {
    const TempDir dir;
    const std::string path = dir.file("gen.storyloom");
    const auto run = runCli({"generate", "-o", path, "--stories", "200", "--epics", "8", "--seed", "3"});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("200 stories") != std::string::npos);
    CHECK(run.out.find("8 epics") != std::string::npos);

    const auto check = runCli({"check", "-w", path, "--json"});
    CHECK(check.exitCode == 0);
    const auto report = nlohmann::json::parse(check.out);
    CHECK(report["ok"] == true);
    CHECK(report["counts"]["stories"] == 200);
    CHECK(report["counts"]["epics"] == 8);
    CHECK(report["projectKey"] == "GEN");
    CHECK(report["problems"].empty());
    CHECK(report["schemaVersion"].get<int>() >= 1);

    const auto list = runCli({"list", "-w", path, "--json"});
    CHECK(nlohmann::json::parse(list.out).size() == 200);
}

TEST_CASE("generate is deterministic: the same seed exports identical JSON, another seed does not") {
    const TempDir dir;
    const std::vector<std::string> common = {"--stories", "200", "--epics", "6",
                                             "--key",     "DET", "--name",  "Det"};
    auto generate = [&](const std::string& name, const std::string& seed, const std::string& now) {
        std::vector<std::string> args = {"generate", "-o", dir.file(name), "--seed", seed};
        args.insert(args.end(), common.begin(), common.end());
        REQUIRE(runCli(args, {{"STORYLOOM_NOW", now}}).exitCode == 0);
        return runCli({"export", "-w", dir.file(name)}).out;
    };
    // Different clocks on purpose: the generated content must not depend on when it was generated.
    const std::string a = generate("a.storyloom", "42", "2026-01-31T09:00:00Z");
    const std::string b = generate("b.storyloom", "42", "2027-06-01T12:00:00Z");
    const std::string c = generate("c.storyloom", "43", "2026-01-31T09:00:00Z");
    CHECK(a.size() > 10000);
    CHECK(a == b);
    CHECK(a != c);
}

TEST_CASE("generate refuses an existing path unless --force") {
    const TempDir dir;
    const std::string path = dir.file("g.storyloom");
    REQUIRE(runCli({"generate", "-o", path, "--stories", "20", "--epics", "2"}).exitCode == 0);
    const std::string before = readBytes(path);
    const auto refused = runCli({"generate", "-o", path, "--stories", "30", "--epics", "2"});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("g.storyloom") != std::string::npos);
    CHECK(refused.err.find("--force") != std::string::npos);
    CHECK(readBytes(path) == before);

    REQUIRE(runCli({"generate", "-o", path, "--stories", "30", "--epics", "2", "--force"}).exitCode == 0);
    CHECK(nlohmann::json::parse(runCli({"list", "-w", path, "--json"}).out).size() == 30);
    CHECK(runCli({"check", "-w", path}).exitCode == 0);
    // Nothing is left beside the target.
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path()))
        ++files;
    CHECK(files == 1);
}

TEST_CASE("generate checks its numbers and the project key") {
    const TempDir dir;
    const std::string path = dir.file("g.storyloom");
    CHECK(runCli({"generate", "-o", path, "--stories", "many"}).exitCode == 1);
    CHECK(runCli({"generate", "-o", path, "--stories", "-5"}).exitCode == 1);
    CHECK(runCli({"generate", "--stories", "5"}).exitCode == 1);
    const auto key = runCli({"generate", "-o", path, "--stories", "5", "--key", "g"});
    CHECK(key.exitCode == 2);
    CHECK(key.err.find("'g'") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("check reports a broken rule in the file and exits 2") {
    const TempDir dir;
    const std::string json = writeJson(dir, "in.json", sampleWorkspace());
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"import", "-w", path, json}).exitCode == 0);
    // Written behind the app's back, as another tool or a bad merge might.
    execSql(path, "UPDATE stories SET points = 4 WHERE key = 'SHOP-4'");

    const auto text = runCli({"check", "-w", path});
    CHECK(text.exitCode == 2);
    CHECK(text.out.find("1 problem found") != std::string::npos);
    CHECK(text.out.find("SHOP-4") != std::string::npos);
    CHECK(text.out.find("points") != std::string::npos);

    const auto asJson = runCli({"check", "-w", path, "--json"});
    CHECK(asJson.exitCode == 2);
    const auto report = nlohmann::json::parse(asJson.out);
    CHECK(report["ok"] == false);
    REQUIRE(report["problems"].size() == 1);
    CHECK(report["problems"][0]["where"] == "SHOP-4");
}

TEST_CASE("check reports settings the app cannot read, naming the setting") {
    const TempDir dir;
    const std::string json = writeJson(dir, "in.json", sampleWorkspace());
    const std::string path = dir.file("w.storyloom");
    REQUIRE(runCli({"import", "-w", path, json}).exitCode == 0);
    execSql(path, "INSERT OR REPLACE INTO settings(name, value) VALUES ('roadmap.views', '[{\"name\": \"Exec\", "
                  "\"layout\": \"grid\"}]'), ('scoring.framework', 'astrology')");

    const auto text = runCli({"check", "-w", path});
    CHECK(text.exitCode == 2);
    CHECK(text.out.find("2 problems found") != std::string::npos);
    CHECK(text.out.find("roadmap.views: ") != std::string::npos);
    CHECK(text.out.find("\"grid\"") != std::string::npos);
    CHECK(text.out.find("astrology") != std::string::npos);
}
