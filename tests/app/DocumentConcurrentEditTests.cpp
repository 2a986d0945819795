// The app edits its in-memory copy of a story while another process (the CLI) may have changed the
// same story in the file since the app last looked. These tests play the CLI with a second
// WorkspaceStore connection on the same file.
#include "Builders.h"
#include "TempDir.h"

#include "app/BulkEdit.h"
#include "app/Document.h"
#include "app/StoryChanges.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace storyloom;

namespace {

struct OpenDocument {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};

    OpenDocument() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
    }

    Story stored(const std::string& key) const {
        auto s = WorkspaceStore::open(path, clock)->story(key);
        REQUIRE(s.has_value());
        return *s;
    }
};

} // namespace

TEST_CASE("an app edit keeps a change the CLI made to another field of the same story") {
    OpenDocument o;
    const Story snapshot = *o.doc.workspace().findStory("SHOP-4");

    // The CLI estimates the story and adds a label; the app has not reloaded yet.
    REQUIRE(WorkspaceStore::open(o.path, o.clock)->modifyStory("SHOP-4", [](Story& s) {
        s.points = 13;
        s.labels.push_back("from-cli");
    }));

    Story edited = snapshot;
    edited.title = "Remove a saved card from the wallet";
    REQUIRE(o.doc.editStory(edited, "title"));

    const Story after = o.stored("SHOP-4");
    CHECK(after.title == "Remove a saved card from the wallet");
    CHECK(after.points == 13);
    CHECK(std::find(after.labels.begin(), after.labels.end(), "from-cli") != after.labels.end());
    // The app's copy now shows the story as the file holds it.
    CHECK(o.doc.workspace().findStory("SHOP-4")->points == 13);

    // Undo takes back the title only; the CLI's estimate stays.
    o.doc.undoStack()->undo();
    const Story undone = o.stored("SHOP-4");
    CHECK(undone.title == snapshot.title);
    CHECK(undone.points == 13);
}

TEST_CASE("an app edit of a story the CLI deleted fails with the story key and changes nothing") {
    OpenDocument o;
    Story edited = *o.doc.workspace().findStory("SHOP-4");
    WorkspaceStore::open(o.path, o.clock)->deleteStory(edited.id);
    edited.title = "Too late";
    CHECK_FALSE(o.doc.editStory(edited, "title"));
    CHECK(o.doc.errorString().contains("SHOP-4"));
    CHECK(o.doc.undoStack()->count() == 0);
}

TEST_CASE("only the fields an edit changed are copied onto the stored story") {
    const Workspace ws = test::sampleWorkspace();
    auto withCriteria = std::find_if(ws.stories.begin(), ws.stories.end(),
                                     [](const Story& s) { return !s.criteria.empty() && s.epicId; });
    REQUIRE(withCriteria != ws.stories.end());
    Story from = *withCriteria;
    Story to = from;
    Story target = from;
    target.title = "title changed elsewhere";
    target.description = "description changed elsewhere";
    target.id = 999;
    target.key = "SHOP-999";
    target.updatedAt = 42;

    to.points = 21;
    to.labels = {"a11y"};
    to.criteria.clear();
    to.epicId.reset();
    to.inputs.reach = 12345;
    to.rank = "zz";
    to.id = 1;
    to.key = "SHOP-1";
    to.updatedAt = 7;

    applyChangedFields(from, to, target);
    CHECK(target.points == 21);
    CHECK(target.labels == std::vector<std::string>{"a11y"});
    CHECK(target.criteria.empty());
    CHECK_FALSE(target.epicId.has_value());
    CHECK(target.inputs.reach == 12345);
    CHECK(target.rank == "zz");
    // Untouched by the edit: kept as the file holds them, and identity is never copied.
    CHECK(target.title == "title changed elsewhere");
    CHECK(target.description == "description changed elsewhere");
    CHECK(target.id == 999);
    CHECK(target.key == "SHOP-999");
    CHECK(target.updatedAt == 42);
}

namespace {

bool hasLabel(const Story& s, const std::string& label) {
    return std::find(s.labels.begin(), s.labels.end(), label) != s.labels.end();
}

} // namespace

TEST_CASE("a bulk edit keeps the changes the CLI made to other fields of the selected stories") {
    OpenDocument o;
    const Id a = o.doc.workspace().findStory("SHOP-4")->id;
    const Id b = o.doc.workspace().findStory("SHOP-5")->id;

    // The CLI estimates both stories and labels one; the app has not reloaded yet.
    auto cli = WorkspaceStore::open(o.path, o.clock);
    REQUIRE(cli->modifyStory("SHOP-4", [](Story& s) { s.points = 8; }));
    REQUIRE(cli->modifyStory("SHOP-5", [](Story& s) {
        s.points = 3;
        s.labels.push_back("from-cli");
    }));

    BulkEdit edit;
    edit.status = StoryStatus::Ready;
    edit.addLabels = {"sprint-12"};
    REQUIRE(o.doc.bulkEdit({a, b}, edit));

    const Story four = o.stored("SHOP-4");
    const Story five = o.stored("SHOP-5");
    CHECK(four.status == StoryStatus::Ready);
    CHECK(five.status == StoryStatus::Ready);
    CHECK(four.points == 8);
    CHECK(five.points == 3);
    CHECK(hasLabel(four, "sprint-12"));
    CHECK(hasLabel(five, "sprint-12"));
    CHECK(hasLabel(five, "from-cli"));
    // The app's copy shows the stories as the file holds them now.
    CHECK(o.doc.workspace().findStory("SHOP-5")->points == 3);

    // Undo takes back the status and the label the bulk edit added; the CLI's changes stay.
    o.doc.undoStack()->undo();
    const Story undone = o.stored("SHOP-5");
    CHECK(undone.status != StoryStatus::Ready);
    CHECK_FALSE(hasLabel(undone, "sprint-12"));
    CHECK(hasLabel(undone, "from-cli"));
    CHECK(undone.points == 3);
    CHECK(o.stored("SHOP-4").points == 8);
}

TEST_CASE("a bulk edit of stories one of which the CLI deleted changes nothing and names the key") {
    OpenDocument o;
    const Id a = o.doc.workspace().findStory("SHOP-4")->id;
    const Id b = o.doc.workspace().findStory("SHOP-5")->id;
    const StoryStatus before = o.stored("SHOP-4").status;
    WorkspaceStore::open(o.path, o.clock)->deleteStory(b);

    BulkEdit edit;
    edit.status = StoryStatus::Done;
    CHECK_FALSE(o.doc.bulkEdit({a, b}, edit));
    CHECK(o.doc.errorString().contains("SHOP-5"));
    CHECK(o.stored("SHOP-4").status == before);
    CHECK(o.doc.undoStack()->count() == 0);
}

TEST_CASE("undoing a delete relinks the blocking story as the file holds it now") {
    OpenDocument o;
    // SHOP-3 blocks SHOP-4 in the sample workspace.
    const Story blocker = *o.doc.workspace().findStory("SHOP-3");
    const Id blocked = o.doc.workspace().findStory("SHOP-4")->id;
    REQUIRE(blocker.blocks == std::vector<Id>{blocked});
    REQUIRE(o.doc.deleteStories({blocked}));
    CHECK(o.stored("SHOP-3").blocks.empty());

    REQUIRE(WorkspaceStore::open(o.path, o.clock)->modifyStory("SHOP-3", [](Story& s) {
        s.title = "Renamed by the CLI";
    }));
    o.doc.undoStack()->undo();

    const Story relinked = o.stored("SHOP-3");
    CHECK(relinked.blocks == std::vector<Id>{blocked});
    CHECK(relinked.title == "Renamed by the CLI");
    CHECK(o.doc.workspace().findStory("SHOP-4") != nullptr);
}

TEST_CASE("list fields merge: what the edit added or removed changes, what another writer added stays") {
    Story from;
    from.labels = {"payments", "ui"};
    from.personaIds = {1};
    Story to = from;
    to.labels = {"payments", "a11y"}; // removes "ui", adds "a11y"
    to.personaIds = {};               // unlinks persona 1
    Story target = from;
    target.labels = {"payments", "ui", "from-cli"};
    target.personaIds = {1, 2};

    applyChangedFields(from, to, target);
    CHECK(target.labels == std::vector<std::string>{"payments", "from-cli", "a11y"});
    CHECK(target.personaIds == std::vector<Id>{2});

    // A reorder only (same items) takes the edit's order when nobody else changed the list.
    Story reordered = from;
    reordered.labels = {"ui", "payments"};
    Story same = from;
    applyChangedFields(from, reordered, same);
    CHECK(same.labels == std::vector<std::string>{"ui", "payments"});
}

TEST_CASE("each scoring input is its own field when an edit is replayed") {
    Story from;
    from.inputs.reach = 100;
    from.inputs.scorecard = {{"Strategic fit", 3}, {"Revenue", 2}};
    Story to = from;
    to.inputs.effort = 2;               // the app sets effort
    to.inputs.scorecard["Revenue"] = 5; // and changes one scorecard criterion
    to.inputs.scorecard.erase("Strategic fit");
    Story target = from;
    target.inputs.reach = 250;              // the CLI changed reach meanwhile
    target.inputs.scorecard["Delight"] = 4; // and scored a new criterion

    applyChangedFields(from, to, target);
    CHECK(target.inputs.reach == 250);
    CHECK(target.inputs.effort == 2);
    CHECK(target.inputs.scorecard == std::map<std::string, double>{{"Delight", 4}, {"Revenue", 5}});
}
