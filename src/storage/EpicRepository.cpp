#include "EpicRepository.h"

#include "ColumnCodec.h"
#include "Database.h"
#include "Statement.h"
#include "domain/Workspace.h"

namespace storyloom {
namespace {

// Column i of the SELECT is parameter i + 1 of the INSERT and the UPDATE.
constexpr const char* kSelectAll = "SELECT id, key, key_number, title, description, theme_id, status, "
                                   "colour, horizon, start_date, end_date, "
                                   "target_release_id, rank FROM epics ORDER BY id";
constexpr const char* kInsert =
    "INSERT INTO epics (id, key, key_number, title, description, theme_id, status, colour, horizon, "
    "start_date, "
    "end_date, target_release_id, rank) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)";
// ?2 (key) and ?3 (key number) are bound but unused: an epic's key never changes here.
constexpr const char* kUpdate =
    "UPDATE epics SET title = ?4, description = ?5, theme_id = ?6, status = ?7, colour = ?8, horizon = ?9, "
    "start_date = ?10, end_date = ?11, target_release_id = ?12, rank = ?13 WHERE id = ?1";

} // namespace

void EpicRepository::bindRow(Statement& st, const Epic& e) {
    if (e.id != 0)
        st.bind(1, e.id);
    st.bind(2, e.key)
        .bind(3, keyNumber(e.key))
        .bind(4, e.title)
        .bind(5, e.description)
        .bind(6, e.themeId)
        .bind(7, toId(e.status))
        .bind(8, e.colour)
        .bind(9, toId(e.horizon))
        .bind(10, codec::encode(e.startDate))
        .bind(11, codec::encode(e.endDate))
        .bind(12, e.targetReleaseId)
        .bind(13, e.rank);
}

Id EpicRepository::insert(const Epic& epic) {
    Statement& st = m_db.cached(kInsert);
    bindRow(st, epic);
    st.run();
    return epic.id != 0 ? epic.id : m_db.lastInsertId();
}

bool EpicRepository::update(const Epic& epic) {
    Statement& st = m_db.cached(kUpdate);
    bindRow(st, epic);
    st.run();
    return m_db.changes() != 0;
}

bool EpicRepository::remove(Id id) {
    m_db.cached("DELETE FROM epics WHERE id = ?1").bind(1, id).run();
    return m_db.changes() != 0;
}

void EpicRepository::clear() {
    m_db.exec("DELETE FROM epics");
}

std::vector<Epic> EpicRepository::all() {
    std::vector<Epic> out;
    Statement& st = m_db.cached(kSelectAll);
    const std::string& path = m_db.path();
    while (st.step()) {
        Epic e;
        e.id = st.int64(0);
        e.key = st.text(1);
        e.title = st.text(3);
        e.description = st.text(4);
        e.themeId = st.optInt64(5);
        e.status = codec::decode(codec::kEpicStatuses, st.view(6), path, "epic status", e.key);
        e.colour = st.text(7);
        e.horizon = codec::decode(codec::kHorizons, st.view(8), path, "horizon", e.key);
        e.startDate = codec::decodeDate(st, 9, path, e.key);
        e.endDate = codec::decodeDate(st, 10, path, e.key);
        e.targetReleaseId = st.optInt64(11);
        e.rank = st.text(12);
        out.push_back(std::move(e));
    }
    return out;
}

std::string EpicRepository::lastRank() {
    return m_db.cached("SELECT rank FROM epics ORDER BY rank DESC, key_number DESC LIMIT 1")
        .singleText()
        .value_or(std::string());
}

std::vector<std::string> EpicRepository::missingReferences(const Epic& epic) {
    std::vector<std::string> out;
    if (epic.themeId && !m_db.cached("SELECT 1 FROM themes WHERE id = ?1").bind(1, *epic.themeId).any())
        out.push_back("its theme (id " + std::to_string(*epic.themeId) + ") does not exist");
    if (epic.targetReleaseId &&
        !m_db.cached("SELECT 1 FROM releases WHERE id = ?1").bind(1, *epic.targetReleaseId).any())
        out.push_back("its target release (id " + std::to_string(*epic.targetReleaseId) + ") does not exist");
    return out;
}

} // namespace storyloom
