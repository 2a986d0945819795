#include "RoadmapRepository.h"

#include "ColumnCodec.h"
#include "Database.h"
#include "Statement.h"

namespace storyloom {

Id RoadmapRepository::insert(const Theme& theme) {
    Statement& st = m_db.cached("INSERT INTO themes (id, name, colour) VALUES (?1, ?2, ?3)");
    if (theme.id != 0)
        st.bind(1, theme.id);
    st.bind(2, theme.name).bind(3, theme.colour).run();
    return theme.id != 0 ? theme.id : m_db.lastInsertId();
}

Id RoadmapRepository::insert(const Release& release) {
    Statement& st = m_db.cached("INSERT INTO releases (id, name, date) VALUES (?1, ?2, ?3)");
    if (release.id != 0)
        st.bind(1, release.id);
    st.bind(2, release.name).bind(3, codec::encode(release.date)).run();
    return release.id != 0 ? release.id : m_db.lastInsertId();
}

bool RoadmapRepository::update(const Theme& theme) {
    m_db.cached("UPDATE themes SET name = ?2, colour = ?3 WHERE id = ?1")
        .bind(1, theme.id)
        .bind(2, theme.name)
        .bind(3, theme.colour)
        .run();
    return m_db.changes() != 0;
}

bool RoadmapRepository::removeTheme(Id id) {
    m_db.cached("DELETE FROM themes WHERE id = ?1").bind(1, id).run();
    return m_db.changes() != 0;
}

void RoadmapRepository::clear() {
    // Releases and themes are referenced by epics and stories: the caller clears those first.
    m_db.exec("DELETE FROM releases; DELETE FROM themes;");
}

std::vector<Theme> RoadmapRepository::themes() {
    std::vector<Theme> out;
    Statement& st = m_db.cached("SELECT id, name, colour FROM themes ORDER BY id");
    while (st.step())
        out.push_back(Theme{st.int64(0), st.text(1), st.text(2)});
    return out;
}

std::vector<Release> RoadmapRepository::releases() {
    std::vector<Release> out;
    Statement& st = m_db.cached("SELECT id, name, date FROM releases ORDER BY id");
    while (st.step()) {
        Release r{st.int64(0), st.text(1), std::nullopt};
        r.date = codec::decodeDate(st, 2, m_db.path(), "release " + r.name);
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace storyloom
