#include "StoryDetailsRepository.h"

#include "ColumnCodec.h"
#include "Database.h"
#include "Statement.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace storyloom {
namespace {

constexpr const char* kInsertCriterion =
    "INSERT INTO acceptance_criteria (id, story_id, position, format, text, given_text, when_text, "
    "then_text, "
    "kind, wcag, done) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
constexpr const char* kInsertLabel =
    "INSERT INTO story_labels (story_id, position, label) VALUES (?1, ?2, ?3)";
constexpr const char* kInsertPersona =
    "INSERT INTO story_personas (story_id, position, persona_id) VALUES (?1, ?2, ?3)";
constexpr const char* kInsertInsight =
    "INSERT INTO story_insights (story_id, position, insight_id) VALUES (?1, ?2, ?3)";
constexpr const char* kInsertBlock =
    "INSERT INTO story_blocks (blocker_id, position, blocked_id) VALUES (?1, ?2, ?3)";
constexpr const char* kInsertScore =
    "INSERT INTO story_scorecard (story_id, criterion, value) VALUES (?1, ?2, ?3)";

constexpr const char* kCriterionColumns =
    "SELECT story_id, position, id, format, text, given_text, when_text, then_text, kind, wcag, done "
    "FROM acceptance_criteria";
// Rowid order: criteria are inserted in position order, so this is position order within a story
// unless the story was edited to reorder ids; such stories are re-read by kCriteriaOfStory. A scan in
// rowid order is several times faster than walking the (story_id, position) index.
const std::string kAllCriteria = kCriterionColumns;
const std::string kCriteriaOfStory =
    std::string(kCriterionColumns) + " WHERE story_id = ?1 ORDER BY position";
const std::string kCriteriaOf =
    std::string(kCriterionColumns) +
    " WHERE story_id IN (SELECT value FROM json_each(?1)) ORDER BY story_id, position";

// Link tables are WITHOUT ROWID tables keyed by (story, position): reading in key order is a plain scan.
struct ChildQuery {
    const char* every;
    const char* some;
};
constexpr ChildQuery kLabels = {
    "SELECT story_id, label FROM story_labels ORDER BY story_id, position",
    "SELECT story_id, label FROM story_labels WHERE story_id IN (SELECT value FROM json_each(?1)) "
    "ORDER BY story_id, position"};
constexpr ChildQuery kPersonas = {
    "SELECT story_id, persona_id FROM story_personas ORDER BY story_id, position",
    "SELECT story_id, persona_id FROM story_personas WHERE story_id IN (SELECT value FROM json_each(?1)) "
    "ORDER BY story_id, position"};
constexpr ChildQuery kInsights = {
    "SELECT story_id, insight_id FROM story_insights ORDER BY story_id, position",
    "SELECT story_id, insight_id FROM story_insights WHERE story_id IN (SELECT value FROM json_each(?1)) "
    "ORDER BY story_id, position"};
constexpr ChildQuery kBlocks = {
    "SELECT blocker_id, blocked_id FROM story_blocks ORDER BY blocker_id, position",
    "SELECT blocker_id, blocked_id FROM story_blocks WHERE blocker_id IN (SELECT value FROM json_each(?1)) "
    "ORDER BY blocker_id, position"};
constexpr ChildQuery kScores = {"SELECT story_id, criterion, value FROM story_scorecard",
                                "SELECT story_id, criterion, value FROM story_scorecard WHERE story_id IN "
                                "(SELECT value FROM json_each(?1))"};

/// Finds stories by id; rows of one story come together, so the last hit is checked first.
class StoryLookup {
public:
    explicit StoryLookup(std::vector<Story>& stories) {
        m_byId.reserve(stories.size());
        for (auto& s : stories)
            m_byId.emplace(s.id, &s);
    }
    Story* find(Id id) {
        if (m_last && m_last->id == id)
            return m_last;
        auto it = m_byId.find(id);
        m_last = it == m_byId.end() ? nullptr : it->second;
        return m_last;
    }

private:
    std::unordered_map<Id, Story*> m_byId;
    Story* m_last = nullptr;
};

void readCriterion(const Statement& st, Story& story, const std::string& path) {
    AcceptanceCriterion c;
    c.id = st.int64(2);
    c.format = codec::decode(codec::kCriterionFormats, st.view(3), path, "criterion format", story.key);
    c.text = st.text(4);
    c.given = st.text(5);
    c.when = st.text(6);
    c.then = st.text(7);
    c.kind = codec::decode(codec::kCriterionKinds, st.view(8), path, "criterion kind", story.key);
    c.wcag = st.text(9);
    c.done = st.int64(10) != 0;
    story.criteria.push_back(std::move(c));
}

void insertIds(Statement& st, Id storyId, const std::vector<Id>& ids) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
        st.bind(1, storyId).bind(2, static_cast<long long>(i)).bind(3, ids[i]).run();
        st.reset();
    }
}

} // namespace

void StoryDetailsRepository::write(const Story& story, bool withBlocks, std::vector<Id>* criterionIds) {
    Statement& criterion = m_db.cached(kInsertCriterion);
    if (criterionIds)
        criterionIds->clear();
    for (std::size_t i = 0; i < story.criteria.size(); ++i) {
        const auto& c = story.criteria[i];
        if (c.id != 0)
            criterion.bind(1, c.id);
        criterion.bind(2, story.id)
            .bind(3, static_cast<long long>(i))
            .bind(4, toId(c.format))
            .bind(5, c.text)
            .bind(6, c.given)
            .bind(7, c.when)
            .bind(8, c.then)
            .bind(9, toId(c.kind))
            .bind(10, c.wcag)
            .bind(11, c.done ? 1 : 0)
            .run();
        if (criterionIds)
            criterionIds->push_back(c.id != 0 ? c.id : m_db.lastInsertId());
        criterion.reset();
    }
    Statement& label = m_db.cached(kInsertLabel);
    for (std::size_t i = 0; i < story.labels.size(); ++i) {
        label.bind(1, story.id).bind(2, static_cast<long long>(i)).bind(3, story.labels[i]).run();
        label.reset();
    }
    insertIds(m_db.cached(kInsertPersona), story.id, story.personaIds);
    insertIds(m_db.cached(kInsertInsight), story.id, story.insightIds);
    Statement& score = m_db.cached(kInsertScore);
    for (const auto& [name, value] : story.inputs.scorecard) {
        score.bind(1, story.id).bind(2, name).bind(3, value).run();
        score.reset();
    }
    if (withBlocks)
        writeBlocks(story);
}

void StoryDetailsRepository::writeBlocks(const Story& story) {
    insertIds(m_db.cached(kInsertBlock), story.id, story.blocks);
}

void StoryDetailsRepository::erase(Id storyId) {
    for (const char* sql :
         {"DELETE FROM acceptance_criteria WHERE story_id = ?1",
          "DELETE FROM story_labels WHERE story_id = ?1", "DELETE FROM story_personas WHERE story_id = ?1",
          "DELETE FROM story_insights WHERE story_id = ?1", "DELETE FROM story_blocks WHERE blocker_id = ?1",
          "DELETE FROM story_scorecard WHERE story_id = ?1"})
        m_db.cached(sql).bind(1, storyId).run();
}

void StoryDetailsRepository::clear() {
    m_db.exec("DELETE FROM acceptance_criteria; DELETE FROM story_labels; DELETE FROM story_personas; "
              "DELETE FROM story_insights; DELETE FROM story_blocks; DELETE FROM story_scorecard;");
}

void StoryDetailsRepository::attach(std::vector<Story>& stories, bool wholeTables, bool withCriteria) {
    if (stories.empty())
        return;
    StoryLookup lookup(stories);
    std::string ids;
    if (!wholeTables) {
        // The ids travel as one bound JSON array, read back with json_each: one query per table
        // whatever the number of stories, and still nothing formatted into the SQL.
        ids.reserve(stories.size() * 8);
        ids.push_back('[');
        for (const auto& s : stories) {
            if (ids.size() > 1)
                ids.push_back(',');
            ids += std::to_string(s.id);
        }
        ids.push_back(']');
    }
    auto query = [&](std::string_view every, std::string_view some) -> Statement& {
        Statement& st = m_db.cached(wholeTables ? every : some);
        if (!wholeTables)
            st.bind(1, ids);
        return st;
    };
    const std::string& path = m_db.path();

    std::vector<Story*> outOfOrder;
    std::unordered_set<const Story*> flagged;
    if (withCriteria) {
        Statement& st = query(kAllCriteria, kCriteriaOf);
        while (st.step()) {
            Story* story = lookup.find(st.int64(0));
            if (!story)
                continue;
            if (st.int64(1) != static_cast<long long>(story->criteria.size()) && flagged.insert(story).second)
                outOfOrder.push_back(story);
            readCriterion(st, *story, path);
        }
    }
    for (Story* story : outOfOrder) {
        story->criteria.clear();
        Statement& st = m_db.cached(kCriteriaOfStory);
        st.bind(1, story->id);
        while (st.step())
            readCriterion(st, *story, path);
    }

    auto readIds = [&](const ChildQuery& q, std::vector<Id> Story::*member) {
        Statement& st = query(q.every, q.some);
        while (st.step())
            if (Story* story = lookup.find(st.int64(0)))
                (story->*member).push_back(st.int64(1));
    };
    // Scoring reads neither labels nor personas: a ranking load (withCriteria false) skips them too.
    if (withCriteria) {
        Statement& st = query(kLabels.every, kLabels.some);
        while (st.step())
            if (Story* story = lookup.find(st.int64(0)))
                story->labels.push_back(st.text(1));
        readIds(kPersonas, &Story::personaIds);
    }
    readIds(kInsights, &Story::insightIds);
    readIds(kBlocks, &Story::blocks);
    {
        Statement& st = query(kScores.every, kScores.some);
        while (st.step())
            if (Story* story = lookup.find(st.int64(0)))
                story->inputs.scorecard.emplace(st.text(1), st.real(2));
    }
}

} // namespace storyloom
