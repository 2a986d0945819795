#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDir.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using Catch::Matchers::Contains;

namespace {
const FixedClock kClock(1767225600000LL);
}

TEST_CASE("a write fails as busy while another connection holds the write lock past the timeout") {
    test::BusyTimeoutScope fast(100);
    test::TempDir dir;
    const auto path = dir.file("locked.storyloom");
    auto store = WorkspaceStore::create(path, "Shop", "SHOP", kClock);
    store->replaceAll(test::sampleWorkspace());

    Database other(path, Database::Mode::ReadWrite);
    other.configureForWorkspace(100);
    other.exec("BEGIN IMMEDIATE");

    const auto error = test::storageErrorFrom([&] { store->setSetting("scoring.framework", "wsjf"); });
    CHECK(error.kind() == StorageError::Kind::Busy);
    CHECK(error.path() == path);
    CHECK_THAT(error.what(),
               Contains("The workspace " + path + " is locked by another Storyloom window or command"));
    CHECK_THAT(error.what(), Contains("Try again in a moment"));
    // Reading still works while the other connection writes (WAL).
    CHECK(store->storyCount() == 5);

    other.exec("ROLLBACK");
    store->setSetting("scoring.framework", "wsjf");
    CHECK(store->load().settings.at("scoring.framework") == "wsjf");
}

TEST_CASE("a busy story write changes nothing") {
    test::BusyTimeoutScope fast(100);
    test::TempDir dir;
    const auto path = dir.file("locked.storyloom");
    auto store = WorkspaceStore::create(path, "Shop", "SHOP", kClock);
    store->replaceAll(test::sampleWorkspace());
    Database other(path, Database::Mode::ReadWrite);
    other.configureForWorkspace(100);
    other.exec("BEGIN IMMEDIATE");
    Story story;
    story.title = "Guest checkout";
    CHECK(test::storageErrorFrom([&] { store->addStory(story); }).kind() == StorageError::Kind::Busy);
    other.exec("ROLLBACK");
    CHECK(store->load() == test::sampleWorkspace());
}

TEST_CASE("the data version changes when another connection commits, not for our own writes") {
    test::TempDir dir;
    const auto path = dir.file("shared.storyloom");
    auto first = WorkspaceStore::create(path, "Shop", "SHOP", kClock);
    auto second = WorkspaceStore::open(path, kClock);

    const long long before = first->dataVersion();
    CHECK(first->dataVersion() == before);
    first->setSetting("theme", "dark");
    CHECK(first->dataVersion() == before);

    second->setSetting("theme", "light");
    const long long afterOther = first->dataVersion();
    CHECK(afterOther != before);
    CHECK(first->load().settings.at("theme") == "light");
}
