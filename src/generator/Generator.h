#pragma once

#include "domain/Workspace.h"

#include <cstdint>
#include <string>

namespace storyloom {

struct GeneratorOptions {
    std::size_t stories = 1000;
    std::size_t epics = 20;
    std::uint64_t seed = 1;
    std::string productName = "Generated product";
    std::string projectKey = "GEN";
    long long nowMs = 1'790'000'000'000; ///< "now" for timestamps and research dates
};

/// A synthetic but realistic workspace: themes, releases, personas, insights, epics with horizons
/// and dates, stories with user-story parts, 3-5 acceptance criteria each (some Given/When/Then,
/// some accessibility with WCAG references), labels, links, inputs for every scoring framework and the
/// scoring settings (RICE, two weighted-scorecard criteria) those inputs are meant for.
/// Ids start at 1; keys are assigned in order; ranks are evenly spaced.
/// Deterministic: the same options give the same workspace on every machine.
Workspace generateWorkspace(const GeneratorOptions& options);

} // namespace storyloom
