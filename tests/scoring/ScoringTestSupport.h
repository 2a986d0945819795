#pragma once

#include "domain/Workspace.h"
#include "scoring/Score.h"
#include "scoring/ScoringContext.h"

#include <random>
#include <string>

namespace storyloom::test {

/// The "today" every scoring test uses, so evidence recency is fixed.
inline constexpr Date kToday{2026, 6, 1};

/// A story with a key and a manual rank; ids follow the key number.
Story story(int number, const std::string& rank = "");
Story riceStory(int number, double reach, double impact, double confidence, double effort);

/// A context over no insights (or the workspace's) for kToday.
scoring::ScoringContext context(const scoring::ScoringSettings& settings = {});
scoring::ScoringContext context(const scoring::ScoringSettings& settings, const Workspace& workspace);
scoring::ScoringSettings settingsFor(scoring::Framework framework);

/// A story with every scoring input drawn at random from its valid scale (seeded, deterministic).
Story randomStory(std::mt19937& rng, int number);

/// Combines a breakdown's terms the way its contract says: sum or product, times the scale.
double combineTerms(const scoring::Breakdown& breakdown);

} // namespace storyloom::test
