#pragma once

#include <string>
#include <string_view>

/// Escaping of user text for Jira wiki markup, exactly as docs/jira-export.md ("Escaping") specifies:
/// the import side reverses it, so change both together.
namespace storyloom::jira::wiki {

/// For text that keeps its own lines (a description): line breaks stay line breaks, and a line that
/// starts like a heading (`h1.` to `h6.`, `bq.`) is neutralised.
std::string escapeBlock(std::string_view text);
/// For text that must stay on one line (user story lines, table cells, list items): line breaks are
/// written as Jira's forced line break `\\`.
std::string escapeInline(std::string_view text);

/// Appends escapeBlock(text) / escapeInline(text) to `out` (no temporary string).
void appendBlock(std::string& out, std::string_view text);
void appendInline(std::string& out, std::string_view text);

} // namespace storyloom::jira::wiki
