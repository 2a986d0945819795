#pragma once

#include "Breakdown.h"
#include "ScoringContext.h"
#include "domain/Story.h"

namespace storyloom::scoring {

/// The score of `story` under the context's active framework, term by term: what the "why this
/// rank" panel, `storyloom-cli rank --explain` and the tests read. A story missing an input comes
/// back unscored with the missing inputs named, never with a silent zero.
Breakdown score(const Story& story, const ScoringContext& context);
Breakdown score(const Story& story, const ScoringContext& context, Framework framework);

/// The same computation keeping only the total (no allocation): what ranking uses.
/// Invariant: scoreValue(s, c) == score(s, c).value().
ScoreValue scoreValue(const Story& story, const ScoringContext& context);
ScoreValue scoreValue(const Story& story, const ScoringContext& context, Framework framework);

} // namespace storyloom::scoring
