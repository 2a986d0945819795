#include "EpicKeys.h"

#include <sqlite3.h>

#include <memory>

namespace storyloom::cli {

std::optional<std::unordered_map<Id, std::string>> readEpicKeys(const std::string& path) {
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READONLY, nullptr);
    const std::unique_ptr<sqlite3, int (*)(sqlite3*)> db(raw, &sqlite3_close);
    if (opened != SQLITE_OK)
        return std::nullopt;
    sqlite3_stmt* rawStatement = nullptr;
    if (sqlite3_prepare_v2(db.get(), "SELECT id, key FROM epics", -1, &rawStatement, nullptr) != SQLITE_OK)
        return std::nullopt;
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(rawStatement, &sqlite3_finalize);
    std::unordered_map<Id, std::string> keys;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        const unsigned char* key = sqlite3_column_text(statement.get(), 1);
        if (!key)
            return std::nullopt;
        keys.emplace(sqlite3_column_int64(statement.get(), 0), reinterpret_cast<const char*>(key));
    }
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return keys;
}

} // namespace storyloom::cli
