#pragma once

#include "JiraProfile.h"

#include "domain/Epic.h"
#include "domain/Story.h"

#include <string>

/// The wiki markup Storyloom writes into a Jira description, laid out exactly as docs/jira-export.md
/// ("Description layout") specifies. The import side parses it back: change both together and record
/// any change in the layout section of that document.
namespace storyloom::jira {

inline constexpr std::string_view kCriteriaHeading = "h3. Acceptance criteria";

/// The user story, the description text and (when the profile keeps them in the description) the
/// acceptance criteria section.
std::string storyDescription(const Story& story, const Profile& profile);
/// The criteria blocks alone (tables and bullet lists, separated by empty lines), as a custom field
/// holds them; empty when the story has no criteria.
std::string criteriaBlocks(const Story& story);
/// An epic's description: its text in block form.
std::string epicDescription(const Epic& epic);

/// "(/)" or "(x)".
std::string_view doneMarker(bool done);

} // namespace storyloom::jira
