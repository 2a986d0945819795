#pragma once

#include "Framework.h"
#include "ScoringContext.h"
#include "domain/Story.h"

namespace storyloom::scoring {

/// The one formula of each framework, written once as a template over a term sink (TotalSink for
/// ranking, BreakdownSink for explanations). Each reports every missing input by its id, then, when
/// all are present, calls combine() once and term() for each part of the score.
/// Explicitly instantiated for both sinks in the framework's own .cpp; internal to the library.
template <typename Sink> void scoreRice(const Story& story, const ScoringContext& context, Sink& sink);
template <typename Sink> void scoreIce(const Story& story, const ScoringContext& context, Sink& sink);
template <typename Sink> void scoreWsjf(const Story& story, const ScoringContext& context, Sink& sink);
template <typename Sink> void scoreMoscow(const Story& story, const ScoringContext& context, Sink& sink);
template <typename Sink> void scoreKano(const Story& story, const ScoringContext& context, Sink& sink);
template <typename Sink> void scoreValueEffort(const Story& story, const ScoringContext& context, Sink& sink);
template <typename Sink> void scoreScorecard(const Story& story, const ScoringContext& context, Sink& sink);
template <typename Sink> void scoreFormula(const Story& story, const ScoringContext& context, Sink& sink);

/// Dispatches to the framework's scorer (MoSCoW and Kano call it for their base framework).
template <typename Sink>
void scoreWith(Framework framework, const Story& story, const ScoringContext& context, Sink& sink);

} // namespace storyloom::scoring
