#pragma once

#include "domain/Ids.h"

#include <optional>
#include <string>
#include <unordered_map>

namespace storyloom::cli {

/// Epic keys by epic id, read straight from the workspace file, or nullopt when that fails.
///
/// A stop-gap: WorkspaceStore has no way to read epics without loading every story (load() takes
/// over a second on 100,000 stories, far over `list`'s budget), so `list` reads the epics table
/// itself, read-only, through a second connection. Callers fall back to WorkspaceDirectory when
/// this returns nullopt, so a schema change degrades speed, never correctness. Remove this file once
/// WorkspaceStore offers epics().
std::optional<std::unordered_map<Id, std::string>> readEpicKeys(const std::string& path);

} // namespace storyloom::cli
