#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {

struct OpenEpicDocument {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};

    OpenEpicDocument() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
    }

    /// What a second connection reads from the file.
    Workspace reread() const { return WorkspaceStore::open(path, clock)->load(); }
    Epic epic(const std::string& key) const { return *doc.workspace().findEpic(key); }
};

Epic storedEpic(const Workspace& ws, const std::string& key) {
    const Epic* e = ws.findEpic(key);
    REQUIRE(e != nullptr);
    return *e;
}

/// Stories compared without the updatedAt stamp every write sets.
std::vector<Story> withoutStamps(std::vector<Story> stories) {
    for (auto& s : stories)
        s.updatedAt = 0;
    std::sort(stories.begin(), stories.end(), [](const Story& a, const Story& b) { return a.id < b.id; });
    return stories;
}

} // namespace

TEST_CASE("each epic field edit is written to the file and undone") {
    OpenEpicDocument o;
    const Epic before = o.epic("SHOP-1");
    Epic after = before;
    auto field = GENERATE(as<std::string>{}, "title", "description", "colour", "theme", "status", "horizon",
                          "dates", "release");
    if (field == "title")
        after.title = "Checkout, renamed";
    else if (field == "description")
        after.description = "A new description";
    else if (field == "colour")
        after.colour = "#123456";
    else if (field == "theme")
        after.themeId = 2;
    else if (field == "status")
        after.status = EpicStatus::Done;
    else if (field == "horizon")
        after.horizon = Horizon::Later;
    else if (field == "dates") {
        after.startDate = Date{2027, 1, 4};
        after.endDate = Date{2027, 2, 26};
    } else
        after.targetReleaseId = 2;
    INFO(field);
    REQUIRE(after != before);

    QSignalSpy changed(&o.doc, &Document::epicsChanged);
    REQUIRE(o.doc.editEpic(after));
    CHECK(changed.count() == 1);
    CHECK(o.epic("SHOP-1") == after);
    CHECK(storedEpic(o.reread(), "SHOP-1") == after);

    o.doc.undoStack()->undo();
    CHECK(o.epic("SHOP-1") == before);
    CHECK(storedEpic(o.reread(), "SHOP-1") == before);
    o.doc.undoStack()->redo();
    CHECK(storedEpic(o.reread(), "SHOP-1") == after);
}

TEST_CASE("typing an epic title merges into one undo step but another field does not") {
    OpenEpicDocument o;
    const Epic before = o.epic("SHOP-1");
    Epic e = before;
    for (const char* title : {"C", "Ch", "Che"}) {
        e.title = title;
        REQUIRE(o.doc.editEpic(e, "title"));
    }
    CHECK(o.doc.undoStack()->count() == 1);
    e.startDate = Date{2025, 12, 1};
    REQUIRE(o.doc.editEpic(e, "dates"));
    CHECK(o.doc.undoStack()->count() == 2);
    o.doc.undoStack()->undo();
    o.doc.undoStack()->undo();
    CHECK(storedEpic(o.reread(), "SHOP-1") == before);
}

TEST_CASE("an epic edit the file refuses changes nothing and says why") {
    OpenEpicDocument o;
    Epic e = o.epic("SHOP-1");
    e.startDate = Date{2027, 3, 1};
    e.endDate = Date{2027, 1, 1};
    CHECK_FALSE(o.doc.editEpic(e));
    CHECK(o.doc.errorString().contains("end date is before the start date"));
    CHECK(o.doc.undoStack()->count() == 0);
    CHECK(o.epic("SHOP-1") == storedEpic(o.reread(), "SHOP-1"));
}

TEST_CASE("adding an epic allocates a key and persists and undo and redo keep its id and key") {
    OpenEpicDocument o;
    Epic draft;
    draft.title = "Accounts";
    draft.colour = "#AA00CC";
    const qint64 id = o.doc.addEpic(draft);
    REQUIRE(id > 0);
    const Epic* added = o.doc.findEpic(id);
    REQUIRE(added != nullptr);
    const std::string key = added->key;
    CHECK(key == "SHOP-8");
    CHECK(storedEpic(o.reread(), key).title == "Accounts");

    o.doc.undoStack()->undo();
    CHECK(o.doc.findEpic(id) == nullptr);
    CHECK(o.reread().findEpic(key) == nullptr);
    o.doc.undoStack()->redo();
    CHECK(storedEpic(o.reread(), key).id == id);
    // The key number stays used: the next story does not get SHOP-8.
    Story s;
    s.title = "Next";
    const qint64 storyId = o.doc.addStory(s);
    CHECK(o.doc.workspace().findStory(storyId)->key == "SHOP-9");
}

TEST_CASE("deleting an epic and moving its stories to another epic is one undo step") {
    OpenEpicDocument o;
    const Workspace before = o.reread();
    QSignalSpy epics(&o.doc, &Document::epicsChanged);
    QSignalSpy stories(&o.doc, &Document::storiesChanged);
    REQUIRE(o.doc.deleteEpic(1, qint64{2}));
    CHECK(epics.count() == 1);
    CHECK(stories.count() == 1);
    CHECK(o.doc.findEpic(1) == nullptr);
    CHECK(o.doc.storiesOfEpic(2).size() == 5);
    const Workspace after = o.reread();
    CHECK(after.findEpic("SHOP-1") == nullptr);
    CHECK(after.stories.size() == 5);
    for (const Story& s : after.stories)
        CHECK(s.epicId == Id{2});
    CHECK(o.doc.undoStack()->count() == 1);

    o.doc.undoStack()->undo();
    const Workspace restored = o.reread();
    CHECK(restored.epics == before.epics);
    CHECK(withoutStamps(restored.stories) == withoutStamps(before.stories));
    CHECK(withoutStamps(o.doc.workspace().stories) == withoutStamps(before.stories));
    CHECK(o.doc.storiesOfEpic(1).size() == 3);
}

TEST_CASE("deleting an epic with its stories is undone with the stories and their criteria and links") {
    OpenEpicDocument o;
    // A story of the other epic blocks one of the deleted stories: that link goes and comes back.
    Story blocker = *o.doc.workspace().findStory("SHOP-6");
    blocker.blocks = {3};
    REQUIRE(o.doc.editStory(blocker));
    const Workspace before = o.reread();
    const int undoBefore = o.doc.undoStack()->count();

    QSignalSpy removed(&o.doc, &Document::storiesRemoved);
    REQUIRE(o.doc.deleteEpic(1, std::nullopt));
    CHECK(removed.count() == 1);
    CHECK(o.doc.workspace().stories.size() == 2);
    const Workspace after = o.reread();
    CHECK(after.findEpic("SHOP-1") == nullptr);
    CHECK(after.stories.size() == 2);
    CHECK(after.findStory("SHOP-6")->blocks.empty());
    CHECK(o.doc.workspace().findStory("SHOP-6")->blocks.empty());
    CHECK(o.doc.undoStack()->count() == undoBefore + 1);

    o.doc.undoStack()->undo();
    const Workspace restored = o.reread();
    CHECK(restored.epics == before.epics);
    CHECK(withoutStamps(restored.stories) == withoutStamps(before.stories));
    CHECK(withoutStamps(o.doc.workspace().stories) == withoutStamps(before.stories));
    CHECK(restored.findStory("SHOP-3")->criteria.size() == 3);
    CHECK(restored.findStory("SHOP-3")->blocks == std::vector<Id>{2});
    CHECK(o.doc.rankingPosition(1) > 0);

    o.doc.undoStack()->redo();
    CHECK(o.reread().stories.size() == 2);
}

TEST_CASE("deleting an epic refuses to move its stories to itself or a missing epic") {
    OpenEpicDocument o;
    CHECK_FALSE(o.doc.deleteEpic(1, qint64{1}));
    CHECK_FALSE(o.doc.deleteEpic(1, qint64{99}));
    CHECK(o.doc.errorString().contains("SHOP-1"));
    CHECK_FALSE(o.doc.deleteEpic(42, std::nullopt));
    CHECK(o.doc.undoStack()->count() == 0);
    CHECK(o.reread().epics.size() == 2);
}

TEST_CASE("themes are added, renamed and deleted with undo giving epics their theme back") {
    OpenEpicDocument o;
    Theme draft;
    draft.name = "Growth";
    draft.colour = "#112233";
    const qint64 id = o.doc.addTheme(draft);
    REQUIRE(id > 0);
    CHECK(o.reread().themes.size() == 3);
    Theme renamed = *o.doc.findTheme(id);
    renamed.name = "Growth & retention";
    REQUIRE(o.doc.editTheme(renamed));
    CHECK(o.reread().themes.back().name == "Growth & retention");

    REQUIRE(o.doc.deleteTheme(1));
    CHECK_FALSE(o.epic("SHOP-1").themeId.has_value());
    CHECK_FALSE(storedEpic(o.reread(), "SHOP-1").themeId.has_value());
    o.doc.undoStack()->undo();
    CHECK(o.epic("SHOP-1").themeId == Id{1});
    CHECK(storedEpic(o.reread(), "SHOP-1").themeId == Id{1});
    CHECK(o.reread().themes.size() == 3);
}
