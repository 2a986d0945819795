#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDir.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

using namespace storyloom;

namespace {

const FixedClock kClock(1767225600000LL);

std::vector<std::string> keysOf(const std::vector<Story>& stories) {
    std::vector<std::string> out;
    for (const auto& s : stories)
        out.push_back(s.key);
    return out;
}

std::vector<std::string> expectedKeys(const Workspace& ws, const std::function<bool(const Story&)>& keep) {
    std::vector<std::string> out;
    for (const Story* s : ws.storiesInRankOrder())
        if (keep(*s))
            out.push_back(s->key);
    return out;
}

/// The sample workspace with its ranks shuffled, so rank order differs from id order.
Workspace shuffledSample() {
    Workspace ws = test::sampleWorkspace();
    std::swap(ws.stories[0].rank, ws.stories[3].rank);
    std::swap(ws.stories[1].rank, ws.stories[4].rank);
    return ws;
}

struct Fixture {
    test::TempDir dir;
    std::string path = dir.file("shop.storyloom");
    std::unique_ptr<WorkspaceStore> store = WorkspaceStore::create(path, "Shop", "SHOP", kClock);
    Workspace ws = shuffledSample();
    Fixture() { store->replaceAll(ws); }
};

} // namespace

TEST_CASE("all stories come in manual rank order, complete with criteria, labels and links") {
    Fixture f;
    const auto stories = f.store->stories({});
    CHECK(keysOf(stories) == expectedKeys(f.ws, [](const Story&) { return true; }));
    for (const auto& s : stories)
        CHECK(s == *f.ws.findStory(s.key));
}

TEST_CASE("stories filter by epic key, status and label, and combine filters") {
    Fixture f;
    StoryQuery byEpic;
    byEpic.epicKey = "SHOP-1";
    CHECK(keysOf(f.store->stories(byEpic)) ==
          expectedKeys(f.ws, [](const Story& s) { return s.epicId == Id{1}; }));

    StoryQuery byStatus;
    byStatus.status = StoryStatus::Ready;
    CHECK(keysOf(f.store->stories(byStatus)) == std::vector<std::string>{"SHOP-3"});

    StoryQuery byLabel;
    byLabel.label = "payments";
    const auto payments = f.store->stories(byLabel);
    CHECK(keysOf(payments) == expectedKeys(f.ws, [](const Story& s) {
              return std::find(s.labels.begin(), s.labels.end(), "payments") != s.labels.end();
          }));
    REQUIRE(payments.size() == 2);
    for (const auto& s : payments)
        CHECK(s == *f.ws.findStory(s.key));

    StoryQuery combined;
    combined.epicKey = "SHOP-1";
    combined.label = "payments";
    combined.status = StoryStatus::Refined;
    CHECK(keysOf(f.store->stories(combined)) == std::vector<std::string>{"SHOP-4"});

    StoryQuery noEpic;
    noEpic.epicKey = "SHOP-404";
    CHECK(f.store->stories(noEpic).empty());
}

TEST_CASE("a limit returns the first stories in rank order") {
    Fixture f;
    StoryQuery firstTwo;
    firstTwo.limit = 2;
    const auto all = keysOf(f.store->stories({}));
    CHECK(keysOf(f.store->stories(firstTwo)) == std::vector<std::string>(all.begin(), all.begin() + 2));
    StoryQuery none;
    none.limit = 0;
    CHECK(f.store->stories(none).empty());
}

TEST_CASE("stories with the same rank are ordered by key number, not by key text or id") {
    test::TempDir dir;
    auto store = WorkspaceStore::create(dir.file("ties.storyloom"), "Shop", "SHOP", kClock);
    Workspace ws = test::sampleWorkspace();
    for (auto& s : ws.stories)
        s.rank = "m";
    ws.stories[0].key = "SHOP-10";
    ws.stories[1].key = "SHOP-9";
    ws.nextKeyNumber = 11;
    store->replaceAll(ws);
    const std::vector<std::string> expected{"SHOP-5", "SHOP-6", "SHOP-7", "SHOP-9", "SHOP-10"};
    CHECK(keysOf(store->stories({})) == expected);
    StoryQuery limited;
    limited.limit = 4;
    CHECK(keysOf(store->stories(limited)).back() == "SHOP-9");
}

TEST_CASE("one story is found by key, complete, and an unknown key finds nothing") {
    Fixture f;
    CHECK(f.store->story("SHOP-3") == *f.ws.findStory("SHOP-3"));
    CHECK_FALSE(f.store->story("SHOP-99"));
    CHECK(f.store->storyCount() == 5);
}

TEST_CASE("the backlog query is served by the rank index without sorting the table") {
    Fixture f;
    Database db(f.path, Database::Mode::ReadOnly);
    Statement plan(db, "EXPLAIN QUERY PLAN SELECT id FROM stories ORDER BY rank, key_number LIMIT 50");
    std::string details;
    while (plan.step())
        details += plan.text(3) + "\n";
    CHECK_THAT(details, Catch::Matchers::Contains("stories_rank"));
    CHECK_THAT(details, !Catch::Matchers::Contains("TEMP B-TREE"));
    Statement labels(db, "EXPLAIN QUERY PLAN SELECT story_id FROM story_labels WHERE label = 'ui'");
    details.clear();
    while (labels.step())
        details += labels.text(3) + "\n";
    CHECK_THAT(details, Catch::Matchers::Contains("story_labels_label"));
}

TEST_CASE("a healthy workspace checks clean") {
    Fixture f;
    CHECK(f.store->check().empty());
}

TEST_CASE("check reports dangling references and broken invariants written behind the store's back") {
    Fixture f;
    {
        Database raw(f.path, Database::Mode::ReadWrite);
        raw.exec("PRAGMA foreign_keys = OFF");
        raw.exec("INSERT INTO story_labels (story_id, position, label) VALUES (777, 0, 'ghost')");
        raw.exec("UPDATE stories SET title = '' WHERE key = 'SHOP-5'");
    }
    const auto problems = f.store->check();
    bool foreignKey = false, emptyTitle = false;
    for (const auto& p : problems) {
        foreignKey = foreignKey ||
                     (p.where == "story_labels" && p.message.find("does not exist") != std::string::npos);
        emptyTitle =
            emptyTitle || (p.where == "SHOP-5" && p.message.find("title is empty") != std::string::npos);
    }
    CHECK(foreignKey);
    CHECK(emptyTitle);
}

TEST_CASE("a value this build never writes is reported as damage naming the story") {
    Fixture f;
    {
        Database raw(f.path, Database::Mode::ReadWrite);
        raw.exec("UPDATE stories SET status = 'someday' WHERE key = 'SHOP-4'");
    }
    const auto error = test::storageErrorFrom([&] { f.store->load(); });
    CHECK(error.kind() == StorageError::Kind::Corrupt);
    CHECK_THAT(error.what(), Catch::Matchers::Contains("SHOP-4"));
    CHECK_THAT(error.what(), Catch::Matchers::Contains("someday"));
    CHECK_FALSE(f.store->check().empty());
}
