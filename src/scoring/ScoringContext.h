#pragma once

#include "Formula.h"
#include "ScoringSettings.h"
#include "domain/Date.h"
#include "domain/Insight.h"

#include <memory>
#include <optional>
#include <vector>

namespace storyloom::scoring {

/// What scoring needs from an insight to weigh it as evidence.
struct InsightFacts {
    Id id = 0;
    InsightSource source = InsightSource::Interview;
    std::optional<long long> day; ///< Date::toDays() of the research, nullopt when undated
    int strength = 3;
    double points = 0; ///< evidence points on the context's today (see EvidenceConfidence.h)
};

/// Everything a score depends on besides the story itself: the settings, the workspace's insights
/// (for evidence-based confidence) and "today" (for evidence recency). Scoring never reads a clock
/// or any global: two equal contexts give equal scores.
///
/// Self-contained (copies what it needs), cheap to copy, immutable once built.
class ScoringContext {
public:
    /// Compiles the settings' formula when one is set; throws ScoringError when it does not parse.
    /// Scorecard criteria are kept in name order (the order fromSettings gives them), which is also
    /// the order of their terms in a breakdown.
    ScoringContext(ScoringSettings settings, const std::vector<Insight>& insights, Date today);

    const ScoringSettings& settings() const { return m_settings; }
    Date today() const { return m_today; }
    long long todayDays() const { return m_todayDays; }
    /// The insight with this id, nullptr when the workspace has none.
    const InsightFacts* insight(Id id) const;
    /// The compiled custom formula, nullptr when none is set.
    const Formula* formula() const { return m_formula.get(); }

    /// The same context ranking by another framework (used by compare and sensitivity).
    ScoringContext withFramework(Framework framework) const;
    /// The same context with other settings (the formula is recompiled when it changed).
    ScoringContext withSettings(ScoringSettings settings) const;

private:
    void prepare();

    ScoringSettings m_settings;
    std::vector<InsightFacts> m_insights; ///< sorted by id
    Date m_today;
    long long m_todayDays = 0;
    std::shared_ptr<const Formula> m_formula;
};

} // namespace storyloom::scoring
