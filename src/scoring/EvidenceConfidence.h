#pragma once

#include "ScoringContext.h"
#include "domain/Story.h"

namespace storyloom::scoring {

/// Confidence derived from a story's linked insights instead of a typed guess.
///
/// Each linked insight earns evidence points = strength (1..5) x source weight x recency, where
/// recency = 0.5 ^ (age in days / half-life) (undated insights use the undated factor). Then
///     confidence % = floor + (100 - floor) x (1 - 0.5 ^ (points / saturation))
/// so every `saturation` points halve the remaining doubt, and no evidence gives the floor.
struct EvidenceConfidence {
    double percent = 0;
    int insightCount = 0; ///< linked insights that exist in the workspace (each counted once)
    double points = 0;
};

EvidenceConfidence evidenceConfidence(const Story& story, const ScoringContext& context);
/// Evidence points of one insight on `todayDays` (Date::toDays()).
double evidencePoints(const InsightFacts& insight, long long todayDays, const EvidenceSettings& settings);

} // namespace storyloom::scoring
