#include "Migrations.h"

#include "Database.h"
#include "Transaction.h"

#include <array>
#include <stdexcept>
#include <string>

namespace storyloom {
namespace {

// Conventions: enums are stored by their stable ids (domain/Enums.h), dates as "YYYY-MM-DD" text,
// timestamps as integer milliseconds, booleans as 0/1, missing optional values as NULL. Entity ids use
// AUTOINCREMENT so an id is never handed out twice, even after the newest row is deleted (undo restores
// deleted rows by id). Child tables cascade with their story.

// Version 1: the core schema.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE workspace (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    product_name TEXT NOT NULL,
    project_key TEXT NOT NULL,
    next_key_number INTEGER NOT NULL CHECK (next_key_number >= 1)
);
INSERT INTO workspace (id, product_name, project_key, next_key_number) VALUES (1, '', '', 1);

CREATE TABLE themes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    colour TEXT NOT NULL
);
CREATE TABLE releases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    date TEXT
);
CREATE TABLE personas (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    goals TEXT NOT NULL,
    frustrations TEXT NOT NULL
);
CREATE TABLE insights (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    date TEXT,
    summary TEXT NOT NULL,
    strength INTEGER NOT NULL
);
CREATE TABLE epics (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    key_number INTEGER NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    theme_id INTEGER REFERENCES themes (id) ON DELETE SET NULL,
    status TEXT NOT NULL,
    colour TEXT NOT NULL,
    horizon TEXT NOT NULL,
    start_date TEXT,
    end_date TEXT,
    target_release_id INTEGER REFERENCES releases (id) ON DELETE SET NULL,
    rank TEXT NOT NULL
);
CREATE INDEX epics_theme ON epics (theme_id);
CREATE INDEX epics_release ON epics (target_release_id);

CREATE TABLE stories (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    key_number INTEGER NOT NULL,
    epic_id INTEGER REFERENCES epics (id) ON DELETE SET NULL,
    title TEXT NOT NULL,
    as_a TEXT NOT NULL,
    i_want TEXT NOT NULL,
    so_that TEXT NOT NULL,
    description TEXT NOT NULL,
    status TEXT NOT NULL,
    points INTEGER,
    moscow TEXT NOT NULL,
    release_id INTEGER REFERENCES releases (id) ON DELETE SET NULL,
    rank TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    reach REAL,
    impact REAL,
    confidence REAL,
    effort REAL,
    ice_impact INTEGER,
    ice_confidence INTEGER,
    ice_ease INTEGER,
    business_value INTEGER,
    time_criticality INTEGER,
    risk_reduction INTEGER,
    job_size INTEGER,
    kano_functional TEXT,
    kano_dysfunctional TEXT,
    value INTEGER,
    value_effort INTEGER
);
CREATE INDEX stories_epic ON stories (epic_id);
CREATE INDEX stories_release ON stories (release_id);

CREATE TABLE acceptance_criteria (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    format TEXT NOT NULL,
    text TEXT NOT NULL,
    given_text TEXT NOT NULL,
    when_text TEXT NOT NULL,
    then_text TEXT NOT NULL,
    kind TEXT NOT NULL,
    wcag TEXT NOT NULL,
    done INTEGER NOT NULL
);
CREATE INDEX acceptance_criteria_story ON acceptance_criteria (story_id, position);

CREATE TABLE story_labels (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (story_id, position)
) WITHOUT ROWID;
CREATE TABLE story_personas (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    persona_id INTEGER NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, position)
) WITHOUT ROWID;
CREATE INDEX story_personas_persona ON story_personas (persona_id);
CREATE TABLE story_insights (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    insight_id INTEGER NOT NULL REFERENCES insights (id) ON DELETE CASCADE,
    PRIMARY KEY (story_id, position)
) WITHOUT ROWID;
CREATE INDEX story_insights_insight ON story_insights (insight_id);
CREATE TABLE story_blocks (
    blocker_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    blocked_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    PRIMARY KEY (blocker_id, position)
) WITHOUT ROWID;
CREATE INDEX story_blocks_blocked ON story_blocks (blocked_id);
CREATE TABLE story_scorecard (
    story_id INTEGER NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    value REAL NOT NULL,
    PRIMARY KEY (story_id, criterion)
) WITHOUT ROWID;
)sql";

// Version 2: what the backlog view and the CLI needed once workspaces grew past a few thousand
// stories, plus workspace settings.
// - stories_rank serves "stories in manual order, first N" without sorting the whole table.
// - story_labels_label serves the label filter.
// - settings holds free-form workspace settings (scoring framework, weights, readiness rules).
constexpr const char* kVersion2 = R"sql(
CREATE INDEX stories_rank ON stories (rank, key_number);
CREATE INDEX story_labels_label ON story_labels (label);
CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)sql";

constexpr std::array kSteps = {kVersion1, kVersion2};

} // namespace

int Migrations::latestVersion() {
    return static_cast<int>(kSteps.size());
}

void Migrations::migrate(Database& db, int targetVersion, const std::function<void()>& alsoInTransaction) {
    if (targetVersion < 1 || targetVersion > latestVersion())
        throw std::invalid_argument("Migrations::migrate: no schema version " +
                                    std::to_string(targetVersion));
    Transaction tx(db);
    const int current = static_cast<int>(db.queryInt("PRAGMA user_version"));
    if (current > targetVersion)
        throw StorageError(StorageError::Kind::TooNew, db.path(),
                           "The workspace " + db.path() + " was saved by a newer Storyloom (file format " +
                               std::to_string(current) + ", this version reads up to " +
                               std::to_string(targetVersion) + "). Update Storyloom to open it.");
    if (current == targetVersion) {
        if (alsoInTransaction) {
            alsoInTransaction();
            tx.commit();
        }
        return; // otherwise the destructor ends the empty transaction
    }
    for (int version = current + 1; version <= targetVersion; ++version)
        db.exec(kSteps[static_cast<std::size_t>(version - 1)]);
    // The version and the marker are constants of this build, not user values, so formatting them
    // into the pragma is safe (pragmas take no bound parameters).
    db.exec(("PRAGMA application_id = " + std::to_string(kApplicationId)).c_str());
    db.exec(("PRAGMA user_version = " + std::to_string(targetVersion)).c_str());
    if (alsoInTransaction)
        alsoInTransaction();
    tx.commit();
}

} // namespace storyloom
