#include "BreakdownSink.h"
#include "FrameworkScorers.h"
#include "TotalSink.h"

namespace storyloom::scoring {
namespace {

int tierOf(Moscow m) {
    switch (m) {
    case Moscow::Must:
        return 4;
    case Moscow::Should:
        return 3;
    case Moscow::Could:
        return 2;
    case Moscow::Wont:
        return 1;
    case Moscow::Unset:
        break;
    }
    return 0;
}

} // namespace

/// MoSCoW (DSDM): the class is the tier (Must > Should > Could > Won't); inside a class the
/// tie-break framework's score orders stories, or the manual order when there is none.
template <typename Sink> void scoreMoscow(const Story& story, const ScoringContext& context, Sink& sink) {
    const auto& tieBreak = context.settings().moscowTieBreak;
    if (story.moscow == Moscow::Unset)
        sink.missing("moscow");
    else
        sink.tier(tierOf(story.moscow), label(story.moscow));
    if (tieBreak) {
        sink.note(
            [&] { return "ties inside a MoSCoW class are broken by " + std::string(label(*tieBreak)); });
        scoreWith(*tieBreak, story, context, sink);
    } else {
        sink.note([] { return std::string("ties inside a MoSCoW class keep the manual order"); });
        sink.combine(Combination::Sum);
    }
}

template void scoreMoscow<TotalSink>(const Story&, const ScoringContext&, TotalSink&);
template void scoreMoscow<BreakdownSink>(const Story&, const ScoringContext&, BreakdownSink&);

} // namespace storyloom::scoring
