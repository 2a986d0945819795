#include "BreakdownSink.h"
#include "FrameworkScorers.h"
#include "NumberText.h"
#include "TotalSink.h"

namespace storyloom::scoring {

/// Custom formula: each top-level part joined by + or - is a term (weight +1 or -1), so the
/// breakdown of `reach * impact - effort` shows what each side contributes.
template <typename Sink> void scoreFormula(const Story& story, const ScoringContext& context, Sink& sink) {
    const Formula* formula = context.formula();
    if (!formula) {
        sink.fail([] {
            return std::string("no custom formula is set; set one with storyloom-cli scoring --formula EXPR");
        });
        return;
    }
    // One pass: terms of a story that turns out unscored are discarded by the sink.
    sink.combine(Combination::Sum);
    const std::size_t count = formula->termCount();
    for (std::size_t i = 0; i < count; ++i) {
        const FormulaValue v = formula->evaluateTerm(i, story);
        if (v.status == FormulaValue::Status::Missing)
            sink.missing(toId(v.missing));
        else if (v.status == FormulaValue::Status::Failed)
            sink.fail([&] {
                return "the formula " + std::string(v.failure) + " at position " + std::to_string(v.position);
            });
        else
            sink.term(formula->termText(i), v.value, v.value, formula->termSign(i));
    }
    if constexpr (Sink::kDetailed) {
        sink.note([&] {
            std::string text = "inputs:";
            for (StoryField f : formula->fields()) {
                const auto v = fieldValue(story, f);
                text += " " + std::string(toId(f)) + " = " +
                        (v ? formatNumber(*v) : std::string("not entered")) + ";";
            }
            text.pop_back();
            return text;
        });
    }
}

template void scoreFormula<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreFormula<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
