#pragma once

#include "JiraImport.h"

#include <string>
#include <string_view>

namespace storyloom::jira {

/// Reads a Jira JSON importer file (`projects[].issues[]`, `customFieldValues`, `links[]`): the files
/// Storyloom's Jira JSON export writes and hand-written ones following the same format.
///
/// Per issue: externalId (text or a whole number), issueType, summary, description, status, priority,
/// labels, the story points custom field (options.pointsFields, value as text or number), Epic Name and
/// Epic Link (by field name or by their greenhopper field types), and "parent" (an externalId).
/// `links[]` named "sub-task-link" make the source issue a child of the destination; "Blocks" makes
/// the source block the destination. Other keys, custom fields and link types are ignored.
///
/// Throws ExchangeError naming `fileName`, the line and column and the JSON path: malformed JSON
/// (with the scanner's position), a key given twice, nesting deeper than kMaxJsonDepth, ill-formed
/// UTF-8, a value of the wrong type, a link to an externalId that is not in the file. Every issue in
/// the result carries its line and column.
SourceFile readJiraJson(std::string_view text, const std::string& fileName, const ImportOptions& options);

} // namespace storyloom::jira
