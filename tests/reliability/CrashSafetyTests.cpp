// A writer process killed with SIGKILL at random moments never leaves a corrupt file and never loses
// an edit it reported as committed.

#include "ChildProcess.h"
#include "EditLog.h"
#include "TempDir.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

#include <csignal>
#include <random>

using namespace storyloom;
using namespace storyloom::test;

namespace {

/// PRAGMA integrity_check through a plain SQLite connection, independent of WorkspaceStore.
std::string rawIntegrityCheck(const std::string& path) {
    sqlite3* db = nullptr;
    std::string result = "cannot open";
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            result = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}

} // namespace

TEST_CASE("a writer killed at random moments leaves an intact file holding every edit it reported") {
    const TempDir dir;
    const std::string path = dir.file("crash.storyloom");
    const FixedClock clock(1'780'000'000'000);
    WorkspaceStore::create(path, "Crash test", "CRASH", clock);

    std::mt19937 random(20261130); // fixed: a failure can be replayed
    std::uniform_int_distribution<int> delayMs(20, 200);
    StoryModel expected;
    std::size_t committed = 0, pendingSeen = 0;
    constexpr int kRuns = 60;
    for (int run = 0; run < kRuns; ++run) {
        const std::string out = dir.file("run.out"), err = dir.file("run.err");
        const auto seed = std::to_string(random());
        const auto delay = std::chrono::milliseconds(delayMs(random));
        const ChildEnd end = runThenKill({STORYLOOM_CRASH_WRITER_PATH, path, seed}, out, err, delay);
        INFO("run " << run << ", seed " << seed << ", killed after " << delay.count() << " ms");
        INFO("writer's stderr: " << readBytes(err));
        REQUIRE(end.killed);
        REQUIRE(end.signal == SIGKILL);

        const EditLog log = parseEditLog(readBytes(out));
        for (const auto& edit : log.committed)
            applyEdit(expected, edit);
        committed += log.committed.size();
        pendingSeen += log.pending ? 1 : 0;

        REQUIRE(rawIntegrityCheck(path) == "ok");
        const auto store = WorkspaceStore::open(path, clock);
        const auto problems = store->check();
        for (const auto& p : problems)
            UNSCOPED_INFO(p.where << ": " << p.message);
        REQUIRE(problems.empty());
        const StoryModel actual = modelOf(store->load());
        const std::string difference = compareModels(expected, actual, log.pending);
        INFO(difference);
        REQUIRE(difference.empty());
        // The file is now the truth, including an unreported edit that did land.
        expected = actual;
    }
    // The runs did edit the file, and some kills landed with an edit under way.
    CHECK(committed >= static_cast<std::size_t>(kRuns));
    CHECK(pendingSeen > 0);
}
