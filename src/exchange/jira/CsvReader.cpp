#include "CsvReader.h"

#include "exchange/ReadError.h"
#include "exchange/Utf8.h"

#include <cstdio>

namespace storyloom::jira {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr const char* kAdvice = "Correct the file in a text editor or export it again";

bool isBreak(char c) {
    return c == '\n' || c == '\r';
}

std::string describeByte(char c) {
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(c)));
    return hex;
}

} // namespace

CsvReader::CsvReader(std::string_view text, const std::string& fileName) : m_text(text), m_file(fileName) {
    if (m_text.substr(0, kBom.size()) == kBom)
        m_pos = kBom.size();
}

void CsvReader::fail(int line, int column, const std::string& problem) const {
    throwReadError(m_file,
                   problem + " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")",
                   kAdvice, line, column);
}

/// Moves past `bytes` bytes that hold one character (or a CRLF pair, which the caller counts as a line).
void CsvReader::advanceOver(std::size_t bytes) {
    m_pos += bytes;
    ++m_column;
}

bool CsvReader::next(CsvRecord& record) {
    // Blank lines between records carry no data.
    while (m_pos < m_text.size() && isBreak(m_text[m_pos])) {
        m_pos += (m_text[m_pos] == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ? 2 : 1;
        ++m_line;
        m_column = 1;
    }
    if (m_pos >= m_text.size())
        return false;

    record.line = m_line;
    record.fields.clear();
    for (;;) {
        record.fields.emplace_back();
        readField(record.fields.back());
        if (m_pos >= m_text.size())
            return true;
        const char c = m_text[m_pos];
        if (c == ',') {
            advanceOver(1);
            continue;
        }
        // readField stops only at a comma, a line break or the end.
        m_pos += (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ? 2 : 1;
        ++m_line;
        m_column = 1;
        return true;
    }
}

void CsvReader::readField(CsvField& field) {
    field.line = m_line;
    field.column = m_column;
    if (m_pos < m_text.size() && m_text[m_pos] == '"') {
        readQuoted(field);
        return;
    }
    const std::size_t start = m_pos;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == ',' || isBreak(c))
            break;
        const std::size_t n = utf8::sequenceLength(m_text, m_pos);
        if (n == 0)
            fail(m_line, m_column,
                 "the byte " + describeByte(c) + " is not valid UTF-8; save the file as UTF-8");
        advanceOver(n);
    }
    field.text.assign(m_text.substr(start, m_pos - start));
}

void CsvReader::readQuoted(CsvField& field) {
    const int openLine = m_line;
    const int openColumn = m_column;
    advanceOver(1); // the opening quote
    std::size_t runStart = m_pos;
    for (;;) {
        if (m_pos >= m_text.size())
            fail(openLine, openColumn,
                 "the quoted field that starts here is never closed: a double quote (\") is missing "
                 "before the end of the file");
        const char c = m_text[m_pos];
        if (c == '"') {
            field.text.append(m_text.substr(runStart, m_pos - runStart));
            if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '"') {
                field.text += '"';
                m_pos += 2;
                m_column += 2;
                runStart = m_pos;
                continue;
            }
            advanceOver(1); // the closing quote
            if (m_pos < m_text.size() && m_text[m_pos] != ',' && !isBreak(m_text[m_pos]))
                fail(m_line, m_column,
                     "there is text after the closing quote of a field; inside a quoted field a double "
                     "quote is written twice (\"\")");
            return;
        }
        if (isBreak(c)) {
            m_pos += (c == '\r' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\n') ? 2 : 1;
            ++m_line;
            m_column = 1;
            continue;
        }
        const std::size_t n = utf8::sequenceLength(m_text, m_pos);
        if (n == 0)
            fail(m_line, m_column,
                 "the byte " + describeByte(c) + " is not valid UTF-8; save the file as UTF-8");
        advanceOver(n);
    }
}

} // namespace storyloom::jira
