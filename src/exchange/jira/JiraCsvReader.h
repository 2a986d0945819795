#pragma once

#include "JiraImport.h"

#include <string>
#include <string_view>

namespace storyloom::jira {

/// Reads a Jira CSV file: the columns Storyloom's Jira CSV export writes and those of a Jira Cloud CSV
/// export. The first record names the columns; they are matched by name, ignoring case and spaces at
/// the ends, in any order; columns not listed here are ignored:
///
/// - "Summary" (required); "Issue key"; "Issue id" (Jira's number, used by "Parent"); "Issue Type"
///   (default Story); "Description"; "Status"; "Priority"; "Labels" (repeated: each column adds one);
/// - story points: "Custom field (NAME)" or "NAME" for each name in options.pointsFields;
/// - epics: "Custom field (Epic Name)" / "Epic Name", "Custom field (Epic Link)" / "Epic Link";
/// - parents: "Parent" or "Parent id" (the parent's Issue id or key);
/// - "Outward issue link (Blocks)" (repeated; the issues this one blocks) and
///   "Inward issue link (Blocks)" (the issues that block this one);
/// - "Project key" and "Project name" (the first non-empty ones name the project).
///
/// Throws ExchangeError naming `fileName` with the line and column of the cell: the CSV problems of
/// CsvReader, a missing Summary column, a record with more or fewer cells than the header, an empty
/// summary, story points that are not a number.
SourceFile readJiraCsv(std::string_view text, const std::string& fileName, const ImportOptions& options);

} // namespace storyloom::jira
