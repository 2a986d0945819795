#include "StorageTestSupport.h"
#include "TempDir.h"
#include "domain/Clock.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <ctime>
#include <filesystem>
#include <iomanip>
#include <iostream>

using namespace storyloom;

namespace {

/// Runs `f` and prints its wall-clock and process CPU time (CPU time is the steadier figure on a
/// busy machine).
template <typename F> void measure(const char* what, F&& f) {
    const auto wallStart = std::chrono::steady_clock::now();
    const std::clock_t cpuStart = std::clock();
    f();
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    std::cout << std::left << std::setw(36) << what << std::right << std::fixed << std::setprecision(3)
              << std::setw(8) << wall << " s wall " << std::setw(8) << cpu << " s cpu\n";
}

} // namespace

// Hidden ([.]): a measurement, not a test. Run by hand:  storyloom_storage_tests "[.bench]"
TEST_CASE("storage speed on 100,000 stories", "[.bench]") {
    const std::size_t count = 100000;
    const FixedClock clock(1767225600000LL);
    test::TempDir dir;
    const auto path = dir.file("bulk.storyloom");
    Workspace ws;
    measure("build workspace in memory", [&] { ws = test::bulkWorkspace(count, 4, 2); });
    auto store = WorkspaceStore::create(path, "Bulk", "BULK", clock);
    measure("replaceAll", [&] { store->replaceAll(ws); });
    Workspace loaded;
    measure("load (same connection, big WAL)", [&] { loaded = store->load(); });
    REQUIRE(loaded == ws);
    store.reset();
    std::cout << "file size " << std::filesystem::file_size(path) / (1024 * 1024) << " MiB for " << count
              << " stories, " << count * 4 << " criteria, " << count * 2 << " labels\n";

    measure("open (probe + quick_check)", [&] { store = WorkspaceStore::open(path, clock); });
    measure("load (after open)", [&] { loaded = store->load(); });
    REQUIRE(loaded.stories.size() == count);
    measure("load (again)", [&] { loaded = store->load(); });
    std::vector<Story> page;
    StoryQuery first50;
    first50.limit = 50;
    measure("stories(limit 50)", [&] { page = store->stories(first50); });
    REQUIRE(page.size() == 50);
    StoryQuery filtered;
    filtered.label = "a11y";
    filtered.status = StoryStatus::Ready;
    filtered.limit = 50;
    measure("stories(label, status, limit 50)", [&] { page = store->stories(filtered); });
    REQUIRE(page.size() == 50);
    StoryQuery epic;
    epic.epicKey = "BULK-7";
    measure("stories(epic, no limit: 5,000)", [&] { page = store->stories(epic); });
    REQUIRE(page.size() == count / 20);
    measure("stories(all)", [&] { page = store->stories({}); });
    REQUIRE(page.size() == count);
    measure("story(key)", [&] { REQUIRE(store->story("BULK-50000")); });
    measure("setStoryRank", [&] { store->setStoryRank(page[500].id, "0001"); });
    Story story = page[1000];
    story.title = "Edited";
    measure("updateStory", [&] { store->updateStory(story); });
    measure("check()", [&] { REQUIRE(store->check().empty()); });
}
