#pragma once

#include "Ranking.h"
#include "ScoringContext.h"
#include "domain/Workspace.h"

#include <cstdint>
#include <mutex>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace storyloom::scoring {

/// Orders a workspace's stories by score.
///
/// Rules, in order of strength:
/// 1. Scored stories come first, unscored ones after them in manual order, each marked with why.
/// 2. Pins ("A above B", scoring.pins) place A directly above B when its score would put it lower.
/// 3. With scoring.respectBlockers, a story never outranks a story that blocks it: it is held back
///    to just below its blocker.
/// 4. Otherwise by tier (higher first), then total (higher first), then manual rank, then key.
/// Deterministic: equal input gives an equal ranking.
///
/// Construction indexes the workspace once (manual order, keys, blocker links) so that re-ranking
/// after a settings change only re-scores and sorts. The workspace must outlive the ranker and not
/// change while it is used: rebuild it when stories are added or removed, or their manual ranks,
/// keys or blocker links change; edits of scoring inputs and settings only need rank() again.
/// rank() may be called from several threads at once.
class Ranker {
public:
    explicit Ranker(const Workspace& workspace);

    Ranking rank(const ScoringContext& context) const;
    /// The same into an existing ranking, reusing its memory (for re-ranking on every change).
    void rank(const ScoringContext& context, Ranking& into) const;

    const Workspace& workspace() const { return m_workspace; }
    /// Index into workspace().stories of the story with this key / id, or -1.
    std::ptrdiff_t indexOf(std::string_view key) const;
    std::ptrdiff_t indexOfId(Id id) const;
    /// Position of story index `i` in the manual order (0-based).
    std::uint32_t manualPosition(std::size_t i) const { return m_manualPos[i]; }

private:
    const Workspace& m_workspace;
    /// Story ids by index: a ranking reads them in score order, i.e. at random, and a compact array
    /// keeps that out of main memory.
    std::vector<Id> m_ids;
    std::vector<std::uint32_t> m_manualOrder; ///< story indexes in manual order
    std::vector<std::uint32_t> m_manualPos;   ///< per story index: its place in m_manualOrder
    mutable std::once_flag m_byKeyBuilt;
    mutable std::unordered_map<std::string_view, std::uint32_t> m_byKey;
    std::vector<std::int32_t> m_denseIds; ///< story index by id when ids are small positive numbers
    std::unordered_map<Id, std::uint32_t> m_sparseIds; ///< otherwise

    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_blocks; ///< (blocker, blocked) story indexes
};

/// Convenience for one-off ranking: builds the ranker and the context.
Ranking rankWorkspace(const Workspace& workspace, const ScoringSettings& settings, Date today);

} // namespace storyloom::scoring
