#pragma once

#include "domain/Story.h"

namespace storyloom {

/// Copies onto `target` every field in which `to` differs from `from`, and nothing else.
///
/// This is how the app writes an edit made on its in-memory copy of a story: the copy may be a few
/// seconds old (another process, such as the CLI, may have changed other fields of the same story
/// since the last reload), so the app replays only the fields the user changed onto the story as
/// the file holds it now. Each scoring input (and each scorecard criterion) is a field of its own.
/// Lists edited as sets (labels, personas, insights, blocked stories) are merged: what the edit
/// added is added, what it removed is removed, and what another writer added meanwhile stays.
/// Acceptance criteria count as one field. Identity (id, key) and the timestamps are never copied.
void applyChangedFields(const Story& from, const Story& to, Story& target);

} // namespace storyloom
