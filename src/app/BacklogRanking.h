#pragma once

#include "domain/Clock.h"
#include "domain/Workspace.h"
#include "scoring/Breakdown.h"
#include "scoring/Ranker.h"
#include "scoring/Ranking.h"
#include "scoring/ScoringContext.h"
#include "scoring/ScoringSettings.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace storyloom {

/// The score order of a document's stories, kept current as the workspace changes.
///
/// Owns a scoring::Ranker over the workspace (which must outlive this object and only change
/// between calls) and the current scoring::Ranking. Call rebuild() after stories were added or
/// removed or their manual ranks or blocker links changed, reloadSettings() after "scoring.*"
/// settings changed, rerank() after scoring inputs changed.
class BacklogRanking {
public:
    BacklogRanking(const Workspace& workspace, const Clock& clock);

    /// Re-indexes the workspace (new Ranker), re-reads the settings and re-ranks.
    void rebuild();
    /// Re-reads the settings (an invalid one falls back to the defaults, see settingsError()) and
    /// re-ranks with the existing indexes.
    void reloadSettings();
    /// Re-scores and sorts with the existing indexes and settings.
    void rerank();

    const scoring::Ranking& ranking() const { return m_ranking; }
    const scoring::ScoringSettings& settings() const { return m_settings; }
    /// Why the workspace's scoring settings could not be used (empty when they could).
    const std::string& settingsError() const { return m_settingsError; }

    /// 1-based position of the story in the ranking, 0 when there is no such story.
    std::size_t position(Id storyId) const;
    /// Index into Workspace::stories, -1 when there is no such story.
    std::ptrdiff_t storyIndex(Id storyId) const;
    /// The highest total among scored stories (0 when none is scored or all are below 0).
    double maxScore() const { return m_maxScore; }
    /// The term-by-term score of a story under the current settings (scoring::score, the same code
    /// path the ranking uses). Unscored with reason "no such story" for an unknown id.
    scoring::Breakdown explain(Id storyId) const;

private:
    void readSettings();
    void indexPositions();

    const Workspace& m_workspace;
    const Clock& m_clock;
    std::unique_ptr<scoring::Ranker> m_ranker;
    scoring::ScoringSettings m_settings;
    std::optional<scoring::ScoringContext> m_context;
    std::string m_settingsError;
    scoring::Ranking m_ranking;
    std::vector<std::uint32_t> m_positionByIndex; ///< 1-based, per story index
    double m_maxScore = 0;
};

} // namespace storyloom
