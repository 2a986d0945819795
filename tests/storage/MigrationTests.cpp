#include "StorageTestSupport.h"
#include "TempDir.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using Catch::Matchers::Contains;

namespace {

const FixedClock kClock(1767225600000LL);

long long objectCount(const std::string& path, const char* name) {
    Database db(path, Database::Mode::ReadWrite);
    Statement st(db, "SELECT count(*) FROM sqlite_schema WHERE name = ?1");
    st.bind(1, name);
    REQUIRE(st.step());
    return st.int64(0);
}

/// A workspace file as version 1 of the schema wrote it, with an epic and a story that has criteria,
/// labels and a persona link.
void writeVersion1File(const std::string& path) {
    Database db(path, Database::Mode::Create);
    db.configureForWorkspace(1000);
    Migrations::migrate(db, 1);
    db.exec("BEGIN");
    db.exec("UPDATE workspace SET product_name = 'Shop', project_key = 'SHOP', next_key_number = 3");
    db.exec("INSERT INTO personas (id, name, role, goals, frustrations) VALUES (1, 'Maya', 'Parent', "
            "'Speed', 'Forms')");
    Statement epic(db,
                   "INSERT INTO epics (id, key, key_number, title, description, theme_id, status, colour, "
                   "horizon, start_date, end_date, target_release_id, rank) "
                   "VALUES (1, 'SHOP-1', 1, ?1, '', NULL, 'planned', '#E8590C', 'now', '2026-01-05', NULL, "
                   "NULL, 'i')");
    epic.bind(1, "Checkout revamp").run();
    Statement story(db,
                    "INSERT INTO stories (id, key, key_number, epic_id, title, as_a, i_want, so_that, "
                    "description, status, points, moscow, release_id, rank, created_at, updated_at, reach, "
                    "impact) VALUES (1, 'SHOP-2', 2, 1, ?1, 'shopper', 'to pay fast', 'I finish', '', "
                    "'ready', 5, 'must', NULL, 'i', 1767225600000, 1767225600500, 1200.5, 2)");
    story.bind(1, "Pay with a saved card").run();
    db.exec("INSERT INTO acceptance_criteria (id, story_id, position, format, text, given_text, when_text, "
            "then_text, kind, wcag, done) VALUES "
            "(7, 1, 0, 'free-text', 'Cards have accessible names', '', '', '', 'accessibility', '4.1.2', 1), "
            "(8, 1, 1, 'given-when-then', '', 'a saved card', 'I pay', 'it is preselected', 'functional', "
            "'', 0)");
    db.exec("INSERT INTO story_labels (story_id, position, label) VALUES (1, 0, 'payments'), (1, 1, 'ui')");
    db.exec("INSERT INTO story_personas (story_id, position, persona_id) VALUES (1, 0, 1)");
    db.exec("COMMIT");
}

} // namespace

TEST_CASE("the schema has at least two versions and a new file is at the latest") {
    CHECK(Migrations::latestVersion() >= 2);
    CHECK(WorkspaceStore::schemaVersion() == Migrations::latestVersion());
    test::TempDir dir;
    const auto path = dir.file("new.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", kClock).reset();
    CHECK(test::queryInt(path, "PRAGMA user_version") == Migrations::latestVersion());
    CHECK(objectCount(path, "settings") == 1);
    CHECK(objectCount(path, "stories_rank") == 1);
    CHECK(objectCount(path, "story_labels_label") == 1);
}

TEST_CASE("migrating an empty database goes from version 0 to the latest in one step") {
    test::TempDir dir;
    const auto path = dir.file("blank.storyloom");
    Database db(path, Database::Mode::Create);
    db.configureForWorkspace(1000);
    CHECK(db.queryInt("PRAGMA user_version") == 0);
    Migrations::migrate(db, Migrations::latestVersion());
    CHECK(db.queryInt("PRAGMA user_version") == Migrations::latestVersion());
    CHECK(db.queryInt("PRAGMA application_id") == Migrations::kApplicationId);
    CHECK(db.queryInt("SELECT next_key_number FROM workspace") == 1);
}

TEST_CASE("a version 1 workspace opens at the latest version with its data intact") {
    test::TempDir dir;
    const auto path = dir.file("old.storyloom");
    writeVersion1File(path);
    REQUIRE(test::queryInt(path, "PRAGMA user_version") == 1);
    REQUIRE(objectCount(path, "settings") == 0);
    REQUIRE(objectCount(path, "stories_rank") == 0);

    auto store = WorkspaceStore::open(path, kClock);
    CHECK(test::queryInt(path, "PRAGMA user_version") == WorkspaceStore::schemaVersion());
    CHECK(objectCount(path, "stories_rank") == 1);

    const auto ws = store->load();
    CHECK(ws.productName == "Shop");
    CHECK(ws.projectKey == "SHOP");
    CHECK(ws.nextKeyNumber == 3);
    CHECK(ws.settings.empty());
    REQUIRE(ws.epics.size() == 1);
    CHECK(ws.epics[0].key == "SHOP-1");
    CHECK(ws.epics[0].status == EpicStatus::Planned);
    CHECK(ws.epics[0].startDate == Date{2026, 1, 5});
    REQUIRE(ws.stories.size() == 1);
    const auto& s = ws.stories[0];
    CHECK(s.key == "SHOP-2");
    CHECK(s.epicId == Id{1});
    CHECK(s.title == "Pay with a saved card");
    CHECK(s.status == StoryStatus::Ready);
    CHECK(s.points == 5);
    CHECK(s.moscow == Moscow::Must);
    CHECK(s.inputs.reach == 1200.5);
    CHECK(s.inputs.impact == 2.0);
    CHECK_FALSE(s.inputs.confidence);
    CHECK(s.labels == std::vector<std::string>{"payments", "ui"});
    CHECK(s.personaIds == std::vector<Id>{1});
    REQUIRE(s.criteria.size() == 2);
    CHECK(s.criteria[0].id == 7);
    CHECK(s.criteria[0].kind == CriterionKind::Accessibility);
    CHECK(s.criteria[0].done);
    CHECK(s.criteria[1].format == CriterionFormat::GivenWhenThen);
    CHECK(s.criteria[1].then == "it is preselected");
    CHECK(validate(ws).empty());

    // What version 2 added works on the migrated file.
    store->setSetting("scoring.framework", "rice");
    CHECK(store->load().settings.at("scoring.framework") == "rice");
    StoryQuery byLabel;
    byLabel.label = "ui";
    CHECK(store->stories(byLabel).size() == 1);
}

TEST_CASE("a migration that fails part-way leaves the file at its old version") {
    test::TempDir dir;
    const auto path = dir.file("clash.storyloom");
    writeVersion1File(path);
    {
        // Something made a table named like the one version 2 adds: step 2 fails on it after it has
        // already created its indexes.
        Database raw(path, Database::Mode::ReadWrite);
        raw.exec("CREATE TABLE settings (x)");
    }
    const auto error = test::storageErrorFrom([&] { WorkspaceStore::open(path, kClock); });
    CHECK_THAT(error.what(), Contains(path));
    CHECK(test::queryInt(path, "PRAGMA user_version") == 1);
    CHECK(objectCount(path, "stories_rank") == 0);
    CHECK(objectCount(path, "story_labels_label") == 0);
}

TEST_CASE("migrating backwards is refused as a file from a newer Storyloom") {
    test::TempDir dir;
    const auto path = dir.file("new.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", kClock).reset();
    Database db(path, Database::Mode::ReadWrite);
    db.configureForWorkspace(1000);
    const auto error = test::storageErrorFrom([&] { Migrations::migrate(db, 1); });
    CHECK(error.kind() == StorageError::Kind::TooNew);
    CHECK(db.queryInt("PRAGMA user_version") == Migrations::latestVersion());
}
