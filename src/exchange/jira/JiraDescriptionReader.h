#pragma once

#include "domain/AcceptanceCriterion.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom::jira {

/// The parts of a story that Storyloom writes into a Jira description.
struct StoryText {
    std::string asA;
    std::string iWant;
    std::string soThat;
    std::string description;
    std::vector<AcceptanceCriterion> criteria; ///< ids are 0
};

/// Reads a Jira wiki-markup description back into a story's parts, following the "Description layout"
/// of docs/jira-export.md: the user-story lines (*As a* / *I want* / *So that*), the description text
/// and the "h3. Acceptance criteria" section (Given/When/Then tables and free-text bullet lists).
/// Whatever does not follow that layout becomes description text, unescaped but otherwise unchanged:
/// a description from another tool becomes the story's description, and a criteria section that is
/// not in Storyloom's layout stays in the description with its heading. Never throws.
StoryText readStoryDescription(std::string_view wiki);

/// The criteria blocks alone (tables and bullet lists, as in the criteria section without its
/// heading), as a profile's acceptance-criteria custom field holds them; nullopt when `wiki` is not in
/// that layout.
std::optional<std::vector<AcceptanceCriterion>> readCriteriaBlocks(std::string_view wiki);

/// Undoes the writer's escaping, left to right in one pass: `\\` becomes a line break, `\` followed by
/// any other character becomes that character, `&#92;` becomes `\` and `&#38;` becomes `&`.
std::string unescapeWiki(std::string_view text);

} // namespace storyloom::jira
