#pragma once

#include "JiraProfile.h"

#include "domain/Epic.h"
#include "domain/Story.h"

#include <string_view>

namespace storyloom {
class JsonWriter;
}

/// Atlassian Document Format (the rich text of Jira Cloud REST v3) for Storyloom's descriptions. The
/// document mirrors the wiki layout of JiraDescription.h: the user story (one paragraph per part, the
/// prefix in bold), the description (one paragraph per block of lines, line breaks as hardBreak), a
/// level-3 heading "Acceptance criteria", then a table per run of Given/When/Then criteria and a
/// bulletList per run of free-text criteria. Only doc, paragraph, text (strong / em marks), hardBreak,
/// heading, bulletList, listItem, table, tableRow, tableHeader and tableCell nodes are used; text nodes
/// are never empty (an empty table cell holds an empty paragraph).
namespace storyloom::jira::adf {

/// Writes the `doc` node of a story's description.
void writeStoryDescription(JsonWriter& w, const Story& story, const Profile& profile);
/// Writes a `doc` node holding only the acceptance criteria (tables and bullet lists).
void writeCriteria(JsonWriter& w, const Story& story);
/// Writes a `doc` node for plain text (an epic's description).
void writeText(JsonWriter& w, std::string_view text);

/// True when the story's description document would have content.
bool hasStoryDescription(const Story& story, const Profile& profile);

} // namespace storyloom::jira::adf
