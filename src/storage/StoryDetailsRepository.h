#pragma once

#include "domain/Story.h"

#include <vector>

namespace storyloom {

class Database;

/// The child rows of stories: acceptance criteria, labels, persona and insight links, blocked
/// stories and scorecard values. Every child row cascades with its story.
class StoryDetailsRepository {
public:
    explicit StoryDetailsRepository(Database& db) : m_db(db) {}

    /// Writes the children of a stored story. Criteria with id 0 get a fresh id; `criterionIds`, when
    /// given, receives the id of every criterion in order. With `withBlocks` false the story_blocks
    /// rows are left out (replaceAll writes them once every story exists).
    void write(const Story& story, bool withBlocks, std::vector<Id>* criterionIds = nullptr);
    void writeBlocks(const Story& story);
    /// Removes the children a story owns (not the links of other stories that block it).
    void erase(Id storyId);
    /// Every child row of every story.
    void clear();

    /// Fills criteria, labels, links and scorecards of `stories`, which must have none yet.
    /// With `wholeTables` each child table is read in one pass and rows of other stories are skipped
    /// (fastest when `stories` is all or most of the file); otherwise only the rows of these stories
    /// are read, through the indexes.
    /// `withCriteria` false is the ranking load: no criteria, labels or persona links.
    void attach(std::vector<Story>& stories, bool wholeTables, bool withCriteria = true);

private:
    Database& m_db;
};

} // namespace storyloom
