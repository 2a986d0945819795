// The app edits its in-memory copy of a story while another process (the CLI) may have changed the
// same story in the file since the app last looked. These tests play the CLI with a second
// WorkspaceStore connection on the same file.
#include "Builders.h"
#include "TempDir.h"

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
