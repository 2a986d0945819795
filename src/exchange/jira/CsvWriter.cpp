#include "CsvWriter.h"

namespace storyloom::jira {

void CsvWriter::appendField(std::string& out, std::string_view value) {
    const bool neutralise =
        !value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                           value[0] == '\'' || value[0] == '\t' || value[0] == '\r');
    const bool quote = value.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quote)
        out += '"';
    if (neutralise)
        out += '\'';
    for (const char c : value) {
        if (c == '"')
            out += '"';
        out += c;
    }
    if (quote)
        out += '"';
}

std::string CsvWriter::field(std::string_view value) {
    std::string out;
    appendField(out, value);
    return out;
}

void CsvWriter::row(const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_out += ',';
        appendField(m_out, fields[i]);
    }
    m_out += "\r\n";
}

std::string CsvWriter::take() {
    std::string out = std::move(m_out);
    m_out.clear();
    return out;
}

} // namespace storyloom::jira
