#include "Score.h"

#include "BreakdownSink.h"
#include "FrameworkScorers.h"
#include "TotalSink.h"

namespace storyloom::scoring {

template <typename Sink>
void scoreWith(Framework framework, const Story& story, const ScoringContext& context, Sink& sink) {
    switch (framework) {
    case Framework::Rice:
        return scoreRice(story, context, sink);
    case Framework::Ice:
        return scoreIce(story, context, sink);
    case Framework::Wsjf:
        return scoreWsjf(story, context, sink);
    case Framework::Moscow:
        return scoreMoscow(story, context, sink);
    case Framework::Kano:
        return scoreKano(story, context, sink);
    case Framework::ValueEffort:
        return scoreValueEffort(story, context, sink);
    case Framework::Scorecard:
        return scoreScorecard(story, context, sink);
    case Framework::Formula:
        return scoreFormula(story, context, sink);
    }
}

template void scoreWith<TotalSink>(Framework, const Story&, const ScoringContext&, TotalSink&);
template void scoreWith<BreakdownSink>(Framework, const Story&, const ScoringContext&, BreakdownSink&);

Breakdown score(const Story& story, const ScoringContext& context, Framework framework) {
    BreakdownSink sink(framework);
    scoreWith(framework, story, context, sink);
    return sink.take();
}

Breakdown score(const Story& story, const ScoringContext& context) {
    return score(story, context, context.settings().framework);
}

ScoreValue scoreValue(const Story& story, const ScoringContext& context, Framework framework) {
    TotalSink sink;
    scoreWith(framework, story, context, sink);
    return sink.result();
}

ScoreValue scoreValue(const Story& story, const ScoringContext& context) {
    return scoreValue(story, context, context.settings().framework);
}

} // namespace storyloom::scoring
