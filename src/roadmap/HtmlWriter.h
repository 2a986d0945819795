#pragma once

#include "Scene.h"

#include <string>
#include <vector>

namespace storyloom::roadmap {

/// One self-contained HTML page: a title and date, then per view an inline SVG, its legend, the
/// changes since the baseline and a text list of the items for screen readers. No scripts, no
/// external URL of any kind, every user string escaped.
std::string writeHtml(const std::vector<Scene>& scenes, const std::string& pageTitle, Date date);

} // namespace storyloom::roadmap
