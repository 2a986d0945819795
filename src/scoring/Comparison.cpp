#include "Comparison.h"

#include "KendallTau.h"
#include "ScoringError.h"

#include <algorithm>
#include <unordered_map>

namespace storyloom::scoring {

Comparison compareFrameworks(const Ranker& ranker, const ScoringContext& context,
                             const std::vector<Framework>& frameworks) {
    if (frameworks.size() < 2)
        throw ScoringError("Comparing needs at least two frameworks, such as rice,wsjf.");
    for (std::size_t i = 0; i < frameworks.size(); ++i)
        for (std::size_t j = i + 1; j < frameworks.size(); ++j)
            if (frameworks[i] == frameworks[j])
                throw ScoringError("The framework " + std::string(toId(frameworks[i])) +
                                   " is listed twice; compare different frameworks.");
    Comparison c;
    c.frameworks = frameworks;
    const std::size_t f = frameworks.size();
    std::vector<std::vector<Id>> scoredOrders(f);
    std::vector<std::unordered_map<Id, std::size_t>> positions(f);
    for (std::size_t k = 0; k < f; ++k) {
        c.rankings.push_back(ranker.rank(context.withFramework(frameworks[k])));
        const Ranking& r = c.rankings.back();
        positions[k].reserve(r.scoredCount);
        for (const auto& e : r.entries) {
            if (!e.score.scored)
                continue;
            scoredOrders[k].push_back(e.storyId);
            positions[k].emplace(e.storyId, e.position);
        }
    }
    c.rows.reserve(c.rankings.front().entries.size());
    for (const auto& e : c.rankings.front().entries) {
        ComparisonRow row;
        row.storyId = e.storyId;
        for (std::size_t k = 0; k < f; ++k) {
            const auto it = positions[k].find(e.storyId);
            row.positions.push_back(it == positions[k].end() ? std::nullopt
                                                             : std::optional<std::size_t>(it->second));
        }
        for (std::size_t k = 0; k < f; ++k) {
            if (row.positions[0] && row.positions[k])
                row.moves.push_back(static_cast<long long>(*row.positions[0]) -
                                    static_cast<long long>(*row.positions[k]));
            else
                row.moves.push_back(std::nullopt);
        }
        c.rows.push_back(std::move(row));
    }
    c.tau.assign(f, std::vector<std::optional<double>>(f));
    for (std::size_t i = 0; i < f; ++i)
        for (std::size_t j = i; j < f; ++j) {
            const auto tau = kendallTau(scoredOrders[i], scoredOrders[j]);
            c.tau[i][j] = tau;
            c.tau[j][i] = tau;
        }
    return c;
}

} // namespace storyloom::scoring
