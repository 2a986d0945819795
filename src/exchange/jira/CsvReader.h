#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom::jira {

/// One field of a CSV record with the place it starts in the file (1-based; the column counts
/// characters, as text editors do).
struct CsvField {
    std::string text;
    int line = 0;
    int column = 0;
};

/// One record (row) of a CSV file.
struct CsvRecord {
    std::vector<CsvField> fields;
    int line = 0; ///< the line the record starts on
};

/// Reads RFC 4180 CSV text record by record: fields separated by commas, records by CRLF, LF or CR;
/// a field in double quotes may hold commas, line breaks (kept as they are in the file) and quotes
/// written twice (""). A leading UTF-8 byte order mark is skipped; a line break after the last
/// record is optional; blank lines are skipped.
///
/// Strict where laxness would silently change data: a quote that is never closed, text after a closing
/// quote and ill-formed UTF-8 throw ExchangeError naming `fileName`, the line and the column. A quote
/// inside an unquoted field is kept as text (spreadsheets write such files).
class CsvReader {
public:
    /// `text` and `fileName` must outlive the reader.
    CsvReader(std::string_view text, const std::string& fileName);

    /// Reads the next record into `record`; false at the end of the text.
    bool next(CsvRecord& record);

private:
    void readField(CsvField& field);
    void readQuoted(CsvField& field);
    void advanceOver(std::size_t bytes);
    [[noreturn]] void fail(int line, int column, const std::string& problem) const;

    std::string_view m_text;
    const std::string& m_file;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace storyloom::jira
