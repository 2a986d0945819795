#pragma once

#include "Measure.h"
#include "Report.h"

#include "domain/Date.h"
#include "domain/Workspace.h"

#include <string>
#include <vector>

namespace storyloom::bench {

/// Figures of the exchange formats and roadmap exports (Jira JSON export, roadmap render).
std::vector<Figure> extraFigures(const std::string& path, const Workspace& loaded, int runs, Date today);
std::vector<SizeReport::Memory> extraMemory(const std::string& path, std::size_t stories);
/// Runs the memory probe `kind` of an extra figure (see peakRssOfProbeMb); 1 for an unknown kind.
int runExtraProbe(const std::string& kind, const std::string& path);

} // namespace storyloom::bench
