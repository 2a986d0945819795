#include "Builders.h"
#include "StorageTestSupport.h"
#include "TempDir.h"
#include "domain/Clock.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using Catch::Matchers::Contains;

namespace {

const FixedClock kClock(1767225600000LL);

/// `text` in every free-text field of the sample workspace (and as a settings name and value, a
/// label and a scorecard criterion).
Workspace sampleFilledWith(const std::string& text) {
    Workspace ws = test::sampleWorkspace();
    ws.productName = text;
    ws.settings[text] = text;
    ws.settings["plain"] = text;
    for (auto& t : ws.themes)
        t.name = text;
    for (auto& r : ws.releases)
        r.name = text;
    for (auto& p : ws.personas)
        p.name = p.role = p.goals = p.frustrations = text;
    for (auto& i : ws.insights)
        i.title = i.summary = text;
    for (auto& e : ws.epics)
        e.title = e.description = text;
    for (auto& s : ws.stories) {
        s.title = s.asA = s.iWant = s.soThat = s.description = text;
        s.labels.push_back(text);
        s.inputs.scorecard[text] = 2.5;
        for (auto& c : s.criteria) {
            if (c.format == CriterionFormat::FreeText)
                c.text = text;
            else
                c.given = c.when = c.then = text;
        }
    }
    return ws;
}

} // namespace

TEST_CASE("a workspace written with replaceAll loads back equal, field for field") {
    test::TempDir dir;
    const auto path = dir.file("shop.storyloom");
    const Workspace sample = test::sampleWorkspace();
    {
        auto store = WorkspaceStore::create(path, "Other", "OTHER", kClock);
        store->replaceAll(sample);
        const Workspace loaded = store->load();
        CHECK(loaded == sample);
        // The parts most likely to be dropped, checked on their own for a readable failure.
        CHECK(loaded.settings == sample.settings);
        CHECK(loaded.nextKeyNumber == 8);
        CHECK(loaded.stories[0].inputs == sample.stories[0].inputs);
        CHECK(loaded.stories[0].criteria == sample.stories[0].criteria);
        CHECK(loaded.stories[0].blocks == sample.stories[0].blocks);
        CHECK(loaded.releases[1].date == std::nullopt);
        CHECK(loaded.stories[4].points == 0);
    }
    auto reopened = WorkspaceStore::open(path, kClock);
    CHECK(reopened->load() == sample);
    CHECK(reopened->check().empty());
}

TEST_CASE("replaceAll replaces everything that was there") {
    test::TempDir dir;
    auto store = WorkspaceStore::create(dir.file("shop.storyloom"), "Shop", "SHOP", kClock);
    store->replaceAll(test::bulkWorkspace(30));
    store->replaceAll(test::sampleWorkspace());
    CHECK(store->load() == test::sampleWorkspace());
}

TEST_CASE("hostile text in every text field survives a round trip unchanged") {
    test::TempDir dir;
    const auto path = dir.file("hostile.storyloom");
    auto store = WorkspaceStore::create(path, "Shop", "SHOP", kClock);
    for (const auto& text : test::hostileStrings()) {
        INFO("text starting with: " << text.substr(0, 40));
        const Workspace ws = sampleFilledWith(text);
        REQUIRE(validate(ws).empty());
        store->replaceAll(ws);
        CHECK(store->load() == ws);
        const auto story = store->story("SHOP-3");
        REQUIRE(story);
        CHECK(*story == ws.stories[0]);
        StoryQuery byLabel;
        byLabel.label = text;
        CHECK(store->stories(byLabel).size() == ws.stories.size());
        store->setSetting(text, text + text);
        CHECK(store->load().settings.at(text) == text + text);
    }
    CHECK(store->check().empty());
}

TEST_CASE("replaceAll with an invalid workspace lists the problems and changes nothing") {
    test::TempDir dir;
    const auto path = dir.file("shop.storyloom");
    auto store = WorkspaceStore::create(path, "Shop", "SHOP", kClock);
    store->replaceAll(test::sampleWorkspace());
    const long long changesBefore = store->totalChanges();

    Workspace bad = test::bulkWorkspace(10);
    bad.stories[0].title.clear();
    bad.stories[1].points = 4;
    bad.stories[2].epicId = 999;
    const auto error = test::storageErrorFrom([&] { store->replaceAll(bad); });
    CHECK(error.kind() == StorageError::Kind::Invalid);
    CHECK_THAT(error.what(), Contains(path));
    CHECK_THAT(error.what(), Contains(bad.stories[0].key + ": the title is empty"));
    CHECK_THAT(error.what(), Contains(bad.stories[1].key + ": story points"));
    CHECK_THAT(error.what(), Contains(bad.stories[2].key + ": the epic does not exist"));
    CHECK(store->totalChanges() == changesBefore);
    CHECK(store->load() == test::sampleWorkspace());
}

TEST_CASE("replaceAll rolls back whole when the database refuses a row") {
    test::TempDir dir;
    auto store = WorkspaceStore::create(dir.file("shop.storyloom"), "Shop", "SHOP", kClock);
    store->replaceAll(test::sampleWorkspace());
    Workspace clash = test::sampleWorkspace();
    // Criterion ids are not checked by validate(); the database's primary key catches the clash.
    clash.stories[1].criteria[0].id = clash.stories[0].criteria[0].id;
    clash.productName = "Changed";
    CHECK(test::storageErrorFrom([&] { store->replaceAll(clash); }).kind() == StorageError::Kind::Invalid);
    CHECK(store->load() == test::sampleWorkspace());
}
