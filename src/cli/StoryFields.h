#pragma once

#include "domain/Story.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom::cli {

/// The FIELD names `storyloom-cli set` accepts, in the order the help lists them.
const std::vector<std::string>& settableFields();

/// Finds an epic's id by key; throws DataError naming the key and the file when there is none.
using EpicResolver = std::function<Id(const std::string& key)>;

/// Sets FIELD of `story` from the text VALUE as typed on the command line. "none" clears optional
/// fields (points, epic and every scoring input). Throws UsageError for an unknown field and
/// DataError stating the rule ("points must be one of 0, 1, 2, 3, 5, 8, 13, 21 or none") for a value
/// the field does not allow.
void setStoryField(Story& story, std::string_view field, std::string_view value, const EpicResolver& epicId);

/// An acceptance criterion from one command-line argument: "Given … When … Then …" (any case) is
/// split into its three parts, anything else is free text.
AcceptanceCriterion parseCriterion(std::string_view text);

/// Comma-separated labels, trimmed, without empty or repeated ones.
std::vector<std::string> parseLabels(std::string_view text);

/// Throws DataError listing the problems validate(story) finds, naming the story key.
void requireValid(const Story& story);

} // namespace storyloom::cli
