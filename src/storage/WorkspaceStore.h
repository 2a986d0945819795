#pragma once

#include "StorageError.h"
#include "domain/Clock.h"
#include "domain/Workspace.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

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
/// - A write that breaks an invariant (validate()), links to something missing, or names an id that
///   is not in the file (deleted in another window, say) throws StorageError(Invalid) and changes
///   nothing. A write that cannot get the lock within busyTimeoutMs() throws StorageError(Busy).
/// - Not thread-safe: use one store per thread.
class WorkspaceStore {
public:
    /// The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();

    /// How long a write waits for another window or command to finish its write before failing
    /// with StorageError(Busy). 5000 ms unless changed; applies to stores opened afterwards.
    static void setBusyTimeoutMs(int milliseconds);
    static int busyTimeoutMs();

    /// Creates a new workspace file; throws StorageError(AlreadyExists) if `path` exists.
    static std::unique_ptr<WorkspaceStore> create(const std::string& path, const std::string& productName,
                                                  const std::string& projectKey, const Clock& clock);
    /// How much of the file open() reads before it accepts it.
    enum class PageCheck {
        Full, ///< PRAGMA quick_check over every page: a damaged file is refused at once (default)
        Skip  ///< header, application id and version only; damage shows up as StorageError(Corrupt)
              ///< when a damaged page is read. For quick read-only looks (CLI list/show/rank) at
              ///< large files. A file that needs migrating is always fully checked first.
    };

    /// Opens an existing workspace file, migrating an older schema.
    static std::unique_ptr<WorkspaceStore> open(const std::string& path, const Clock& clock,
                                                PageCheck pageCheck = PageCheck::Full);

    ~WorkspaceStore();
    WorkspaceStore(const WorkspaceStore&) = delete;
    WorkspaceStore& operator=(const WorkspaceStore&) = delete;

    const std::string& path() const { return m_path; }

    /// The whole workspace, stories in id order with their criteria in position order.
    Workspace load() const;
    /// The workspace without acceptance criteria, labels, persona links, user-story parts and
    /// descriptions (left empty): everything scoring and ranking read, at a fraction of the cost on a
    /// large file.
    Workspace loadForRanking() const;
    /// Stories matching `query` in manual rank order (ties by key number), complete with criteria,
    /// labels and links. Uses indexes: fast with `limit` on a large workspace.
    std::vector<Story> stories(const StoryQuery& query) const;
    std::optional<Story> story(const std::string& key) const;
    std::size_t storyCount() const;

    /// Replaces the entire content with `workspace` (import, generate), keeping its ids, keys, ranks
    /// and nextKeyNumber. Validates first: throws StorageError(Invalid) listing the problems and
    /// changes nothing when validate(workspace) finds any.
    void replaceAll(const Workspace& workspace);

    /// Adds `epics` and `stories` (with the ids and keys they carry, e.g. from an import merged into
    /// a loaded copy) in one write transaction, and keeps the key counter at least `nextKeyNumber`.
    /// Stories may refer to the added epics and block each other. When `unchangedSince` is given and
    /// another connection has committed since dataVersion() returned it, nothing is written and false
    /// is returned (the caller merges again from the new content). Throws StorageError(Invalid) naming
    /// the epic or story when one is invalid or its id or key is taken; nothing is written then.
    bool appendEpicsAndStories(const std::vector<Epic>& epics, const std::vector<Story>& stories,
                               long long nextKeyNumber, std::optional<long long> unchangedSince = {});

    /// Workspace name and project key. A new project key is given to every story and epic key, which
    /// keep their numbers (as Jira does when a project key changes).
    void setWorkspaceInfo(const std::string& productName, const std::string& projectKey);
    void setSetting(const std::string& name, const std::string& value);
    void removeSetting(const std::string& name);

    /// Stores a new story: allocates its key and id, ranks it last when `rank` is empty, stamps
    /// created/updated from the clock, gives its criteria fresh ids. Returns the stored story.
    Story addStory(Story story);
    /// Reads the story `key`, lets `change` modify it and writes it back, all in one write
    /// transaction, so a concurrent writer's change to the same story is never overwritten by a
    /// stale copy. `change` may throw to abandon the edit (nothing is written). Validates the result
    /// (StorageError(Invalid)). Returns false when there is no story `key`.
    bool modifyStory(const std::string& key, const std::function<void(Story&)>& change);
    /// modifyStory for several stories in one write transaction (a bulk edit): reads each story
    /// `keys[i]` as the file holds it, calls `change(i, story)` and writes it back. All or nothing:
    /// when a key is not in the workspace nothing is written and the missing keys are returned (in
    /// the order given); when `change` throws or a result is invalid nothing is written either.
    /// Returns an empty list on success.
    std::vector<std::string> modifyStories(const std::vector<std::string>& keys,
                                           const std::function<void(std::size_t, Story&)>& change);
    /// Rewrites one story (fields, labels, criteria, links) by id; stamps updatedAt. The key and
    /// createdAt are never changed. Criteria with id 0 get fresh ids: read the story back (story())
    /// to learn them. Throws StorageError(Invalid) for an unknown id or a broken invariant.
    void updateStory(const Story& story);
    /// Several stories in one transaction (bulk edit).
    void updateStories(const std::vector<Story>& stories);
    void deleteStory(Id id);
    /// Restores a deleted story with its original id, key, criteria ids and timestamps (undo of
    /// delete). Links from other stories that blocked it were removed with it; restore those with
    /// updateStory on the blocking stories.
    void restoreStory(const Story& story);
    /// Writes exactly one row: the story's rank.
    void setStoryRank(Id id, const std::string& rank);

    Epic addEpic(Epic epic);
    void updateEpic(const Epic& epic);
    /// Deletes the epic; its stories keep existing without an epic.
    void deleteEpic(Id id);
    /// Deletes the epic with what happens to its stories, in one transaction: first rewrites
    /// `rewrite` (as updateStories: stories moved to another epic, stories whose "blocks" links to
    /// deleted stories go), then deletes the stories `deleteStoryIds`, then the epic.
    void deleteEpic(Id id, const std::vector<Id>& deleteStoryIds, const std::vector<Story>& rewrite);
    /// Undo of deleteEpic, in one transaction: re-inserts `epic` with its id, key and rank, restores
    /// `stories` (as restoreStory, "blocks" links among them included), then rewrites `rewrite`.
    void restoreEpic(const Epic& epic, const std::vector<Story>& stories, const std::vector<Story>& rewrite);

    Theme addTheme(Theme theme);
    void updateTheme(const Theme& theme);
    /// Deletes the theme; its epics keep existing without a theme.
    void deleteTheme(Id id);
    /// Undo of deleteTheme: re-inserts `theme` with its id and rewrites `epics` (as updateEpic), in
    /// one transaction.
    void restoreTheme(const Theme& theme, const std::vector<Epic>& epics);
    Release addRelease(Release release);
    Persona addPersona(Persona persona);
    void updatePersona(const Persona& persona);
    void deletePersona(Id id);
    Insight addInsight(Insight insight);
    void updateInsight(const Insight& insight);
    void deleteInsight(Id id);
    /// Undo of deletePersona / deleteInsight, in one transaction: re-inserts it with its id and
    /// rewrites `linked` (the stories that linked to it, as they were; as updateStories).
    void restorePersona(const Persona& persona, const std::vector<Story>& linked);
    void restoreInsight(const Insight& insight, const std::vector<Story>& linked);

    /// PRAGMA data_version: changes when another connection commits to the file.
    long long dataVersion() const;
    /// PRAGMA integrity_check, foreign_key_check and validate(load()); empty when all is well.
    std::vector<Problem> check() const;

    /// Rows inserted, updated or deleted through this store since it was opened (sqlite3_total_changes,
    /// which includes rows changed by triggers). Lets tests check how much a write touched.
    long long totalChanges() const;

private:
    struct Impl;
    WorkspaceStore(std::unique_ptr<Impl> impl, const Clock& clock);
    Workspace loadContent(bool withCriteria) const;
    std::unique_ptr<Impl> m_impl;
    std::string m_path;
    const Clock& m_clock;
};

} // namespace storyloom
