#pragma once

#include "Breakdown.h"

#include <string_view>
#include <utility>

namespace storyloom::scoring {

/// The term sink behind score(): records every term, note and missing input into a Breakdown.
/// Receives exactly the calls TotalSink receives (see TotalSink.h).
class BreakdownSink {
public:
    static constexpr bool kDetailed = true;

    explicit BreakdownSink(Framework framework) { m_breakdown.framework = framework; }

    void combine(Combination combination) {
        m_breakdown.combination = combination;
        m_total = combination == Combination::Sum ? 0.0 : 1.0;
    }
    void term(std::string_view name, double input, double factor, double weight = 1) {
        const double contribution = factor * weight;
        if (m_breakdown.combination == Combination::Sum)
            m_total += contribution;
        else
            m_total *= contribution;
        m_breakdown.terms.push_back({std::string(name), input, factor, weight, contribution});
    }
    void scale(std::string_view name, double factor) {
        m_breakdown.scale *= factor;
        if (!m_breakdown.scaleName.empty())
            m_breakdown.scaleName += ", ";
        m_breakdown.scaleName += name;
    }
    void tier(int tier, std::string_view label) {
        m_breakdown.tier = tier;
        m_breakdown.tierLabel = std::string(label);
    }
    void missing(std::string_view input) {
        m_unscored = true;
        for (const auto& m : m_breakdown.missing)
            if (m == input)
                return;
        m_breakdown.missing.emplace_back(input);
    }
    template <typename F> void fail(F&& reason) {
        m_unscored = true;
        m_failures.push_back(std::forward<F>(reason)());
    }
    template <typename F> void note(F&& text) { m_breakdown.notes.push_back(std::forward<F>(text)()); }

    bool unscored() const { return m_unscored; }

    /// The finished breakdown; call once.
    Breakdown take();

private:
    Breakdown m_breakdown;
    double m_total = 0;
    bool m_unscored = false;
    std::vector<std::string> m_failures;
};

} // namespace storyloom::scoring
