#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace storyloom::cli {

/// A plain-text table with a header row and columns aligned by code-point width. Cells are made
/// single-line and safe for a terminal (see singleLine); the last column is not padded.
class TextTable {
public:
    enum class Align { Left, Right };
    struct Column {
        std::string header;
        Align align = Align::Left;
    };

    explicit TextTable(std::vector<Column> columns) : m_columns(std::move(columns)) {}

    /// One row; missing cells are empty, extra cells are ignored.
    void addRow(std::vector<std::string> cells);
    std::size_t rowCount() const { return m_rows.size(); }
    void print(std::ostream& out) const;

private:
    std::vector<Column> m_columns;
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace storyloom::cli
