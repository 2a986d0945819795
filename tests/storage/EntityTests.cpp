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

} // namespace

TEST_CASE("a new epic gets the next key, an id and a rank after the last epic") {
    SampleStore f;
    Epic epic;
    epic.title = "Search";
    epic.themeId = 1;
    epic.startDate = Date{2026, 4, 1};
    const Epic stored = f.store->addEpic(epic);
    CHECK(stored.key == "SHOP-8");
    CHECK(stored.id == 3);
    const auto ws = f.store->load();
    CHECK(stored.rank == rank::between(ws.epics[1].rank, ""));
    CHECK(ws.epics.back() == stored);
}

TEST_CASE("an epic is updated in place and its key never changes") {
    SampleStore f;
    Epic epic = f.store->load().epics[1];
    epic.title = "Sign-in and security";
    epic.status = EpicStatus::Done;
    epic.endDate = Date{2026, 6, 30};
    epic.key = "SHOP-77";
    f.store->updateEpic(epic);
    const Epic stored = f.store->load().epics[1];
    CHECK(stored.title == "Sign-in and security");
    CHECK(stored.status == EpicStatus::Done);
    CHECK(stored.endDate == Date{2026, 6, 30});
    CHECK(stored.key == "SHOP-2");
}

TEST_CASE("an epic with an end before its start or a missing theme is refused") {
    SampleStore f;
    Epic epic = f.store->load().epics[0];
    epic.endDate = Date{2025, 1, 1};
    CHECK(test::storageErrorFrom([&] { f.store->updateEpic(epic); }).kind() == Kind::Invalid);
    epic = f.store->load().epics[0];
    epic.themeId = 99;
    const auto error = test::storageErrorFrom([&] { f.store->updateEpic(epic); });
    CHECK_THAT(error.what(), Contains("theme (id 99)"));
    CHECK(f.store->load() == test::sampleWorkspace());
}

TEST_CASE("deleting an epic keeps its stories, now without an epic") {
    SampleStore f;
    f.store->deleteEpic(1);
    const auto ws = f.store->load();
    CHECK(ws.epics.size() == 1);
    CHECK(ws.stories.size() == 5);
    for (const auto& s : ws.stories) {
        if (s.key == "SHOP-3" || s.key == "SHOP-4" || s.key == "SHOP-5")
            CHECK_FALSE(s.epicId);
        else
            CHECK(s.epicId == Id{2});
    }
    CHECK(f.store->check().empty());
    CHECK(test::storageErrorFrom([&] { f.store->deleteEpic(1); }).kind() == Kind::Invalid);
}

TEST_CASE("deleting a persona or an insight unlinks it from every story") {
    SampleStore f;
    f.store->deletePersona(1);
    f.store->deleteInsight(2);
    const auto ws = f.store->load();
    CHECK(ws.personas.size() == 1);
    CHECK(ws.insights.size() == 2);
    const Story* s = ws.findStory("SHOP-3");
    CHECK(s->personaIds.empty());
    CHECK(s->insightIds.empty());
    CHECK(ws.findStory("SHOP-5")->personaIds == std::vector<Id>{2});
    CHECK(ws.findStory("SHOP-5")->insightIds == std::vector<Id>{3});
    CHECK(f.store->check().empty());
}

TEST_CASE("personas and insights are added with fresh ids and updated in place") {
    SampleStore f;
    Persona p{0, "Lena", "Store manager", "See today's orders", "Too many tabs"};
    const Persona storedPersona = f.store->addPersona(p);
    CHECK(storedPersona.id == 3);
    Insight i{0, "Managers print orders", InsightSource::SupportTicket, std::nullopt, "Twelve tickets.", 2};
    const Insight storedInsight = f.store->addInsight(i);
    CHECK(storedInsight.id == 4);

    Persona renamed = storedPersona;
    renamed.goals = "See today's orders at a glance";
    f.store->updatePersona(renamed);
    Insight stronger = storedInsight;
    stronger.strength = 4;
    stronger.date = Date{2026, 2, 2};
    f.store->updateInsight(stronger);

    const auto ws = f.store->load();
    CHECK(ws.personas.back() == renamed);
    CHECK(ws.insights.back() == stronger);
}

TEST_CASE("invalid personas and insights are refused with the reason") {
    SampleStore f;
    const auto noName = test::storageErrorFrom([&] { f.store->addPersona(Persona{}); });
    CHECK(noName.kind() == Kind::Invalid);
    CHECK_THAT(noName.what(), Contains("persona needs a name"));
    Insight weak{0, "Hunch", InsightSource::Survey, std::nullopt, "", 0};
    const auto strength = test::storageErrorFrom([&] { f.store->addInsight(weak); });
    CHECK_THAT(strength.what(), Contains("from 1 to 5"));
    Persona ghost{404, "Ghost", "", "", ""};
    CHECK(test::storageErrorFrom([&] { f.store->updatePersona(ghost); }).kind() == Kind::Invalid);
    CHECK(test::storageErrorFrom([&] { f.store->deleteInsight(404); }).kind() == Kind::Invalid);
    CHECK(f.store->load() == test::sampleWorkspace());
}

TEST_CASE("themes and releases are added with fresh ids") {
    SampleStore f;
    const Theme theme = f.store->addTheme(Theme{0, "Growth", "#1971C2"});
    CHECK(theme.id == 3);
    const Release release = f.store->addRelease(Release{0, "Summer", Date{2026, 7, 1}});
    CHECK(release.id == 3);
    const auto ws = f.store->load();
    CHECK(ws.themes.back() == theme);
    CHECK(ws.releases.back() == release);
    CHECK(test::storageErrorFrom([&] {
              f.store->addTheme(Theme{0, "Bad", "blue"});
          }).kind() == Kind::Invalid);
    CHECK(test::storageErrorFrom([&] { f.store->addRelease(Release{}); }).kind() == Kind::Invalid);
}

TEST_CASE("settings are set, overwritten and removed") {
    SampleStore f;
    f.store->setSetting("scoring.framework", "wsjf");
    f.store->setSetting("readiness.minCriteria", "2");
    f.store->removeSetting("readiness.requireEvidence");
    const auto settings = f.store->load().settings;
    CHECK(settings ==
          std::map<std::string, std::string>{{"readiness.minCriteria", "2"}, {"scoring.framework", "wsjf"}});
    CHECK(test::storageErrorFrom([&] { f.store->setSetting("", "x"); }).kind() == Kind::Invalid);
}
