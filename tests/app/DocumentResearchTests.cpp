#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {

struct OpenResearchDocument {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};

    OpenResearchDocument() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
    }

    Workspace reread() const { return WorkspaceStore::open(path, clock)->load(); }
};

template <typename T> const T* byId(const std::vector<T>& items, Id id) {
    for (const T& x : items)
        if (x.id == id)
            return &x;
    return nullptr;
}

} // namespace

TEST_CASE("personas are added and edited and deleted in the file in one undo step each") {
    OpenResearchDocument o;
    Persona draft;
    draft.name = "Sam";
    draft.role = "Screen reader user";
    draft.goals = "Check out without a mouse";
    draft.frustrations = "Silent errors";
    QSignalSpy changed(&o.doc, &Document::researchChanged);
    const qint64 id = o.doc.addPersona(draft);
    REQUIRE(id > 0);
    CHECK(changed.count() == 1);
    REQUIRE(byId(o.reread().personas, id) != nullptr);
    CHECK(byId(o.reread().personas, id)->goals == "Check out without a mouse");

    Persona edited = *o.doc.findPersona(id);
    edited.role = "S";
    REQUIRE(o.doc.editPersona(edited, "role"));
    edited.role = "Senior";
    REQUIRE(o.doc.editPersona(edited, "role"));
    CHECK(o.doc.undoStack()->count() == 2); // add + one merged edit
    CHECK(byId(o.reread().personas, id)->role == "Senior");

    o.doc.undoStack()->undo();
    CHECK(byId(o.reread().personas, id)->role == "Screen reader user");
    o.doc.undoStack()->undo();
    CHECK(byId(o.reread().personas, id) == nullptr);
    CHECK(o.doc.findPersona(id) == nullptr);
    o.doc.undoStack()->redo();
    CHECK(byId(o.reread().personas, id) != nullptr);
}

TEST_CASE("a persona without a name is refused with a sentence") {
    OpenResearchDocument o;
    Persona p = *o.doc.findPersona(1);
    p.name.clear();
    CHECK_FALSE(o.doc.editPersona(p));
    CHECK(o.doc.errorString().contains("needs a name"));
    CHECK(o.doc.undoStack()->count() == 0);
}

TEST_CASE("deleting a persona unlinks it from its stories and undo relinks them") {
    OpenResearchDocument o;
    REQUIRE(o.doc.storiesOfPersona(1) == QList<qint64>{1});
    QSignalSpy stories(&o.doc, &Document::storiesChanged);
    REQUIRE(o.doc.deletePersona(1));
    CHECK(stories.count() == 1);
    CHECK(o.doc.workspace().findStory("SHOP-3")->personaIds.empty());
    const Workspace after = o.reread();
    CHECK(byId(after.personas, 1) == nullptr);
    CHECK(after.findStory("SHOP-3")->personaIds.empty());

    o.doc.undoStack()->undo();
    const Workspace restored = o.reread();
    REQUIRE(byId(restored.personas, 1) != nullptr);
    CHECK(byId(restored.personas, 1)->name == "Maya");
    CHECK(restored.findStory("SHOP-3")->personaIds == std::vector<Id>{1});
    CHECK(o.doc.storiesOfPersona(1) == QList<qint64>{1});
}

TEST_CASE("insights are added and edited and deleted in the file and delete unlinks and undo relinks") {
    OpenResearchDocument o;
    Insight draft;
    draft.title = "Guest checkout wanted";
    draft.source = InsightSource::Survey;
    draft.date = Date{2026, 10, 1};
    draft.strength = 4;
    draft.summary = "Most respondents do not want an account.";
    const qint64 id = o.doc.addInsight(draft);
    REQUIRE(id > 0);
    CHECK(byId(o.reread().insights, id)->strength == 4);
    Insight edited = *o.doc.findInsight(id);
    edited.strength = 5;
    REQUIRE(o.doc.editInsight(edited));
    CHECK(byId(o.reread().insights, id)->strength == 5);
    o.doc.undoStack()->undo();
    CHECK(byId(o.reread().insights, id)->strength == 4);

    edited.strength = 9;
    CHECK_FALSE(o.doc.editInsight(edited));
    CHECK(o.doc.errorString().contains("from 1 to 5"));

    REQUIRE(o.doc.deleteInsight(2));
    CHECK(o.reread().findStory("SHOP-3")->insightIds.empty());
    o.doc.undoStack()->undo();
    CHECK(o.reread().findStory("SHOP-3")->insightIds == std::vector<Id>{2});
    CHECK(o.doc.workspace().findStory("SHOP-3")->insightIds == std::vector<Id>{2});
}

TEST_CASE("linking and unlinking stories from the research side persists and is one undo step") {
    OpenResearchDocument o;
    REQUIRE(o.doc.linkPersona(2, {1, 4, 5}, true));
    CHECK(o.doc.undoStack()->count() == 1);
    CHECK(o.doc.storiesOfPersona(2).size() == 4);
    const Workspace linked = o.reread();
    CHECK(linked.findStory("SHOP-3")->personaIds == std::vector<Id>{1, 2});
    CHECK(linked.findStory("SHOP-6")->personaIds == std::vector<Id>{2});

    REQUIRE(o.doc.linkInsight(3, {3}, false));
    CHECK(o.reread().findStory("SHOP-5")->insightIds.empty());
    CHECK(o.doc.storiesOfInsight(3).isEmpty());

    o.doc.undoStack()->undo();
    CHECK(o.reread().findStory("SHOP-5")->insightIds == std::vector<Id>{3});
    o.doc.undoStack()->undo();
    CHECK(o.reread().findStory("SHOP-6")->personaIds.empty());
    CHECK(o.doc.storiesOfPersona(2) == QList<qint64>{3});
}
