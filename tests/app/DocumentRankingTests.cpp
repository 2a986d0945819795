#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "domain/Workspace.h"
#include "scoring/Breakdown.h"
#include "scoring/Ranking.h"
#include "scoring/Score.h"
#include "storage/WorkspaceStore.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {

struct RankedDocument {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};

    explicit RankedDocument(Workspace ws = test::sampleWorkspace()) {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(ws);
        REQUIRE(doc.open(QString::fromStdString(path)));
    }
};

std::vector<Id> order(const scoring::Ranking& r) {
    std::vector<Id> ids;
    for (const auto& e : r.entries)
        ids.push_back(e.storyId);
    return ids;
}

} // namespace

TEST_CASE("a document ranks its stories by the workspace's framework") {
    RankedDocument d;
    CHECK(d.doc.frameworkName() == QStringLiteral("RICE"));
    CHECK(d.doc.scoringSettingsError().isEmpty());
    const auto& ranking = d.doc.ranking();
    REQUIRE(ranking.entries.size() == 5);
    for (const auto& e : ranking.entries)
        CHECK(d.doc.rankingPosition(e.storyId) == static_cast<int>(e.position));
    CHECK(d.doc.rankingPosition(999) == 0);
}

TEST_CASE("explain gives the same score the ranking uses") {
    RankedDocument d;
    for (const auto& e : d.doc.ranking().entries) {
        const scoring::Breakdown b = d.doc.explain(e.storyId);
        CHECK(b.value() == e.score);
        CHECK(b.scored == e.score.scored);
    }
    CHECK_FALSE(d.doc.explain(999).scored);
}

TEST_CASE("switching the framework re-ranks and undo switches back") {
    RankedDocument d;
    const auto rice = order(d.doc.ranking());
    QSignalSpy about(&d.doc, &Document::rankingAboutToChange);
    QSignalSpy changed(&d.doc, &Document::rankingChanged);
    REQUIRE(d.doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("wsjf")));
    CHECK(about.count() == 1);
    CHECK(changed.count() == 1);
    CHECK(d.doc.frameworkName() == QStringLiteral("WSJF"));
    CHECK(d.doc.ranking().framework == scoring::Framework::Wsjf);
    d.doc.undoStack()->undo();
    CHECK(d.doc.frameworkName() == QStringLiteral("RICE"));
    CHECK(order(d.doc.ranking()) == rice);
}

TEST_CASE("an invalid scoring setting falls back to the defaults and says which") {
    Workspace ws = test::sampleWorkspace();
    ws.settings["scoring.framework"] = "astrology";
    RankedDocument d(ws);
    CHECK(d.doc.frameworkName() == QStringLiteral("RICE"));
    CHECK(d.doc.scoringSettingsError().contains(QStringLiteral("scoring.framework")));
    CHECK(d.doc.ranking().entries.size() == 5);
}

TEST_CASE("raising a story's reach moves it up the ranking") {
    RankedDocument d;
    const auto& entries = d.doc.ranking().entries;
    // The last scored story.
    REQUIRE(d.doc.ranking().scoredCount >= 2);
    const Id lastScored = entries[d.doc.ranking().scoredCount - 1].storyId;
    Story s = *d.doc.workspace().findStory(lastScored);
    s.inputs.reach = 1e9;
    QSignalSpy changed(&d.doc, &Document::rankingChanged);
    REQUIRE(d.doc.editStory(s));
    CHECK(changed.count() == 1);
    CHECK(d.doc.rankingPosition(lastScored) == 1);
}

TEST_CASE("adding and deleting stories keeps the ranking in step with the snapshot") {
    RankedDocument d;
    Story draft;
    draft.title = "Unscored idea";
    const qint64 id = d.doc.addStory(draft);
    REQUIRE(id != 0);
    CHECK(d.doc.ranking().entries.size() == 6);
    CHECK(d.doc.rankingPosition(id) == 6); // unscored: after every scored story
    CHECK_FALSE(d.doc.ranking().find(id)->unscoredReason.empty());
    REQUIRE(d.doc.deleteStories({d.doc.ranking().entries.front().storyId}));
    CHECK(d.doc.ranking().entries.size() == 5);
    for (const auto& e : d.doc.ranking().entries) {
        const auto i = d.doc.storyIndex(e.storyId);
        REQUIRE(i >= 0);
        CHECK(d.doc.workspace().stories[static_cast<std::size_t>(i)].id == e.storyId);
    }
}
