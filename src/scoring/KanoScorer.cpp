#include "BreakdownSink.h"
#include "FrameworkScorers.h"
#include "KanoCategory.h"
#include "NumberText.h"
#include "TotalSink.h"

namespace storyloom::scoring {
namespace {

int tierOf(KanoCategory c) {
    switch (c) {
    case KanoCategory::MustBe:
        return 4;
    case KanoCategory::OneDimensional:
        return 3;
    case KanoCategory::Attractive:
        return 2;
    case KanoCategory::Indifferent:
        return 1;
    case KanoCategory::Reverse:
    case KanoCategory::Questionable:
        break;
    }
    return 0;
}

} // namespace

/// Kano: the category comes from the answer pair through the evaluation table (KanoCategory.h).
/// Order mode: the category is the tier (must-be > one-dimensional > attractive > indifferent >
/// reverse), the base framework breaks ties. Weight mode: the category's weight multiplies the base
/// framework's score (or is the score when there is no base). Questionable answers leave the story
/// unscored: the answers contradict each other.
template <typename Sink> void scoreKano(const Story& story, const ScoringContext& context, Sink& sink) {
    const ScoringInputs& in = story.inputs;
    const KanoSettings& kano = context.settings().kano;
    if (!in.kanoFunctional)
        sink.missing("kanoFunctional");
    if (!in.kanoDysfunctional)
        sink.missing("kanoDysfunctional");
    if (sink.unscored())
        return;
    const KanoCategory category = classifyKano(*in.kanoFunctional, *in.kanoDysfunctional);
    if (category == KanoCategory::Questionable) {
        sink.fail([&] {
            return "the Kano answers (" + std::string(toId(*in.kanoFunctional)) + " / " +
                   std::string(toId(*in.kanoDysfunctional)) +
                   ") contradict each other, so the category is questionable; ask the questions again";
        });
        return;
    }
    sink.note([&] {
        return "Kano answers " + std::string(toId(*in.kanoFunctional)) + " / " +
               std::string(toId(*in.kanoDysfunctional)) + " make it " + std::string(label(category));
    });
    if (kano.mode == KanoMode::Order) {
        sink.tier(tierOf(category), label(category));
        if (kano.base)
            scoreWith(*kano.base, story, context, sink);
        else
            sink.combine(Combination::Sum);
        return;
    }
    const double weight = kano.weights[static_cast<std::size_t>(category)];
    if (kano.base) {
        scoreWith(*kano.base, story, context, sink);
        sink.scale(label(category), weight);
    } else {
        sink.combine(Combination::Sum);
        sink.term(label(category), weight, weight);
    }
}

template void scoreKano<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreKano<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
