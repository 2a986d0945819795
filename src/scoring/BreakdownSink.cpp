#include "BreakdownSink.h"

#include <cmath>

namespace storyloom::scoring {

Breakdown BreakdownSink::take() {
    Breakdown& b = m_breakdown;
    const double total = m_total * b.scale;
    if (!m_unscored && !std::isfinite(total))
        fail([] { return std::string("the score is too large to compare; check for extreme input values"); });
    if (!m_unscored) {
        b.scored = true;
        b.total = total;
        return std::move(b);
    }
    b.scored = false;
    b.total = 0;
    b.terms.clear(); // a partial list of terms would not add up to anything
    b.scale = 1;
    b.scaleName.clear();
    std::string reason;
    if (!b.missing.empty()) {
        reason = "missing ";
        for (std::size_t i = 0; i < b.missing.size(); ++i)
            reason += (i ? ", " : "") + b.missing[i];
    }
    for (const auto& f : m_failures)
        reason += (reason.empty() ? "" : "; ") + f;
    b.reason = std::move(reason);
    return std::move(b);
}

} // namespace storyloom::scoring
