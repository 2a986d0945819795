#include "ScoringContext.h"

#include "EvidenceConfidence.h"
#include "FormulaError.h"
#include "ScoringError.h"

#include <algorithm>

namespace storyloom::scoring {
namespace {

std::shared_ptr<const Formula> compile(const std::string& text) {
    if (text.empty())
        return nullptr;
    try {
        return std::make_shared<const Formula>(Formula::parse(text));
    } catch (const FormulaError& e) {
        throw ScoringError("The custom formula in scoring.formula does not parse: " + std::string(e.what()) +
                               ".",
                           "scoring.formula");
    }
}

} // namespace

ScoringContext::ScoringContext(ScoringSettings settings, const std::vector<Insight>& insights, Date today)
    : m_settings(std::move(settings)), m_today(today), m_todayDays(today.toDays()) {
    m_insights.reserve(insights.size());
    for (const auto& i : insights) {
        InsightFacts f;
        f.id = i.id;
        f.source = i.source;
        if (i.date)
            f.day = i.date->toDays();
        f.strength = i.strength;
        m_insights.push_back(f);
    }
    std::sort(m_insights.begin(), m_insights.end(),
              [](const InsightFacts& a, const InsightFacts& b) { return a.id < b.id; });
    m_formula = compile(m_settings.formula);
    prepare();
}

void ScoringContext::prepare() {
    // Per-insight evidence points depend only on the insight, today and the settings: computing
    // them once here keeps pow() out of the per-story loop.
    for (auto& insight : m_insights)
        insight.points = evidencePoints(insight, m_todayDays, m_settings.evidence);
    std::stable_sort(
        m_settings.scorecard.begin(), m_settings.scorecard.end(),
        [](const ScorecardCriterion& a, const ScorecardCriterion& b) { return a.name < b.name; });
}

const InsightFacts* ScoringContext::insight(Id id) const {
    const auto it = std::lower_bound(m_insights.begin(), m_insights.end(), id,
                                     [](const InsightFacts& f, Id v) { return f.id < v; });
    if (it == m_insights.end() || it->id != id)
        return nullptr;
    return &*it;
}

ScoringContext ScoringContext::withFramework(Framework framework) const {
    ScoringContext copy = *this;
    copy.m_settings.framework = framework; // nothing prepared depends on the framework
    return copy;
}

ScoringContext ScoringContext::withSettings(ScoringSettings settings) const {
    ScoringContext copy = *this;
    const bool sameFormula = settings.formula == m_settings.formula;
    copy.m_settings = std::move(settings);
    if (!sameFormula)
        copy.m_formula = compile(copy.m_settings.formula);
    copy.prepare();
    return copy;
}

} // namespace storyloom::scoring
