#include "ResearchRepository.h"

#include "ColumnCodec.h"
#include "Database.h"
#include "Statement.h"

namespace storyloom {
namespace {

constexpr const char* kInsertPersona =
    "INSERT INTO personas (id, name, role, goals, frustrations) VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr const char* kUpdatePersona =
    "UPDATE personas SET name = ?2, role = ?3, goals = ?4, frustrations = ?5 WHERE id = ?1";
constexpr const char* kInsertInsight =
    "INSERT INTO insights (id, title, source, date, summary, strength) VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr const char* kUpdateInsight =
    "UPDATE insights SET title = ?2, source = ?3, date = ?4, summary = ?5, strength = ?6 WHERE id = ?1";

void bindPersona(Statement& st, const Persona& p) {
    if (p.id != 0)
        st.bind(1, p.id);
    st.bind(2, p.name).bind(3, p.role).bind(4, p.goals).bind(5, p.frustrations);
}

void bindInsight(Statement& st, const Insight& i) {
    if (i.id != 0)
        st.bind(1, i.id);
    st.bind(2, i.title)
        .bind(3, toId(i.source))
        .bind(4, codec::encode(i.date))
        .bind(5, i.summary)
        .bind(6, i.strength);
}

} // namespace

Id ResearchRepository::insert(const Persona& persona) {
    Statement& st = m_db.cached(kInsertPersona);
    bindPersona(st, persona);
    st.run();
    return persona.id != 0 ? persona.id : m_db.lastInsertId();
}

Id ResearchRepository::insert(const Insight& insight) {
    Statement& st = m_db.cached(kInsertInsight);
    bindInsight(st, insight);
    st.run();
    return insight.id != 0 ? insight.id : m_db.lastInsertId();
}

bool ResearchRepository::update(const Persona& persona) {
    Statement& st = m_db.cached(kUpdatePersona);
    bindPersona(st, persona);
    st.run();
    return m_db.changes() != 0;
}

bool ResearchRepository::update(const Insight& insight) {
    Statement& st = m_db.cached(kUpdateInsight);
    bindInsight(st, insight);
    st.run();
    return m_db.changes() != 0;
}

bool ResearchRepository::removePersona(Id id) {
    m_db.cached("DELETE FROM personas WHERE id = ?1").bind(1, id).run();
    return m_db.changes() != 0;
}

bool ResearchRepository::removeInsight(Id id) {
    m_db.cached("DELETE FROM insights WHERE id = ?1").bind(1, id).run();
    return m_db.changes() != 0;
}

void ResearchRepository::clear() {
    m_db.exec("DELETE FROM personas; DELETE FROM insights;");
}

std::vector<Persona> ResearchRepository::personas() {
    std::vector<Persona> out;
    Statement& st = m_db.cached("SELECT id, name, role, goals, frustrations FROM personas ORDER BY id");
    while (st.step())
        out.push_back(Persona{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4)});
    return out;
}

std::vector<Insight> ResearchRepository::insights() {
    std::vector<Insight> out;
    Statement& st =
        m_db.cached("SELECT id, title, source, date, summary, strength FROM insights ORDER BY id");
    const std::string& path = m_db.path();
    while (st.step()) {
        Insight i;
        i.id = st.int64(0);
        i.title = st.text(1);
        const std::string where = "insight " + i.title;
        i.source = codec::decode(codec::kInsightSources, st.view(2), path, "research source", where);
        i.date = codec::decodeDate(st, 3, path, where);
        i.summary = st.text(4);
        i.strength = st.int32(5);
        out.push_back(std::move(i));
    }
    return out;
}

} // namespace storyloom
