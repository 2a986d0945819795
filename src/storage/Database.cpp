#include "Database.h"

#include "Statement.h"

#include <sqlite3.h>

namespace storyloom {
namespace {

/// "file:" URI for `path`, percent-encoding everything that could be read as URI syntax.
std::string fileUri(const std::string& path, const char* query) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (unsigned char c : path) {
        const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                           c == '/' || c == '-' || c == '_' || c == '.' || c == '~';
        if (plain) {
            uri.push_back(static_cast<char>(c));
        } else {
            uri.push_back('%');
            uri.push_back(kHex[c >> 4]);
            uri.push_back(kHex[c & 0xF]);
        }
    }
    return uri + "?" + query;
}

} // namespace

StorageError storageErrorFor(int rc, const std::string& path, std::string_view action,
                             std::string_view sqliteMessage) {
    const std::string detail =
        sqliteMessage.empty() ? std::string() : " (" + std::string(sqliteMessage) + ")";
    using Kind = StorageError::Kind;
    switch (rc & 0xFF) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StorageError(Kind::Busy, path,
                            "The workspace " + path +
                                " is locked by another Storyloom window or command. Try again in a moment.");
    case SQLITE_CORRUPT:
        return StorageError(Kind::Corrupt, path,
                            "The workspace " + path + " is damaged" + detail +
                                ". Storyloom will not change it; restore it from a backup.");
    case SQLITE_NOTADB:
        return StorageError(Kind::NotAWorkspace, path,
                            path + " is not a Storyloom workspace (it is not a database file). "
                                   "Choose a .storyloom file.");
    case SQLITE_CONSTRAINT:
        return StorageError(Kind::Invalid, path,
                            "The change was not saved to " + path +
                                " because it breaks a rule of the workspace" + detail +
                                ": every linked epic, release, persona, insight and story must exist, and "
                                "ids and keys must be unique.");
    case SQLITE_CANTOPEN:
        return StorageError(Kind::Io, path,
                            "Storyloom could not open " + path + detail +
                                ". Check that the folder exists and that you may read and write it.");
    case SQLITE_READONLY:
        return StorageError(Kind::Io, path,
                            "Storyloom could not " + std::string(action) + " " + path +
                                " because the file or its folder is read-only. Check its permissions.");
    case SQLITE_FULL:
        return StorageError(Kind::Io, path,
                            "Storyloom could not " + std::string(action) + " " + path +
                                " because the disk is full. Free some space and try again.");
    default:
        return StorageError(Kind::Io, path,
                            "Storyloom could not " + std::string(action) + " " + path + detail +
                                ". Check that the disk is available and try again.");
    }
}

Database::Database(std::string path, Mode mode) : m_path(std::move(path)) {
    int flags = 0;
    std::string name = m_path;
    switch (mode) {
    case Mode::ReadWrite:
        flags = SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags = SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadOnlyImmutable:
        flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
        name = fileUri(m_path, "immutable=1");
        break;
    }
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = m_db ? sqlite3_errmsg(m_db) : "out of memory";
        sqlite3_close(m_db);
        m_db = nullptr;
        throw storageErrorFor(rc, m_path, "open", message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

Database::~Database() {
    // Statements must be finalized before the connection closes, or sqlite3_close fails.
    m_cache.clear();
    sqlite3_close(m_db);
}

void Database::exec(const char* sql) {
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string text = message ? message : "";
        sqlite3_free(message);
        throw storageErrorFor(rc, m_path, "write to", text);
    }
}

long long Database::queryInt(const char* sql) {
    Statement st(*this, sql);
    if (!st.step())
        return 0;
    return st.int64(0);
}

Statement& Database::cached(std::string_view sql) {
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(std::string(sql), std::make_unique<Statement>(*this, sql)).first;
    else
        it->second->reset();
    return *it->second;
}

long long Database::lastInsertId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

long long Database::totalChanges() const {
    return sqlite3_total_changes64(m_db);
}

void Database::setBusyTimeout(int milliseconds) {
    sqlite3_busy_timeout(m_db, milliseconds);
}

void Database::configureForWorkspace(int busyTimeoutMs) {
    // The busy timeout first: the other pragmas may already need to wait for a lock.
    setBusyTimeout(busyTimeoutMs);
    // journal_mode=WAL is stored in the file (a no-op when it is already WAL); the others are per
    // connection, so they are set on every open.
    exec("PRAGMA journal_mode = WAL");
    exec("PRAGMA foreign_keys = ON");
    exec("PRAGMA synchronous = NORMAL");
}

void Database::fail(int rc, std::string_view action) const {
    throw storageErrorFor(rc, m_path, action, sqlite3_errmsg(m_db));
}

} // namespace storyloom
