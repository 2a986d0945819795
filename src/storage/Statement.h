#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>

struct sqlite3_stmt;

namespace storyloom {

class Database;

/// One prepared statement (RAII over sqlite3_stmt*). Values are only ever bound, never formatted
/// into the SQL. Parameter indexes start at 1, column indexes at 0, as in SQLite.
class Statement {
public:
    Statement(Database& db, std::string_view sql);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bindInt64(int index, std::int64_t value);
    /// Every integer type (and bool, as 0/1) is stored as a 64-bit integer.
    template <typename T>
    requires std::is_integral_v<T> Statement& bind(int index, T value) {
        return bindInt64(index, static_cast<std::int64_t>(value));
    }
    Statement& bind(int index, double value);
    /// Binds a copy of the text, so the argument may go away before step().
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bindNull(int index);
    template <typename T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }
    /// Binds by parameter name, including its prefix (":key").
    template <typename T> Statement& bind(const char* name, const T& value) {
        return bind(indexOf(name), value);
    }
    int indexOf(const char* name) const;

    /// Advances to the next row: true when a row is available, false when done.
    bool step();
    /// Steps a statement that returns no rows (INSERT, UPDATE, DELETE).
    void run();
    /// For single-row queries: step once, read column 0, then reset, so that no read snapshot stays
    /// open between calls. nullopt when there is no row (or the value is NULL).
    std::optional<long long> singleInt64();
    std::optional<std::string> singleText();
    /// Steps once and resets: true when the query returns at least one row.
    bool any();
    /// Rewinds the statement and clears its bindings so it can be reused.
    void reset();

    bool isNull(int column) const;
    long long int64(int column) const;
    int int32(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    /// The text without a copy; valid until the next step(), reset() or column call on this column.
    std::string_view view(int column) const;
    std::optional<long long> optInt64(int column) const;
    std::optional<int> optInt32(int column) const;
    std::optional<double> optReal(int column) const;
    std::optional<std::string> optText(int column) const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace storyloom
