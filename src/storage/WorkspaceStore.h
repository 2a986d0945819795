#pragma once

#include "StorageError.h"
#include "domain/Clock.h"
#include "domain/Workspace.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace storyloom {

/// Which stories StoryQuery selects. Empty fields do not filter.
struct StoryQuery {
    std::optional<std::string> epicKey;
    std::optional<StoryStatus> status;
    std::optional<std::string> label;
    std::optional<std::size_t> limit;
};

/// One open `.storyloom` workspace file (SQLite, WAL, foreign_keys=ON, busy timeout).
///
/// Contract:
/// - Every public write is one `BEGIN IMMEDIATE` transaction: it is applied whole or not at all.
/// - open() never writes to a file it refuses (not SQLite, corrupt, zero bytes, newer schema): the
///   file stays byte-for-byte unchanged. Older schemas are migrated in one transaction.
/// - Values are only ever bound to prepared statements.
/// - Not thread-safe: use one store per thread.
class WorkspaceStore {
public:
    /// The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();

    /// Creates a new workspace file; throws StorageError(AlreadyExists) if `path` exists.
    static std::unique_ptr<WorkspaceStore> create(const std::string& path, const std::string& productName,
                                                  const std::string& projectKey, const Clock& clock);
    /// Opens an existing workspace file, migrating an older schema.
    static std::unique_ptr<WorkspaceStore> open(const std::string& path, const Clock& clock);

    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore&) = delete;
    WorkspaceStore& operator=(const WorkspaceStore&) = delete;

    const std::string& path() const { return m_path; }

    /// The whole workspace, stories in id order with their criteria in position order.
    Workspace load() const;
    /// Stories matching `query` in manual rank order (ties by key number), complete with criteria,
    /// labels and links. Uses indexes: fast with `limit` on a large workspace.
    std::vector<Story> stories(const StoryQuery& query) const;
    std::optional<Story> story(const std::string& key) const;
    std::size_t storyCount() const;

    /// Replaces the entire content with `workspace` (import, generate), keeping its ids, keys, ranks
    /// and nextKeyNumber. Validates first: throws StorageError(Invalid) listing the problems and
    /// changes nothing when validate(workspace) finds any.
    void replaceAll(const Workspace& workspace);

    /// Workspace name, project key and nextKeyNumber (entity vectors are ignored).
    void setWorkspaceInfo(const std::string& productName, const std::string& projectKey);
    void setSetting(const std::string& name, const std::string& value);
    void removeSetting(const std::string& name);

    /// Stores a new story: allocates its key and id, ranks it last when `rank` is empty, stamps
    /// created/updated from the clock. Returns the stored story.
    Story addStory(Story story);
    /// Rewrites one story (fields, labels, criteria, links) by id; stamps updatedAt.
    void updateStory(const Story& story);
    /// Several stories in one transaction (bulk edit).
    void updateStories(const std::vector<Story>& stories);
    void deleteStory(Id id);
    /// Restores a deleted story with its original id and key (undo of delete).
    void restoreStory(const Story& story);
    /// Writes exactly one row: the story's rank.
    void setStoryRank(Id id, const std::string& rank);

    Epic addEpic(Epic epic);
    void updateEpic(const Epic& epic);
    /// Deletes the epic; its stories keep existing without an epic.
    void deleteEpic(Id id);

    Theme addTheme(Theme theme);
    Release addRelease(Release release);
    Persona addPersona(Persona persona);
    void updatePersona(const Persona& persona);
    void deletePersona(Id id);
    Insight addInsight(Insight insight);
    void updateInsight(const Insight& insight);
    void deleteInsight(Id id);

    /// PRAGMA data_version: changes when another connection commits to the file.
    long long dataVersion() const;
    /// PRAGMA integrity_check, foreign_key_check and validate(load()); empty when all is well.
    std::vector<Problem> check() const;

private:
    WorkspaceStore(std::string path, sqlite3* db, const Clock& clock);
    struct Impl;
    std::string m_path;
    std::unique_ptr<Impl> m_impl;
    const Clock& m_clock;
};

} // namespace storyloom
