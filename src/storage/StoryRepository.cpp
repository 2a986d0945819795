#include "StoryRepository.h"

#include "ColumnCodec.h"
#include "Database.h"
#include "Statement.h"
#include "domain/Workspace.h"

namespace storyloom {
namespace {

// Column i of kSelect is parameter i + 1 of kInsert and kUpdate.
constexpr const char* kSelect =
    "SELECT id, key, key_number, epic_id, title, as_a, i_want, so_that, description, status, points, moscow, "
    "release_id, rank, created_at, updated_at, reach, impact, confidence, effort, ice_impact, "
    "ice_confidence, "
    "ice_ease, business_value, time_criticality, risk_reduction, job_size, kano_functional, "
    "kano_dysfunctional, "
    "value, value_effort FROM stories";
constexpr const char* kInsert =
    "INSERT INTO stories (id, key, key_number, epic_id, title, as_a, i_want, so_that, description, status, "
    "points, moscow, release_id, rank, created_at, updated_at, reach, impact, confidence, effort, "
    "ice_impact, "
    "ice_confidence, ice_ease, business_value, time_criticality, risk_reduction, job_size, kano_functional, "
    "kano_dysfunctional, value, value_effort) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
    "?13, "
    "?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31)";
// ?2 (key), ?3 (key number) and ?15 (created) are bound but unused: they never change here.
constexpr const char* kUpdate =
    "UPDATE stories SET epic_id = ?4, title = ?5, as_a = ?6, i_want = ?7, so_that = ?8, description = ?9, "
    "status = ?10, points = ?11, moscow = ?12, release_id = ?13, rank = ?14, updated_at = ?16, "
    " reach = ?17, impact = ?18, confidence = ?19, effort = ?20, ice_impact = ?21, "
    "ice_confidence = ?22, ice_ease = ?23, business_value = ?24, time_criticality = ?25, risk_reduction = "
    "?26, "
    "job_size = ?27, kano_functional = ?28, kano_dysfunctional = ?29, value = ?30, value_effort = ?31 "
    "WHERE id = ?1";

Story readStory(const Statement& st, const std::string& path) {
    Story s;
    s.id = st.int64(0);
    s.key = st.text(1);
    s.epicId = st.optInt64(3);
    s.title = st.text(4);
    s.asA = st.text(5);
    s.iWant = st.text(6);
    s.soThat = st.text(7);
    s.description = st.text(8);
    s.status = codec::decode(codec::kStoryStatuses, st.view(9), path, "status", s.key);
    s.points = st.optInt32(10);
    s.moscow = codec::decode(codec::kMoscows, st.view(11), path, "MoSCoW priority", s.key);
    s.releaseId = st.optInt64(12);
    s.rank = st.text(13);
    s.createdAt = st.int64(14);
    s.updatedAt = st.int64(15);
    auto& in = s.inputs;
    in.reach = st.optReal(16);
    in.impact = st.optReal(17);
    in.confidence = st.optReal(18);
    in.effort = st.optReal(19);
    in.iceImpact = st.optInt32(20);
    in.iceConfidence = st.optInt32(21);
    in.iceEase = st.optInt32(22);
    in.businessValue = st.optInt32(23);
    in.timeCriticality = st.optInt32(24);
    in.riskReduction = st.optInt32(25);
    in.jobSize = st.optInt32(26);
    in.kanoFunctional = codec::decodeOptional(codec::kKanoAnswers, st, 27, path, "Kano answer", s.key);
    in.kanoDysfunctional = codec::decodeOptional(codec::kKanoAnswers, st, 28, path, "Kano answer", s.key);
    in.value = st.optInt32(29);
    in.valueEffort = st.optInt32(30);
    return s;
}

} // namespace

void StoryRepository::bindRow(Statement& st, const Story& s) {
    if (s.id != 0)
        st.bind(1, s.id);
    const auto& in = s.inputs;
    st.bind(2, s.key)
        .bind(3, keyNumber(s.key))
        .bind(4, s.epicId)
        .bind(5, s.title)
        .bind(6, s.asA)
        .bind(7, s.iWant)
        .bind(8, s.soThat)
        .bind(9, s.description)
        .bind(10, toId(s.status))
        .bind(11, s.points)
        .bind(12, toId(s.moscow))
        .bind(13, s.releaseId)
        .bind(14, s.rank)
        .bind(15, s.createdAt)
        .bind(16, s.updatedAt)
        .bind(17, in.reach)
        .bind(18, in.impact)
        .bind(19, in.confidence)
        .bind(20, in.effort)
        .bind(21, in.iceImpact)
        .bind(22, in.iceConfidence)
        .bind(23, in.iceEase)
        .bind(24, in.businessValue)
        .bind(25, in.timeCriticality)
        .bind(26, in.riskReduction)
        .bind(27, in.jobSize)
        .bind(28, codec::encode(in.kanoFunctional))
        .bind(29, codec::encode(in.kanoDysfunctional))
        .bind(30, in.value)
        .bind(31, in.valueEffort);
}

Id StoryRepository::insert(const Story& story, bool withBlocks, std::vector<Id>* criterionIds) {
    Statement& st = m_db.cached(kInsert);
    bindRow(st, story);
    st.run();
    if (story.id == 0) {
        Story stored = story;
        stored.id = m_db.lastInsertId();
        m_details.write(stored, withBlocks, criterionIds);
        return stored.id;
    }
    m_details.write(story, withBlocks, criterionIds);
    return story.id;
}

bool StoryRepository::update(const Story& story, std::vector<Id>* criterionIds) {
    Statement& st = m_db.cached(kUpdate);
    bindRow(st, story);
    st.run();
    if (m_db.changes() == 0)
        return false;
    m_details.erase(story.id);
    m_details.write(story, true, criterionIds);
    return true;
}

bool StoryRepository::remove(Id id) {
    // Criteria, labels, links and scorecard values go with the row (ON DELETE CASCADE).
    m_db.cached("DELETE FROM stories WHERE id = ?1").bind(1, id).run();
    return m_db.changes() != 0;
}

bool StoryRepository::setRank(Id id, const std::string& rank) {
    m_db.cached("UPDATE stories SET rank = ?2 WHERE id = ?1").bind(1, id).bind(2, rank).run();
    return m_db.changes() != 0;
}

void StoryRepository::clear() {
    m_details.clear();
    m_db.exec("DELETE FROM stories");
}

std::vector<Story> StoryRepository::readRows(Statement& st) {
    std::vector<Story> out;
    while (st.step())
        out.push_back(readStory(st, m_db.path()));
    return out;
}

std::vector<Story> StoryRepository::all(bool withCriteria) {
    std::vector<Story> out;
    out.reserve(count());
    std::string sql = std::string(kSelect) + " ORDER BY id";
    if (!withCriteria) {
        // Ranking reads no long text either: the user-story parts and description stay empty.
        const std::string longText = "as_a, i_want, so_that, description";
        sql.replace(sql.find(longText), longText.size(), "'', '', '', ''");
    }
    Statement& st = m_db.cached(sql);
    while (st.step())
        out.push_back(readStory(st, m_db.path()));
    m_details.attach(out, true, withCriteria);
    return out;
}

std::vector<Story> StoryRepository::select(const StoryQuery& query) {
    // The SQL is assembled only from the constant fragments below (at most 16 distinct statements,
    // each cached); every value is bound.
    std::string sql = kSelect;
    sql += " WHERE 1";
    if (query.epicKey)
        sql += " AND epic_id = (SELECT id FROM epics WHERE key = :epic)";
    if (query.status)
        sql += " AND status = :status";
    if (query.label)
        sql += " AND id IN (SELECT story_id FROM story_labels WHERE label = :label)";
    sql += " ORDER BY rank, key_number";
    if (query.limit)
        sql += " LIMIT :limit";
    Statement& st = m_db.cached(sql);
    if (query.epicKey)
        st.bind(":epic", *query.epicKey);
    if (query.status)
        st.bind(":status", toId(*query.status));
    if (query.label)
        st.bind(":label", *query.label);
    if (query.limit)
        st.bind(":limit", static_cast<long long>(*query.limit));
    auto out = readRows(st);
    // Past about half of the file, one pass over each child table beats looking each story up.
    const bool most = out.size() > 1000 && out.size() * 2 > count();
    m_details.attach(out, most);
    return out;
}

std::optional<Story> StoryRepository::byKey(const std::string& key) {
    Statement& st = m_db.cached(std::string(kSelect) + " WHERE key = ?1");
    st.bind(1, key);
    auto out = readRows(st);
    if (out.empty())
        return std::nullopt;
    m_details.attach(out, false);
    return std::move(out.front());
}

std::size_t StoryRepository::count() {
    return static_cast<std::size_t>(m_db.cached("SELECT count(*) FROM stories").singleInt64().value_or(0));
}

bool StoryRepository::exists(Id id, const std::string& key) {
    return m_db.cached("SELECT 1 FROM stories WHERE id = ?1 OR key = ?2").bind(1, id).bind(2, key).any();
}

std::string StoryRepository::lastRank() {
    return m_db.cached("SELECT rank FROM stories ORDER BY rank DESC, key_number DESC LIMIT 1")
        .singleText()
        .value_or(std::string());
}

std::vector<std::string> StoryRepository::missingReferences(const Story& story) {
    std::vector<std::string> out;
    auto exists = [&](const char* sql, Id id) { return m_db.cached(sql).bind(1, id).any(); };
    if (story.epicId && !exists("SELECT 1 FROM epics WHERE id = ?1", *story.epicId))
        out.push_back("its epic (id " + std::to_string(*story.epicId) + ") does not exist");
    if (story.releaseId && !exists("SELECT 1 FROM releases WHERE id = ?1", *story.releaseId))
        out.push_back("its release (id " + std::to_string(*story.releaseId) + ") does not exist");
    for (Id id : story.personaIds)
        if (!exists("SELECT 1 FROM personas WHERE id = ?1", id))
            out.push_back("linked persona id " + std::to_string(id) + " does not exist");
    for (Id id : story.insightIds)
        if (!exists("SELECT 1 FROM insights WHERE id = ?1", id))
            out.push_back("linked insight id " + std::to_string(id) + " does not exist");
    for (Id id : story.blocks)
        if (!exists("SELECT 1 FROM stories WHERE id = ?1", id))
            out.push_back("the story it blocks (id " + std::to_string(id) + ") does not exist");
    return out;
}

} // namespace storyloom
