#include "Statement.h"

#include "Database.h"

#include <sqlite3.h>

namespace storyloom {

Statement::Statement(Database& db, std::string_view sql) : m_db(db) {
    const int rc = sqlite3_prepare_v3(db.handle(), sql.data(), static_cast<int>(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "read");
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bindInt64(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db.fail(rc, "write to");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        m_db.fail(rc, "write to");
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    // SQLITE_TRANSIENT: SQLite copies the bytes, so callers may pass temporaries.
    const int rc =
        sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK)
        m_db.fail(rc, "write to");
    return *this;
}

Statement& Statement::bindNull(int index) {
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        m_db.fail(rc, "write to");
    return *this;
}

int Statement::indexOf(const char* name) const {
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0)
        m_db.fail(SQLITE_RANGE, std::string("bind the parameter ") + name + " for");
    return index;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    // Reset so the statement does not keep a read transaction open after a failure.
    sqlite3_reset(m_stmt);
    m_db.fail(rc, sqlite3_stmt_readonly(m_stmt) ? "read" : "write to");
}

void Statement::run() {
    while (step()) {
    }
}

std::optional<long long> Statement::singleInt64() {
    std::optional<long long> value;
    if (step())
        value = optInt64(0);
    reset();
    return value;
}

std::optional<std::string> Statement::singleText() {
    std::optional<std::string> value;
    if (step())
        value = optText(0);
    reset();
    return value;
}

bool Statement::any() {
    const bool found = step();
    reset();
    return found;
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

long long Statement::int64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::int32(int column) const {
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::text(int column) const {
    return std::string(view(column));
}

std::string_view Statement::view(int column) const {
    const auto* data = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return {};
    return std::string_view(reinterpret_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::optional<long long> Statement::optInt64(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

std::optional<int> Statement::optInt32(int column) const {
    if (isNull(column))
        return std::nullopt;
    return int32(column);
}

std::optional<double> Statement::optReal(int column) const {
    if (isNull(column))
        return std::nullopt;
    return real(column);
}

std::optional<std::string> Statement::optText(int column) const {
    if (isNull(column))
        return std::nullopt;
    return text(column);
}

} // namespace storyloom
