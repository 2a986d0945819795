#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storyloom::jira {

/// Builds RFC 4180 CSV text: fields holding a comma, a double quote, CR or LF are quoted with quotes
/// doubled; records end with CR LF. A field starting with = + - @ ' (or a tab or CR) gets a leading
/// apostrophe so spreadsheet programs show it as text instead of running it as a formula; the apostrophe
/// case makes the rule reversible (a reader drops one leading apostrophe before those characters).
class CsvWriter {
public:
    void row(const std::vector<std::string>& fields);
    /// The text so far; the writer is empty afterwards.
    std::string take();

    /// One field as written (quoted and neutralised as above).
    static std::string field(std::string_view value);

private:
    static void appendField(std::string& out, std::string_view value);
    std::string m_out;
};

} // namespace storyloom::jira
