#include "BreakdownSink.h"
#include "FrameworkScorers.h"
#include "NumberText.h"
#include "TotalSink.h"

namespace storyloom::scoring {

/// WSJF (SAFe): cost of delay / job size, cost of delay = user-business value + time criticality +
/// risk reduction / opportunity enablement. Written as a sum so each part of the cost of delay is its
/// own term: each is weighted by 1 / job size.
template <typename Sink> void scoreWsjf(const Story& story, const ScoringContext& /*context*/, Sink& sink) {
    const ScoringInputs& in = story.inputs;
    if (!in.businessValue)
        sink.missing("businessValue");
    if (!in.timeCriticality)
        sink.missing("timeCriticality");
    if (!in.riskReduction)
        sink.missing("riskReduction");
    if (!in.jobSize)
        sink.missing("jobSize");
    if (sink.unscored())
        return;
    const double jobSize = *in.jobSize;
    if (jobSize <= 0) {
        sink.fail([&] {
            return "job size is " + formatNumber(jobSize) +
                   "; WSJF divides by job size, so use 1, 2, 3, 5, 8, 13 or 20";
        });
        return;
    }
    const double perJob = 1.0 / jobSize;
    const double value = *in.businessValue;
    const double time = *in.timeCriticality;
    const double risk = *in.riskReduction;
    sink.combine(Combination::Sum);
    sink.term("user-business value", value, value, perJob);
    sink.term("time criticality", time, time, perJob);
    sink.term("risk reduction / opportunity enablement", risk, risk, perJob);
    sink.note([&] {
        return "cost of delay " + formatNumber(value + time + risk) + " divided by job size " +
               formatNumber(jobSize);
    });
}

template void scoreWsjf<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreWsjf<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
