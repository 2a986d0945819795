#include "EvidenceConfidence.h"

#include <algorithm>
#include <cmath>

namespace storyloom::scoring {

double evidencePoints(const InsightFacts& insight, long long todayDays, const EvidenceSettings& settings) {
    double recency = settings.undatedFactor;
    if (insight.day) {
        // Research dated in the future (a typo or a time zone edge) counts as fresh, not as stronger.
        const double age = static_cast<double>(std::max(0LL, todayDays - *insight.day));
        recency = std::pow(0.5, age / settings.halfLifeDays);
    }
    const double weight = settings.sourceWeights[static_cast<std::size_t>(insight.source)];
    return insight.strength * weight * recency;
}

EvidenceConfidence evidenceConfidence(const Story& story, const ScoringContext& context) {
    const EvidenceSettings& settings = context.settings().evidence;
    EvidenceConfidence out;
    const auto& ids = story.insightIds;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (std::find(ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(i), ids[i]) !=
            ids.begin() + static_cast<std::ptrdiff_t>(i))
            continue; // linked twice: counts once
        const InsightFacts* insight = context.insight(ids[i]);
        if (!insight)
            continue;
        ++out.insightCount;
        out.points += insight->points;
    }
    out.percent =
        settings.floor + (100.0 - settings.floor) * (1.0 - std::pow(0.5, out.points / settings.saturation));
    return out;
}

} // namespace storyloom::scoring
