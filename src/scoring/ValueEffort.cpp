#include "BreakdownSink.h"
#include "FrameworkScorers.h"
#include "NumberText.h"
#include "TotalSink.h"

namespace storyloom::scoring {

/// Value vs effort: value / effort, both on 1..10. The 2x2 quadrant (above 5 is high) is given as a
/// note; the order comes from the ratio alone.
template <typename Sink>
void scoreValueEffort(const Story& story, const ScoringContext& /*context*/, Sink& sink) {
    const ScoringInputs& in = story.inputs;
    if (!in.value)
        sink.missing("value");
    if (!in.valueEffort)
        sink.missing("valueEffort");
    if (sink.unscored())
        return;
    const double value = *in.value;
    const double effort = *in.valueEffort;
    if (effort <= 0) {
        sink.fail([&] {
            return "effort is " + formatNumber(effort) +
                   "; value vs effort divides by effort, so use 1 to 10";
        });
        return;
    }
    sink.combine(Combination::Product);
    sink.term("value", value, value);
    sink.term("effort", effort, 1.0 / effort);
    sink.note([&] {
        const bool highValue = value > 5;
        const bool highEffort = effort > 5;
        if (highValue && !highEffort)
            return std::string("quadrant: quick win (high value, low effort)");
        if (highValue)
            return std::string("quadrant: big bet (high value, high effort)");
        if (!highEffort)
            return std::string("quadrant: fill-in (low value, low effort)");
        return std::string("quadrant: time sink (low value, high effort)");
    });
}

template void scoreValueEffort<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreValueEffort<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
