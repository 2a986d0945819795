#include "BreakdownSink.h"
#include "EvidenceConfidence.h"
#include "FrameworkScorers.h"
#include "NumberText.h"
#include "TotalSink.h"

namespace storyloom::scoring {

/// RICE (Intercom): reach x impact x confidence / effort. Confidence is typed as a percentage and
/// used as a fraction; effort divides, so its factor is 1 / effort.
template <typename Sink> void scoreRice(const Story& story, const ScoringContext& context, Sink& sink) {
    const ScoringInputs& in = story.inputs;
    const bool fromEvidence = context.settings().evidence.enabled;
    if (!in.reach)
        sink.missing("reach");
    if (!in.impact)
        sink.missing("impact");
    if (!fromEvidence && !in.confidence)
        sink.missing("confidence");
    if (!in.effort)
        sink.missing("effort");
    if (sink.unscored())
        return;
    if (*in.effort <= 0) {
        sink.fail([&] {
            return "effort is " + formatNumber(*in.effort) +
                   " person-months; RICE divides by effort, so enter at least 0.5";
        });
        return;
    }
    double confidence = in.confidence.value_or(0);
    if (fromEvidence) {
        const EvidenceConfidence evidence = evidenceConfidence(story, context);
        confidence = evidence.percent;
        sink.note([&] {
            std::string text = "confidence " + formatRounded(evidence.percent, 3) + " % comes from " +
                               std::to_string(evidence.insightCount) + " linked insight" +
                               (evidence.insightCount == 1 ? "" : "s") + " (" +
                               formatRounded(evidence.points, 3) + " evidence points)";
            if (in.confidence)
                text += "; the typed confidence " + formatNumber(*in.confidence) + " % is not used";
            return text;
        });
    }
    sink.combine(Combination::Product);
    sink.term("reach", *in.reach, *in.reach);
    sink.term("impact", *in.impact, *in.impact);
    sink.term("confidence", confidence, confidence / 100.0);
    sink.term("effort", *in.effort, 1.0 / *in.effort);
}

template void scoreRice<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreRice<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
