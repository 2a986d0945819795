#include "TextTable.h"

#include "TerminalText.h"

#include <algorithm>
#include <ostream>

namespace storyloom::cli {

void TextTable::addRow(std::vector<std::string> cells) {
    cells.resize(m_columns.size());
    for (auto& cell : cells)
        cell = singleLine(cell);
    m_rows.push_back(std::move(cells));
}

void TextTable::print(std::ostream& out) const {
    std::vector<std::size_t> widths;
    for (const auto& c : m_columns)
        widths.push_back(displayWidth(c.header));
    for (const auto& row : m_rows)
        for (std::size_t i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row[i]));

    auto printRow = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t i = 0; i < m_columns.size(); ++i) {
            const bool last = i + 1 == m_columns.size();
            if (i > 0)
                line += "  ";
            if (m_columns[i].align == Align::Right)
                line += padLeft(cells[i], widths[i]);
            else
                line += last ? cells[i] : padRight(cells[i], widths[i]);
        }
        while (!line.empty() && line.back() == ' ')
            line.pop_back();
        out << line << '\n';
    };
    std::vector<std::string> header;
    for (const auto& c : m_columns)
        header.push_back(c.header);
    printRow(header);
    for (const auto& row : m_rows)
        printRow(row);
}

} // namespace storyloom::cli
