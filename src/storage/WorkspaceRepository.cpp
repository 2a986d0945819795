#include "WorkspaceRepository.h"

#include "Database.h"
#include "Statement.h"

namespace storyloom {

WorkspaceRepository::Info WorkspaceRepository::info() {
    Statement& st =
        m_db.cached("SELECT product_name, project_key, next_key_number FROM workspace WHERE id = 1");
    Info out;
    if (st.step()) {
        out.productName = st.text(0);
        out.projectKey = st.text(1);
        out.nextKeyNumber = st.int64(2);
    }
    st.reset();
    return out;
}

void WorkspaceRepository::setInfo(const Info& info) {
    m_db.cached("UPDATE workspace SET product_name = ?1, project_key = ?2, next_key_number = ?3 WHERE id = 1")
        .bind(1, info.productName)
        .bind(2, info.projectKey)
        .bind(3, info.nextKeyNumber)
        .run();
}

std::string WorkspaceRepository::allocateKey() {
    const Info current = info();
    m_db.cached("UPDATE workspace SET next_key_number = next_key_number + 1 WHERE id = 1").run();
    return current.projectKey + "-" + std::to_string(current.nextKeyNumber);
}

void WorkspaceRepository::reserveKeyNumber(long long keyNumber) {
    m_db.cached("UPDATE workspace SET next_key_number = ?1 + 1 WHERE id = 1 AND next_key_number <= ?1")
        .bind(1, keyNumber)
        .run();
}

void WorkspaceRepository::renameKeys(const std::string& projectKey) {
    m_db.cached("UPDATE stories SET key = ?1 || '-' || key_number").bind(1, projectKey).run();
    m_db.cached("UPDATE epics SET key = ?1 || '-' || key_number").bind(1, projectKey).run();
}

std::map<std::string, std::string> WorkspaceRepository::settings() {
    std::map<std::string, std::string> out;
    Statement& st = m_db.cached("SELECT name, value FROM settings ORDER BY name");
    while (st.step())
        out.emplace(st.text(0), st.text(1));
    return out;
}

void WorkspaceRepository::setSetting(const std::string& name, const std::string& value) {
    m_db.cached("INSERT INTO settings (name, value) VALUES (?1, ?2) "
                "ON CONFLICT (name) DO UPDATE SET value = excluded.value")
        .bind(1, name)
        .bind(2, value)
        .run();
}

void WorkspaceRepository::removeSetting(const std::string& name) {
    m_db.cached("DELETE FROM settings WHERE name = ?1").bind(1, name).run();
}

void WorkspaceRepository::clearSettings() {
    m_db.exec("DELETE FROM settings");
}

} // namespace storyloom
