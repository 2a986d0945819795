#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDir.h"
#include "domain/Clock.h"
#include "domain/Rank.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using Catch::Matchers::Contains;
using Kind = StorageError::Kind;

namespace {

struct SampleStore {
    test::TempDir dir;
    FixedClock clock{1780000000000LL};
    std::string path = dir.file("shop.storyloom");
    std::unique_ptr<WorkspaceStore> store = WorkspaceStore::create(path, "Shop", "SHOP", clock);
    SampleStore() { store->replaceAll(test::sampleWorkspace()); }
};

Story newStory(const std::string& title) {
    Story s;
    s.title = title;
    AcceptanceCriterion c;
    c.text = "It works";
    s.criteria = {c};
    s.labels = {"new"};
    return s;
}

} // namespace

TEST_CASE("a new story gets the next key, a fresh id, timestamps and ids for its criteria") {
    SampleStore f;
    Story draft = newStory("Guest checkout");
    draft.id = 99;            // ignored: the store allocates
    draft.key = "SHOP-99";    // ignored
    draft.criteria[0].id = 1; // already used by SHOP-3's first criterion; ignored
    const Story stored = f.store->addStory(draft);
    CHECK(stored.key == "SHOP-8");
    CHECK(stored.id == 6);
    CHECK(stored.createdAt == f.clock.nowMs());
    CHECK(stored.updatedAt == f.clock.nowMs());
    REQUIRE(stored.criteria.size() == 1);
    CHECK(stored.criteria[0].id > 5);
    CHECK(f.store->story("SHOP-8") == stored);
    CHECK(f.store->load().nextKeyNumber == 9);
}

TEST_CASE("keys are never reused: add, delete, add gives a new number") {
    test::TempDir dir;
    const FixedClock clock(1780000000000LL);
    const auto path = dir.file("keys.storyloom");
    {
        auto store = WorkspaceStore::create(path, "Shop", "SHOP", clock);
        const Story first = store->addStory(newStory("First"));
        CHECK(first.key == "SHOP-1");
        store->deleteStory(first.id);
        const Story second = store->addStory(newStory("Second"));
        CHECK(second.key == "SHOP-2");
        CHECK(second.id != first.id);
        Epic epic;
        epic.title = "Checkout";
        CHECK(store->addEpic(epic).key == "SHOP-3"); // epics and stories share the counter
    }
    // The counter lives in the file, not in memory.
    auto reopened = WorkspaceStore::open(path, clock);
    CHECK(reopened->addStory(newStory("Third")).key == "SHOP-4");
    CHECK(test::queryInt(path, "SELECT next_key_number FROM workspace") == 5);
}

TEST_CASE("an id is not handed out again after the newest story is deleted") {
    SampleStore f;
    const Story a = f.store->addStory(newStory("A"));
    f.store->deleteStory(a.id);
    const Story b = f.store->addStory(newStory("B"));
    CHECK(b.id > a.id);
    CHECK(b.criteria[0].id > a.criteria[0].id);
}

TEST_CASE("a refused new story does not use up a key number") {
    SampleStore f;
    const auto error = test::storageErrorFrom([&] { f.store->addStory(newStory("")); });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("SHOP-8"));
    CHECK_THAT(error.what(), Contains("title is empty"));
    CHECK(f.store->addStory(newStory("Valid")).key == "SHOP-8");
}

TEST_CASE("a new story linking to a missing epic is refused with the reason") {
    SampleStore f;
    Story s = newStory("Orphan");
    s.epicId = 42;
    const auto error = test::storageErrorFrom([&] { f.store->addStory(s); });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("epic (id 42) does not exist"));
    CHECK(f.store->storyCount() == 5);
}

TEST_CASE("a new story without a rank goes after the last story") {
    SampleStore f;
    const auto before = f.store->stories({});
    const Story stored = f.store->addStory(newStory("Last one"));
    CHECK(stored.rank == rank::between(before.back().rank, ""));
    const auto after = f.store->stories({});
    REQUIRE(after.size() == before.size() + 1);
    CHECK(after.back().key == stored.key);
}

TEST_CASE("a new story keeps the rank it was given") {
    SampleStore f;
    const auto ordered = f.store->stories({});
    Story s = newStory("Top");
    s.rank = rank::between("", ordered.front().rank);
    const Story stored = f.store->addStory(s);
    CHECK(f.store->stories({}).front().key == stored.key);
}

TEST_CASE("moving a story to the top writes one row") {
    SampleStore f;
    const auto ordered = f.store->stories({});
    const Story& last = ordered.back();
    const long long before = f.store->totalChanges();
    f.store->setStoryRank(last.id, rank::between("", ordered.front().rank));
    CHECK(f.store->totalChanges() - before == 1);
    const auto reordered = f.store->stories({});
    CHECK(reordered.front().key == last.key);
    for (std::size_t i = 1; i < reordered.size(); ++i)
        CHECK(reordered[i].key == ordered[i - 1].key);
}

TEST_CASE("moving a story between two others writes one row") {
    SampleStore f;
    const auto ordered = f.store->stories({});
    const long long before = f.store->totalChanges();
    f.store->setStoryRank(ordered[0].id, rank::between(ordered[2].rank, ordered[3].rank));
    CHECK(f.store->totalChanges() - before == 1);
    CHECK(f.store->stories({})[2].key == ordered[0].key);
}

TEST_CASE("setting an invalid rank or ranking an unknown story is refused") {
    SampleStore f;
    CHECK(test::storageErrorFrom([&] { f.store->setStoryRank(1, "ZZ"); }).kind() == Kind::Invalid);
    CHECK(test::storageErrorFrom([&] { f.store->setStoryRank(1, ""); }).kind() == Kind::Invalid);
    const auto error = test::storageErrorFrom([&] { f.store->setStoryRank(404, "m"); });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("404"));
}

TEST_CASE("updating a story rewrites its fields, criteria and labels and stamps updatedAt") {
    SampleStore f;
    Story s = *f.store->story("SHOP-3");
    const long long created = s.createdAt;
    f.clock.advance(60000);
    s.title = "Pay with any saved card";
    s.labels = {"ui", "payments", "checkout"};
    std::swap(s.criteria[0], s.criteria[2]); // reorder
    s.criteria.erase(s.criteria.begin() + 1);
    AcceptanceCriterion added;
    added.text = "A new criterion";
    s.criteria.push_back(added);
    s.inputs.reach.reset();
    s.inputs.scorecard.erase("Revenue");
    s.personaIds = {2, 1};
    s.blocks = {2, 5};
    f.store->updateStory(s);

    const Story stored = *f.store->story("SHOP-3");
    CHECK(stored.updatedAt == f.clock.nowMs());
    CHECK(stored.createdAt == created);
    CHECK(stored.title == s.title);
    CHECK(stored.labels == s.labels);
    REQUIRE(stored.criteria.size() == 3);
    CHECK(stored.criteria[0].id == 3);
    CHECK(stored.criteria[1].id == 1);
    CHECK(stored.criteria[2].id > 5);
    CHECK(stored.criteria[2].text == "A new criterion");
    CHECK_FALSE(stored.inputs.reach);
    CHECK(stored.inputs.scorecard.size() == 1);
    CHECK(stored.personaIds == std::vector<Id>{2, 1});
    CHECK(stored.blocks == std::vector<Id>{2, 5});
    // The whole-file read sees the same, criteria in position order.
    CHECK(*f.store->load().findStory("SHOP-3") == stored);
}

TEST_CASE("updating an unknown story is refused") {
    SampleStore f;
    Story s = *f.store->story("SHOP-3");
    s.id = 404;
    const auto error = test::storageErrorFrom([&] { f.store->updateStory(s); });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("404"));
}

TEST_CASE("updating several stories is one transaction: one bad story keeps all unchanged") {
    SampleStore f;
    Story a = *f.store->story("SHOP-3");
    Story b = *f.store->story("SHOP-4");
    a.status = StoryStatus::Done;
    b.points = 4; // not Fibonacci
    const auto error = test::storageErrorFrom([&] { f.store->updateStories({a, b}); });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("SHOP-4"));
    CHECK(f.store->story("SHOP-3")->status == StoryStatus::Ready);

    b.points = 5;
    f.store->updateStories({a, b});
    CHECK(f.store->story("SHOP-3")->status == StoryStatus::Done);
    CHECK(f.store->story("SHOP-4")->points == 5);
}

TEST_CASE("modifying several stories reads each as stored and writes all or nothing") {
    SampleStore f;
    // Another connection changed SHOP-4 after this one last read it.
    WorkspaceStore::open(f.path, f.clock)->modifyStory("SHOP-4", [](Story& s) { s.title = "Fresh title"; });

    std::vector<std::string> seen;
    const auto missing = f.store->modifyStories({"SHOP-3", "SHOP-4"}, [&](std::size_t i, Story& s) {
        seen.push_back(std::to_string(i) + ":" + s.title);
        s.status = StoryStatus::Done;
    });
    CHECK(missing.empty());
    CHECK(seen.back() == "1:Fresh title");
    CHECK(f.store->story("SHOP-3")->status == StoryStatus::Done);
    CHECK(f.store->story("SHOP-4")->status == StoryStatus::Done);
    CHECK(f.store->story("SHOP-4")->title == "Fresh title");

    // A key that is not there: nothing is written, the missing keys come back.
    const auto gone = f.store->modifyStories({"SHOP-5", "SHOP-99", "SHOP-98"},
                                             [](std::size_t, Story& s) { s.status = StoryStatus::Done; });
    CHECK(gone == std::vector<std::string>{"SHOP-99", "SHOP-98"});
    CHECK(f.store->story("SHOP-5")->status != StoryStatus::Done);

    // An invalid result: nothing is written, the error names the story.
    const auto error = test::storageErrorFrom([&] {
        f.store->modifyStories({"SHOP-5", "SHOP-6"}, [](std::size_t i, Story& s) {
            s.status = StoryStatus::Done;
            if (i == 1)
                s.points = 4; // not Fibonacci
        });
    });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("SHOP-6"));
    CHECK(f.store->story("SHOP-5")->status != StoryStatus::Done);
}

TEST_CASE("appending epics and stories writes them in one transaction, or nothing") {
    SampleStore f;
    const long long version = f.store->dataVersion();
    Epic epic;
    epic.id = 10;
    epic.key = "SHOP-20";
    epic.title = "Imported epic";
    epic.rank = rank::between(f.store->load().epics.back().rank, "");
    Story a = newStory("Imported story A");
    a.id = 20;
    a.key = "SHOP-21";
    a.epicId = 10;
    a.rank = rank::between(f.store->load().stories.back().rank, "");
    Story b = newStory("Imported story B");
    b.id = 21;
    b.key = "SHOP-22";
    b.rank = rank::between(a.rank, "");
    a.blocks = {21}; // a link between two new stories

    CHECK(f.store->appendEpicsAndStories({epic}, {a, b}, 23, version));
    const Workspace ws = f.store->load();
    CHECK(ws.findEpic("SHOP-20") != nullptr);
    REQUIRE(ws.findStory("SHOP-21") != nullptr);
    CHECK(ws.findStory("SHOP-21")->epicId == 10);
    CHECK(ws.findStory("SHOP-21")->blocks == std::vector<Id>{21});
    CHECK(ws.stories.size() == 7);
    CHECK(f.store->addStory(newStory("Next")).key == "SHOP-23"); // the counter moved past them
    CHECK(f.store->check().empty());

    // A key that is taken: nothing of the batch is written.
    Story c = newStory("Clashing");
    c.id = 40;
    c.key = "SHOP-41";
    c.rank = rank::between(b.rank, "");
    Story d = c;
    d.id = 41;
    d.key = "SHOP-21";
    const auto error = test::storageErrorFrom([&] {
        f.store->appendEpicsAndStories({}, {c, d}, 0, f.store->dataVersion());
    });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("SHOP-21"));
    CHECK_FALSE(f.store->story("SHOP-41"));

    // Another connection committed since the version was read: nothing is written, false returned.
    const long long before = f.store->dataVersion();
    WorkspaceStore::open(f.path, f.clock)->setSetting("scoring.framework", "wsjf");
    c.key = "SHOP-42";
    CHECK_FALSE(f.store->appendEpicsAndStories({}, {c}, 0, before));
    CHECK_FALSE(f.store->story("SHOP-42"));
}

TEST_CASE("deleting a story removes its criteria, labels, links and scores") {
    SampleStore f;
    const Story s = *f.store->story("SHOP-3");
    f.store->deleteStory(s.id);
    CHECK_FALSE(f.store->story("SHOP-3"));
    CHECK(f.store->storyCount() == 4);
    const auto& path = f.path;
    CHECK(test::queryInt(path, "SELECT count(*) FROM acceptance_criteria WHERE story_id = 1") == 0);
    CHECK(test::queryInt(path, "SELECT count(*) FROM story_labels WHERE story_id = 1") == 0);
    CHECK(test::queryInt(path, "SELECT count(*) FROM story_personas WHERE story_id = 1") == 0);
    CHECK(test::queryInt(path, "SELECT count(*) FROM story_insights WHERE story_id = 1") == 0);
    CHECK(test::queryInt(path, "SELECT count(*) FROM story_blocks WHERE blocker_id = 1") == 0);
    CHECK(test::queryInt(path, "SELECT count(*) FROM story_scorecard WHERE story_id = 1") == 0);
    CHECK(test::queryInt(path, "SELECT count(*) FROM acceptance_criteria") == 2);
    CHECK(f.store->check().empty());
}

TEST_CASE("deleting a story that blocks or is blocked keeps the workspace valid") {
    SampleStore f;
    f.store->deleteStory(2); // SHOP-4, blocked by SHOP-3
    CHECK(f.store->story("SHOP-3")->blocks.empty());
    CHECK(f.store->check().empty());
}

TEST_CASE("restoring a deleted story brings it back with the same id, key and criteria") {
    SampleStore f;
    const Story original = *f.store->story("SHOP-3");
    f.store->deleteStory(original.id);
    f.store->restoreStory(original);
    CHECK(f.store->story("SHOP-3") == original);
    CHECK(f.store->load() == test::sampleWorkspace());
}

TEST_CASE("restoring a story whose id or key is in use is refused") {
    SampleStore f;
    const Story original = *f.store->story("SHOP-3");
    const auto error = test::storageErrorFrom([&] { f.store->restoreStory(original); });
    CHECK(error.kind() == Kind::Invalid);
    CHECK_THAT(error.what(), Contains("SHOP-3"));
    CHECK(f.store->load() == test::sampleWorkspace());
}

TEST_CASE("renaming the project key renames every story and epic key, keeping the numbers") {
    SampleStore f;
    f.store->setWorkspaceInfo("Shop 2", "CART");
    const auto ws = f.store->load();
    CHECK(ws.productName == "Shop 2");
    CHECK(ws.projectKey == "CART");
    CHECK(ws.epics[0].key == "CART-1");
    CHECK(ws.stories[0].key == "CART-3");
    CHECK(validate(ws).empty());
    CHECK(f.store->addStory(newStory("Next")).key == "CART-8");
    CHECK(test::storageErrorFrom([&] { f.store->setWorkspaceInfo("Shop", "bad key"); }).kind() ==
          Kind::Invalid);
}
