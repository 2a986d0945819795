#pragma once

#include "StorageError.h"

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;

namespace storyloom {

class Statement;

/// One SQLite connection (RAII over sqlite3*) plus the cache of prepared statements that the
/// repositories reuse. Every failure becomes a StorageError naming the workspace file.
/// Not thread-safe, like the store that owns it.
class Database {
public:
    enum class Mode {
        ReadWrite,        ///< the file must exist
        Create,           ///< the file may be created
        ReadOnly,         ///< never writes (may still create -wal/-shm next to a WAL file)
        ReadOnlyImmutable ///< never writes and creates nothing; only safe when no other connection is open
    };

    Database(std::string path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }

    /// Runs SQL without parameters (schema, pragmas, BEGIN/COMMIT). Never pass user values here.
    void exec(const char* sql);
    /// The first column of the first row of a parameterless query, as an integer.
    long long queryInt(const char* sql);

    /// A prepared statement for `sql`, prepared once per connection and reset for reuse. The
    /// reference stays valid for the life of the Database. Do not hold two uses of the same SQL at
    /// once (the second would reset the first).
    Statement& cached(std::string_view sql);

    long long lastInsertId() const;
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    int changes() const;
    /// Rows changed since the connection was opened (sqlite3_total_changes64).
    long long totalChanges() const;

    void setBusyTimeout(int milliseconds);
    /// What every read-write workspace connection gets: the busy timeout, WAL, foreign keys on and
    /// synchronous=NORMAL (safe with WAL: a power cut may lose the last commits, never corrupt).
    void configureForWorkspace(int busyTimeoutMs);

    /// Turns an SQLite result code into the StorageError the user sees. `action` completes the
    /// sentence "Storyloom could not ... " when no more specific message applies.
    [[noreturn]] void fail(int rc, std::string_view action) const;

private:
    std::string m_path;
    sqlite3* m_db = nullptr;
    // Transparent hashing: looking a statement up by its SQL does not copy the SQL.
    struct SqlHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    std::unordered_map<std::string, std::unique_ptr<Statement>, SqlHash, std::equal_to<>> m_cache;
};

/// The StorageError for result code `rc` on `path` (shared by Database and the open-time probe).
StorageError storageErrorFor(int rc, const std::string& path, std::string_view action,
                             std::string_view sqliteMessage);

} // namespace storyloom
