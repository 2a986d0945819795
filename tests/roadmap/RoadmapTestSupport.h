#pragma once

#include "domain/Workspace.h"
#include "roadmap/Scene.h"

#include <string>
#include <vector>

namespace storyloom::test {

/// resources/demo/demo-workspace.json: 8 epics BASK-1..8 (Now: 1-3, Next: 4-6, Later: 7-8; 7 and 8
/// undated), 5 themes, 3 dated releases, 60 stories.
const Workspace& demoWorkspace();

/// Keys of the scene's items with this role, in scene order.
std::vector<std::string> itemKeys(const roadmap::Scene& scene, roadmap::Role role);

/// Every text run of the scene joined with newlines (what a reader of the picture sees).
std::string allText(const roadmap::Scene& scene);

/// Occurrences of `needle` in `haystack`.
std::size_t countOf(const std::string& haystack, const std::string& needle);

} // namespace storyloom::test
