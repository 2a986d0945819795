#pragma once

#include "Breakdown.h"

#include <cmath>
#include <string_view>

namespace storyloom::scoring {

/// The term sink used for ranking: keeps only the running total, never allocates.
///
/// Every framework is written once, as a template over a term sink (see FrameworkScorers.h); this
/// sink and BreakdownSink receive the same calls, so the ranked total and the explained total come
/// from the same arithmetic in the same order.
class TotalSink {
public:
    static constexpr bool kDetailed = false;

    void combine(Combination combination) {
        m_combination = combination;
        m_total = combination == Combination::Sum ? 0.0 : 1.0;
    }
    void term(std::string_view /*name*/, double /*input*/, double factor, double weight = 1) {
        const double contribution = factor * weight;
        if (m_combination == Combination::Sum)
            m_total += contribution;
        else
            m_total *= contribution;
    }
    void scale(std::string_view /*name*/, double factor) { m_scale *= factor; }
    void tier(int tier, std::string_view /*label*/) { m_tier = tier; }
    void missing(std::string_view /*input*/) { m_unscored = true; }
    /// `reason` is a callable returning the sentence; only BreakdownSink calls it.
    template <typename F> void fail(F&& /*reason*/) { m_unscored = true; }
    template <typename F> void note(F&& /*text*/) {}

    bool unscored() const { return m_unscored; }

    ScoreValue result() const {
        const double total = m_total * m_scale;
        if (m_unscored || !std::isfinite(total))
            return {};
        return {true, m_tier, total};
    }

private:
    Combination m_combination = Combination::Sum;
    double m_total = 0;
    double m_scale = 1;
    int m_tier = 0;
    bool m_unscored = false;
};

} // namespace storyloom::scoring
