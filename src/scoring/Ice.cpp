#include "BreakdownSink.h"
#include "EvidenceConfidence.h"
#include "FrameworkScorers.h"
#include "NumberText.h"
#include "TotalSink.h"

namespace storyloom::scoring {

/// ICE (Sean Ellis): impact, confidence and ease on 1..10, averaged (mean, each weighted 1/3) or
/// multiplied (product), as scoring.ice.combiner says.
template <typename Sink> void scoreIce(const Story& story, const ScoringContext& context, Sink& sink) {
    const ScoringInputs& in = story.inputs;
    const bool fromEvidence = context.settings().evidence.enabled;
    if (!in.iceImpact)
        sink.missing("iceImpact");
    if (!fromEvidence && !in.iceConfidence)
        sink.missing("iceConfidence");
    if (!in.iceEase)
        sink.missing("iceEase");
    if (sink.unscored())
        return;
    double confidence = in.iceConfidence.value_or(0);
    if (fromEvidence) {
        // The evidence formula gives a percentage; ICE's scale is 1..10.
        const EvidenceConfidence evidence = evidenceConfidence(story, context);
        confidence = evidence.percent / 10.0;
        sink.note([&] {
            return "confidence " + formatRounded(confidence, 3) + " of 10 comes from " +
                   std::to_string(evidence.insightCount) + " linked insight" +
                   (evidence.insightCount == 1 ? "" : "s") + " (" + formatRounded(evidence.points, 3) +
                   " evidence points)";
        });
    }
    const double impact = *in.iceImpact;
    const double ease = *in.iceEase;
    if (context.settings().iceCombiner == IceCombiner::Mean) {
        constexpr double third = 1.0 / 3.0;
        sink.combine(Combination::Sum);
        sink.term("impact", impact, impact, third);
        sink.term("confidence", confidence, confidence, third);
        sink.term("ease", ease, ease, third);
    } else {
        sink.combine(Combination::Product);
        sink.term("impact", impact, impact);
        sink.term("confidence", confidence, confidence);
        sink.term("ease", ease, ease);
    }
}

template void scoreIce<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreIce<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
