#pragma once

#include "domain/Story.h"

#include <nlohmann/json.hpp>

#include <string>

namespace storyloom::cli {

class WorkspaceDirectory;

/// The object `list --json` prints for each story. Field names are part of the CLI's contract:
/// key, title, epic (key or null), status, points (or null), moscow, labels, rank.
nlohmann::ordered_json storySummaryJson(const Story& story, const std::string& epicKey);

/// The object `show --json` prints: the summary fields, then user-story parts, description,
/// release, criteria, personas, insights, blocks, blockedBy, inputs (null when missing), scorecard,
/// createdAt and updatedAt.
nlohmann::ordered_json storyDetailJson(const Story& story, const WorkspaceDirectory& directory);

/// Two-space indented JSON with a trailing newline; invalid UTF-8 is replaced, never fatal.
std::string dumpJson(const nlohmann::ordered_json& json);

} // namespace storyloom::cli
