#include "SqliteBaseline.h"

#include <sqlite3.h>

#include <stdexcept>
#include <vector>

namespace storyloom::bench {

std::size_t readStoryRowsWithSqlite(const std::string& path, bool keep) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("sqlite3 cannot open " + path);
    }
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT * FROM stories", -1, &statement, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        throw std::runtime_error("sqlite3 cannot read the stories of " + path);
    }
    std::size_t bytes = 0;
    std::vector<std::string> rows;
    const int columns = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        std::string row;
        for (int c = 0; c < columns; ++c) {
            const auto* text = sqlite3_column_text(statement, c);
            const int n = sqlite3_column_bytes(statement, c);
            bytes += static_cast<std::size_t>(n);
            if (keep && text)
                row.append(reinterpret_cast<const char*>(text), static_cast<std::size_t>(n)).push_back('\x1f');
        }
        if (keep)
            rows.push_back(std::move(row));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return bytes + rows.size();
}

} // namespace storyloom::bench
