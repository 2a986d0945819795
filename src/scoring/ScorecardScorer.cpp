#include "BreakdownSink.h"
#include "FrameworkScorers.h"
#include "NumberText.h"
#include "TotalSink.h"

namespace storyloom::scoring {

/// Weighted scorecard: each criterion's value on [min, max] is normalised to 0..1 (inverted when
/// lower is better) and multiplied by its weight; the score is the sum.
template <typename Sink> void scoreScorecard(const Story& story, const ScoringContext& context, Sink& sink) {
    const auto& criteria = context.settings().scorecard;
    if (criteria.empty()) {
        sink.fail([] {
            return std::string("no scorecard criteria are set up; add one with storyloom-cli scoring "
                               "--criterion 'NAME=min=1 max=5 weight=1 better=higher'");
        });
        return;
    }
    // Criteria and the story's values are both in name order (ScoringContext keeps criteria sorted),
    // so one walk over the story's map finds every value: no lookup per criterion.
    const auto& values = story.inputs.scorecard;
    auto it = values.begin();
    const auto end = values.end();
    sink.combine(Combination::Sum);
    for (const auto& c : criteria) {
        int order = 1;
        while (it != end && (order = it->first.compare(c.name)) < 0)
            ++it;
        if (it == end || order != 0) {
            sink.missing(c.name);
            continue;
        }
        const double v = it->second;
        if (v < c.min || v > c.max) {
            sink.fail([&] {
                return c.name + " is " + formatNumber(v) + ", outside its scale " + formatNumber(c.min) +
                       " to " + formatNumber(c.max);
            });
            continue;
        }
        double normalised = (v - c.min) / (c.max - c.min);
        if (!c.higherIsBetter)
            normalised = 1.0 - normalised;
        sink.term(c.name, v, normalised, c.weight);
    }
}

template void scoreScorecard<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreScorecard<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
