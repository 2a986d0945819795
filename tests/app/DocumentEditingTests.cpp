#include "Builders.h"
#include "TempDir.h"

#include "app/BulkEdit.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

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

    /// What a second connection reads from the file.
    Workspace reread() const { return WorkspaceStore::open(path, clock)->load(); }

    Story story(const std::string& key) const { return *doc.workspace().findStory(key); }
};

Story storedStory(const Workspace& ws, const std::string& key) {
    const Story* s = ws.findStory(key);
    REQUIRE(s != nullptr);
    return *s;
}

/// Equal apart from the updatedAt stamp every write sets.
bool sameContent(Story a, Story b) {
    a.updatedAt = b.updatedAt = 0;
    return a == b;
}

std::vector<std::string> manualKeys(const Workspace& ws) {
    std::vector<std::string> keys;
    for (const Story* s : ws.storiesInRankOrder())
        keys.push_back(s->key);
    return keys;
}

} // namespace

TEST_CASE("editing a story writes the file and undo restores it") {
    OpenDocument o;
    const Story before = o.story("SHOP-4");
    Story after = before;
    after.title = "Remove a saved card from the wallet";
    after.points = 8;
    after.status = StoryStatus::Ready;
    after.moscow = Moscow::Must;
    after.labels = {"wallet"};

    QSignalSpy changed(&o.doc, &Document::storiesChanged);
    REQUIRE(o.doc.editStory(after));
    CHECK(changed.count() == 1);
    CHECK(changed.at(0).at(0).value<QList<qint64>>() == QList<qint64>{before.id});
    CHECK(o.story("SHOP-4").title == "Remove a saved card from the wallet");
    const Story written = storedStory(o.reread(), "SHOP-4");
    CHECK(written.title == "Remove a saved card from the wallet");
    CHECK(written.points == 8);
    CHECK(written.labels == std::vector<std::string>{"wallet"});

    o.doc.undoStack()->undo();
    CHECK(sameContent(storedStory(o.reread(), "SHOP-4"), before));
    CHECK(sameContent(o.story("SHOP-4"), before));
    o.doc.undoStack()->redo();
    CHECK(storedStory(o.reread(), "SHOP-4").title == "Remove a saved card from the wallet");
}

TEST_CASE("typing in one field of one story merges into one undo step") {
    OpenDocument o;
    const Story before = o.story("SHOP-3");
    Story s = before;
    for (const char* title : {"P", "Pa", "Pay"}) {
        s.title = title;
        REQUIRE(o.doc.editStory(s, QStringLiteral("title")));
    }
    CHECK(o.doc.undoStack()->count() == 1);
    s.description = "Another field";
    REQUIRE(o.doc.editStory(s, QStringLiteral("description")));
    CHECK(o.doc.undoStack()->count() == 2);
    Story other = o.story("SHOP-4");
    other.title = "Other story";
    REQUIRE(o.doc.editStory(other, QStringLiteral("title")));
    CHECK(o.doc.undoStack()->count() == 3);

    o.doc.undoStack()->undo();
    o.doc.undoStack()->undo();
    CHECK(storedStory(o.reread(), "SHOP-3").title == "Pay");
    o.doc.undoStack()->undo();
    CHECK(storedStory(o.reread(), "SHOP-3").title == before.title);
}

TEST_CASE("an edit the file refuses changes nothing and says why") {
    OpenDocument o;
    Story bad = o.story("SHOP-3");
    bad.points = 4; // not on the Fibonacci scale
    CHECK_FALSE(o.doc.editStory(bad));
    CHECK_FALSE(o.doc.errorString().isEmpty());
    CHECK(o.doc.undoStack()->count() == 0);
    CHECK(o.story("SHOP-3").points == 5);
    CHECK(storedStory(o.reread(), "SHOP-3").points == 5);
}

TEST_CASE("a bulk edit of several stories is one undo step") {
    OpenDocument o;
    const Story s3 = o.story("SHOP-3");
    const Story s5 = o.story("SHOP-5");
    BulkEdit edit;
    edit.status = StoryStatus::Done;
    edit.epicId = std::optional<Id>{};
    edit.addLabels = {"q3"};
    edit.removeLabels = {"payments"};
    edit.moscow = Moscow::Could;
    edit.points = std::optional<int>{13};
    REQUIRE(o.doc.bulkEdit({s3.id, s5.id}, edit));
    CHECK(o.doc.undoStack()->count() == 1);

    const Workspace ws = o.reread();
    for (const char* key : {"SHOP-3", "SHOP-5"}) {
        const Story s = storedStory(ws, key);
        CHECK(s.status == StoryStatus::Done);
        CHECK_FALSE(s.epicId);
        CHECK(s.moscow == Moscow::Could);
        CHECK(s.points == 13);
        CHECK(std::find(s.labels.begin(), s.labels.end(), "q3") != s.labels.end());
        CHECK(std::find(s.labels.begin(), s.labels.end(), "payments") == s.labels.end());
    }
    o.doc.undoStack()->undo();
    const Workspace back = o.reread();
    CHECK(sameContent(storedStory(back, "SHOP-3"), s3));
    CHECK(sameContent(storedStory(back, "SHOP-5"), s5));
}

TEST_CASE("moving a story writes one row and persists across reopening") {
    OpenDocument o;
    const auto before = manualKeys(o.doc.workspace());
    REQUIRE(before == std::vector<std::string>{"SHOP-3", "SHOP-4", "SHOP-5", "SHOP-6", "SHOP-7"});
    const Id id7 = o.story("SHOP-7").id;

    REQUIRE(o.doc.moveStoryAbove(id7, o.story("SHOP-4").id));
    CHECK(manualKeys(o.reread()) ==
          std::vector<std::string>{"SHOP-3", "SHOP-7", "SHOP-4", "SHOP-5", "SHOP-6"});
    CHECK(manualKeys(o.doc.workspace()) == manualKeys(o.reread()));

    REQUIRE(o.doc.moveStoryToTop(o.story("SHOP-6").id));
    CHECK(manualKeys(o.reread()).front() == "SHOP-6");
    REQUIRE(o.doc.moveStoryToBottom(o.story("SHOP-3").id));
    CHECK(manualKeys(o.reread()).back() == "SHOP-3");
    REQUIRE(o.doc.moveStoryBelow(o.story("SHOP-3").id, o.story("SHOP-6").id));
    CHECK(manualKeys(o.reread()) ==
          std::vector<std::string>{"SHOP-6", "SHOP-3", "SHOP-7", "SHOP-4", "SHOP-5"});

    for (int i = 0; i < 4; ++i)
        o.doc.undoStack()->undo();
    CHECK(manualKeys(o.reread()) == before);
    CHECK(o.story("SHOP-7").rank == test::sampleWorkspace().findStory("SHOP-7")->rank);
}

TEST_CASE("deleting stories and undoing restores ids, keys, criteria and blocker links") {
    OpenDocument o;
    const Workspace original = o.reread();
    const Story s3 = o.story("SHOP-3"); // blocks SHOP-4
    const Story s4 = o.story("SHOP-4");
    REQUIRE(std::find(s3.blocks.begin(), s3.blocks.end(), s4.id) != s3.blocks.end());

    QSignalSpy removed(&o.doc, &Document::storiesRemoved);
    REQUIRE(o.doc.deleteStories({s4.id}));
    CHECK(removed.count() == 1);
    CHECK(o.reread().findStory("SHOP-4") == nullptr);
    CHECK(storedStory(o.reread(), "SHOP-3").blocks.empty());
    CHECK(o.story("SHOP-3").blocks.empty());

    o.doc.undoStack()->undo();
    const Workspace back = o.reread();
    CHECK(sameContent(storedStory(back, "SHOP-4"), s4));
    CHECK(storedStory(back, "SHOP-3").blocks == s3.blocks);
    CHECK(o.doc.workspace().stories.size() == 5);
    CHECK(o.story("SHOP-3").blocks == s3.blocks);

    SECTION("deleting a blocker together with the story it blocks") {
        REQUIRE(o.doc.deleteStories({s3.id, s4.id}));
        CHECK(o.reread().stories.size() == 3);
        o.doc.undoStack()->undo();
        const Workspace again = o.reread();
        CHECK(sameContent(storedStory(again, "SHOP-3"), s3));
        CHECK(sameContent(storedStory(again, "SHOP-4"), s4));
        CHECK(again.nextKeyNumber == original.nextKeyNumber);
    }
}

TEST_CASE("adding a story and undoing deletes it while redo brings back the same key") {
    OpenDocument o;
    Story draft;
    draft.title = "Split payment between two cards";
    QSignalSpy added(&o.doc, &Document::storiesAdded);
    const qint64 id = o.doc.addStory(draft);
    REQUIRE(id != 0);
    CHECK(added.count() == 1);
    const Story stored = *o.doc.workspace().findStory(id);
    CHECK(o.reread().findStory(stored.key) != nullptr);
    CHECK(o.doc.rankingPosition(id) > 0);

    o.doc.undoStack()->undo();
    CHECK(o.reread().findStory(stored.key) == nullptr);
    CHECK(o.doc.workspace().findStory(id) == nullptr);
    o.doc.undoStack()->redo();
    const Workspace reread = o.reread();
    const Story* again = reread.findStory(stored.key);
    REQUIRE(again != nullptr);
    CHECK(again->id == id);
    CHECK(again->title == "Split payment between two cards");
}

TEST_CASE("changing a setting is undoable and persists") {
    OpenDocument o;
    const auto before = o.doc.workspace().settings;
    REQUIRE(o.doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("wsjf")));
    CHECK(o.reread().settings.at("scoring.framework") == "wsjf");
    REQUIRE(o.doc.changeSettings({{QStringLiteral("backlog.columns"), QStringLiteral("key,title")},
                                  {QStringLiteral("readiness.requireEvidence"), QString()}}));
    CHECK(o.reread().settings.count("readiness.requireEvidence") == 0);
    CHECK(o.reread().settings.at("backlog.columns") == "key,title");
    o.doc.undoStack()->undo();
    o.doc.undoStack()->undo();
    CHECK(o.reread().settings == before);
    CHECK(o.doc.workspace().settings == before);
}

TEST_CASE("an undo the file refuses reports the failure") {
    OpenDocument o;
    Story s = o.story("SHOP-5");
    s.title = "Edited here";
    REQUIRE(o.doc.editStory(s));
    // Another window deletes the story; undoing the edit can no longer be written.
    WorkspaceStore::open(o.path, o.clock)->deleteStory(s.id);
    QSignalSpy failed(&o.doc, &Document::editFailed);
    o.doc.undoStack()->undo();
    REQUIRE(failed.count() == 1);
    CHECK(failed.at(0).at(0).toString().contains(QStringLiteral("undo")));
}
