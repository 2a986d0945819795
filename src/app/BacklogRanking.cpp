#include "BacklogRanking.h"

#include "scoring/Score.h"
#include "scoring/ScoringError.h"

#include <algorithm>

namespace storyloom {
namespace {

constexpr long long kMsPerDay = 86'400'000;

} // namespace

BacklogRanking::BacklogRanking(const Workspace& workspace, const Clock& clock)
    : m_workspace(workspace), m_clock(clock) {
    rebuild();
}

void BacklogRanking::rebuild() {
    m_ranker = std::make_unique<scoring::Ranker>(m_workspace);
    readSettings();
    rerank();
}

void BacklogRanking::reloadSettings() {
    readSettings();
    rerank();
}

void BacklogRanking::readSettings() {
    const Date today = Date::fromDays(m_clock.nowMs() / kMsPerDay);
    m_settingsError.clear();
    try {
        m_settings = scoring::ScoringSettings::fromSettings(m_workspace.settings);
        m_context.emplace(m_settings, m_workspace.insights, today);
    } catch (const scoring::ScoringError& e) {
        // A hand-edited or newer file may hold a setting this build cannot use: rank by the
        // defaults rather than refuse to show the backlog, and say why.
        m_settingsError = e.what();
        m_settings = scoring::ScoringSettings{};
        m_context.emplace(m_settings, m_workspace.insights, today);
    }
}

void BacklogRanking::rerank() {
    m_ranker->rank(*m_context, m_ranking);
    indexPositions();
}

void BacklogRanking::indexPositions() {
    m_positionByIndex.assign(m_workspace.stories.size(), 0);
    m_maxScore = 0;
    for (const auto& entry : m_ranking.entries) {
        const auto i = m_ranker->indexOfId(entry.storyId);
        if (i >= 0)
            m_positionByIndex[static_cast<std::size_t>(i)] = static_cast<std::uint32_t>(entry.position);
        if (entry.score.scored)
            m_maxScore = std::max(m_maxScore, entry.score.total);
    }
}

std::size_t BacklogRanking::position(Id storyId) const {
    const auto i = storyIndex(storyId);
    return i < 0 || static_cast<std::size_t>(i) >= m_positionByIndex.size()
               ? 0
               : m_positionByIndex[static_cast<std::size_t>(i)];
}

std::ptrdiff_t BacklogRanking::storyIndex(Id storyId) const {
    return m_ranker->indexOfId(storyId);
}

scoring::Breakdown BacklogRanking::explain(Id storyId) const {
    const auto i = storyIndex(storyId);
    if (i < 0) {
        scoring::Breakdown none;
        none.framework = m_settings.framework;
        none.reason = "no such story";
        return none;
    }
    return scoring::score(m_workspace.stories[static_cast<std::size_t>(i)], *m_context);
}

} // namespace storyloom
