#pragma once

#include <stdexcept>
#include <string>

namespace storyloom {

/// A file Storyloom cannot read or write. `what()` is a full sentence naming the file, the line
/// and column where known, and the entity (story key, JSON path) involved.
class ExchangeError : public std::runtime_error {
public:
    ExchangeError(const std::string& message, std::string file = {}, int line = 0, int column = 0,
                  std::string where = {})
        : std::runtime_error(message), m_file(std::move(file)), m_line(line), m_column(column),
          m_where(std::move(where)) {}

    const std::string& file() const { return m_file; }
    int line() const { return m_line; }     ///< 1-based, 0 when unknown
    int column() const { return m_column; } ///< 1-based, 0 when unknown
    const std::string& where() const { return m_where; }

private:
    std::string m_file;
    int m_line;
    int m_column;
    std::string m_where;
};

} // namespace storyloom
