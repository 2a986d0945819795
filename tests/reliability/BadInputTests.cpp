// Bad input through the real CLI: exit 2, a message naming the file and the line or key, and the
// workspace (or the file that was refused) left exactly as it was.

#include "Builders.h"
#include "CliProcess.h"
#include "TempDir.h"
#include "exchange/NativeJson.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include <filesystem>
#include <random>

using namespace storyloom;
using namespace storyloom::test;

namespace {

std::string randomBytes(std::size_t size, unsigned seed) {
    std::mt19937 random(seed);
    std::string bytes(size, '\0');
    for (auto& b : bytes)
        b = static_cast<char>(random() & 0xff);
    return bytes;
}

std::string exported(const std::string& path) {
    const auto run = runCli({"export", "-w", path});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return run.out;
}

/// A workspace holding test::sampleWorkspace(), imported through the CLI.
std::string sampleWorkspaceFile(const TempDir& dir, const std::string& name) {
    const std::string json = dir.file(name + ".json");
    writeBytes(json, nativejson::write(sampleWorkspace()));
    const std::string path = dir.file(name);
    const auto run = runCli({"import", "-w", path, json});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return path;
}

/// The sample workspace as native JSON with `change` applied to its parsed form.
template <typename Change> std::string sampleJsonWith(Change change) {
    auto j = nlohmann::ordered_json::parse(nativejson::write(sampleWorkspace()));
    change(j);
    return j.dump(2);
}

/// Text inserted just before the first story's "title" key.
std::string sampleJsonWithInFirstStory(const std::string& inserted) {
    std::string text = nativejson::write(sampleWorkspace());
    const auto stories = text.find("\"stories\"");
    const auto title = text.find("\"title\"", stories);
    REQUIRE(title != std::string::npos);
    return text.insert(title, inserted);
}

struct BadFile {
    std::string name;
    std::string bytes;
    std::string mustMention; ///< besides the file name: "line N" or the story key / JSON path
};

bool fileLeftNoSideFiles(const std::string& path) {
    return !std::filesystem::exists(path + "-wal") && !std::filesystem::exists(path + "-shm") &&
           !std::filesystem::exists(path + "-journal");
}

} // namespace

TEST_CASE(
    "a bad import file is refused with exit 2 naming the file and place, and the workspace is unchanged") {
    const TempDir dir;
    const std::string workspace = sampleWorkspaceFile(dir, "target.storyloom");
    const std::string before = exported(workspace);
    const std::string sample = nativejson::write(sampleWorkspace());

    const std::vector<BadFile> cases = {
        {"truncated.json", sample.substr(0, sample.size() / 2), "line "},
        {"garbage.json", randomBytes(4096, 7), "line "},
        {"empty.json", "", "line 1"},
        {"deep.json", std::string(10000, '[') + std::string(10000, ']'), "line 1"},
        {"bad-utf8.json", sampleJsonWithInFirstStory("\"asA\": \"caf\xC3\x28 \xFF\", "), "line "},
        {"duplicate-key.json", sampleJsonWithInFirstStory("\"title\": \"given twice\", "), "title"},
        {"wrong-type.json", sampleJsonWith([](auto& j) { j["stories"][0]["points"] = "five"; }), "SHOP-3"},
        {"wrong-type-array.json", sampleJsonWith([](auto& j) { j["stories"] = "none"; }), "stories"},
        {"not-a-workspace.json", "{\"format\": \"something-else\", \"formatVersion\": 1}", "format"},
    };
    for (const auto& bad : cases) {
        const std::string file = dir.file(bad.name);
        writeBytes(file, bad.bytes);
        const auto run = runCli({"import", "-w", workspace, "--replace", file});
        INFO(bad.name << ": " << run.err.substr(0, 500));
        CHECK(run.exitCode == 2);
        CHECK(run.err.find(file) != std::string::npos);
        CHECK(run.err.find(bad.mustMention) != std::string::npos);
        CHECK(run.err.size() < 2000); // a sentence, not a dump of the file
        CHECK(exported(workspace) == before);

        // Into a new file: nothing is created.
        const std::string fresh = dir.file("fresh-" + bad.name + ".storyloom");
        CHECK(runCli({"import", "-w", fresh, file}).exitCode == 2);
        CHECK_FALSE(std::filesystem::exists(fresh));
        CHECK(fileLeftNoSideFiles(fresh));
    }
    CHECK(runCli({"check", "-w", workspace}).exitCode == 0);
}

TEST_CASE("an import with a 10 MB title is either stored whole or refused without change") {
    const TempDir dir;
    const std::string workspace = sampleWorkspaceFile(dir, "target.storyloom");
    const std::string before = exported(workspace);
    const std::string title = std::string(10 * 1024 * 1024, 'x') + "end";
    const std::string file = dir.file("huge-title.json");
    writeBytes(file, sampleJsonWith([&](auto& j) { j["stories"][0]["title"] = title; }));

    const auto run = runCli({"import", "-w", workspace, "--replace", file});
    INFO(run.err.substr(0, 500));
    if (run.exitCode == 0) {
        const auto show = runCli({"show", "SHOP-3", "-w", workspace, "--json"});
        REQUIRE(show.exitCode == 0);
        CHECK(nlohmann::json::parse(show.out)["title"] == title);
        CHECK(runCli({"check", "-w", workspace}).exitCode == 0);
    } else {
        CHECK(run.exitCode == 2);
        CHECK(run.err.find(file) != std::string::npos);
        CHECK(exported(workspace) == before);
    }
}

TEST_CASE("list and check refuse a file that is not a usable workspace and leave it byte-identical") {
    const TempDir dir;
    const std::string good = sampleWorkspaceFile(dir, "good.storyloom");
    const std::string goodBytes = readBytes(good);
    REQUIRE(goodBytes.size() > 4096);

    // A workspace written by a newer Storyloom.
    const std::string newer = dir.file("newer.storyloom");
    writeBytes(newer, goodBytes);
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(newer.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 999", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }

    const std::vector<BadFile> cases = {
        {"truncated.storyloom", goodBytes.substr(0, goodBytes.size() / 2), ""},
        {"garbage.storyloom", randomBytes(8192, 11), ""},
        {"empty.storyloom", "", ""},
        {"huge-garbage.storyloom", randomBytes(50 * 1024 * 1024, 13), ""},
        {"header-only.storyloom", goodBytes.substr(0, 100) + randomBytes(goodBytes.size() - 100, 17), ""},
        {"newer.storyloom", readBytes(newer), "newer"},
    };
    for (const auto& bad : cases) {
        const std::string path = dir.file(bad.name);
        writeBytes(path, bad.bytes);
        for (const char* verb : {"list", "check"}) {
            const auto run = runCli({verb, "-w", path});
            INFO(bad.name << " " << verb << ": " << run.err);
            CHECK(run.exitCode == 2);
            CHECK(run.err.find(path) != std::string::npos);
            CHECK(run.err.find(bad.mustMention) != std::string::npos);
            CHECK(run.err.find("unexpected problem") == std::string::npos); // a known failure, explained
            CHECK(readBytes(path) == bad.bytes);
            CHECK(fileLeftNoSideFiles(path));
        }
    }
}

TEST_CASE("story titles full of SQL syntax are stored by add-story and read back intact") {
    const TempDir dir;
    const std::string workspace = sampleWorkspaceFile(dir, "target.storyloom");
    std::vector<std::string> titles = {
        "'); DROP TABLE stories; --",
        "\" OR 1=1 --",
        "x'; UPDATE stories SET title='pwned' WHERE '1'='1",
        "Robert'); DELETE FROM stories WHERE ('1'='1",
        "1; ATTACH DATABASE '/tmp/evil.db' AS evil; --",
        "?1 ?2 :name @name $name ?",
        "%s%s%s%n %x",
        "' UNION SELECT sqlite_version(), 1, 2 --",
    };
    for (const auto& hostile : hostileStrings())
        titles.push_back(hostile);
    std::vector<std::string> keys;
    for (const auto& title : titles) {
        const auto run = runCli({"add-story", "-w", workspace, "--title", title});
        INFO(title.substr(0, 80) << ": " << run.err);
        REQUIRE(run.exitCode == 0);
        keys.push_back(lines(run.out).at(0));
    }
    for (std::size_t i = 0; i < titles.size(); ++i) {
        const auto show = runCli({"show", keys[i], "-w", workspace, "--json"});
        INFO(keys[i] << ": " << show.err);
        REQUIRE(show.exitCode == 0);
        CHECK(nlohmann::json::parse(show.out)["title"] == titles[i]);
    }
    // Nothing else was touched: the sample stories are all still there, under their own titles.
    const auto list = runCli({"list", "-w", workspace, "--json"});
    REQUIRE(list.exitCode == 0);
    CHECK(nlohmann::json::parse(list.out).size() == 5 + titles.size());
    CHECK(runCli({"show", "SHOP-3", "-w", workspace, "--json"}).out.find("Pay with a saved card") !=
          std::string::npos);
    CHECK_FALSE(std::filesystem::exists("/tmp/evil.db"));
}
