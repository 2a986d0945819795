#pragma once

#include "StoryDetailsRepository.h"
#include "WorkspaceStore.h"
#include "domain/Story.h"

#include <optional>
#include <string>
#include <vector>

namespace storyloom {

class Database;
class Statement;

/// The stories table, with its children through StoryDetailsRepository. Callers own the transaction.
class StoryRepository {
public:
    explicit StoryRepository(Database& db) : m_db(db), m_details(db) {}

    /// Inserts the story and its children and returns the story's id (allocated when story.id is 0).
    /// Criteria with id 0 get fresh ids; `criterionIds`, when given, receives every criterion's id.
    Id insert(const Story& story, bool withBlocks = true, std::vector<Id>* criterionIds = nullptr);
    /// For replaceAll: the blocks of stories inserted with withBlocks == false.
    void insertBlocks(const Story& story) { m_details.writeBlocks(story); }
    /// Rewrites every field except id, key and createdAt, and all children; false when the id is
    /// unknown. `criterionIds` as for insert().
    bool update(const Story& story, std::vector<Id>* criterionIds = nullptr);
    bool remove(Id id);
    /// Writes one row: the rank column of one story. False when the id is unknown.
    bool setRank(Id id, const std::string& rank);
    /// Every story and every child row.
    void clear();

    /// Every story in id order; without criteria, labels, persona links, user-story parts and
    /// description when `withCriteria` is false (ranking reads none of them).
    std::vector<Story> all(bool withCriteria = true);
    /// Stories matching `query` in rank order (ties by key number).
    std::vector<Story> select(const StoryQuery& query);
    std::optional<Story> byKey(const std::string& key);
    std::size_t count();
    /// True when a story has this id or this key.
    bool exists(Id id, const std::string& key);
    /// The rank of the last story in manual order, empty when there are no stories.
    std::string lastRank();
    /// What `story` links to that does not exist (epic, release, personas, insights, blocked stories),
    /// as sentences for StorageError(Invalid).
    std::vector<std::string> missingReferences(const Story& story);

private:
    /// The story rows a prepared, bound statement returns (children not attached).
    std::vector<Story> readRows(Statement& st);
    void bindRow(Statement& st, const Story& story);

    Database& m_db;
    StoryDetailsRepository m_details;
};

} // namespace storyloom
