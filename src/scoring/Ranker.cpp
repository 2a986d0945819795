#include "Ranker.h"

#include "Score.h"

#include <algorithm>
#include <bit>
#include <functional>
#include <numeric>
#include <queue>
#include <tuple>
#include <unordered_set>

namespace storyloom::scoring {
namespace {

/// A scored story reduced to what ordering needs. `order` is the total mapped to an unsigned integer
/// that sorts ascending when the total sorts descending; `tie` is the manual position (high half) and
/// the story index (low half). Inside one tier, (order, tie) compared as integers is the rank order.
struct ScoredItem {
    std::uint64_t order;
    std::uint64_t tie;
    std::int32_t tier;

    std::uint32_t story() const { return static_cast<std::uint32_t>(tie & 0xFFFFFFFFU); }
};

std::uint64_t descendingOrder(double total) {
    if (total == 0)
        total = 0; // -0 and +0 are the same score
    const auto bits = std::bit_cast<std::uint64_t>(total);
    const std::uint64_t ascending = (bits & 0x8000000000000000ULL) ? ~bits : bits | 0x8000000000000000ULL;
    return ~ascending;
}

double totalOf(std::uint64_t order) {
    const std::uint64_t ascending = ~order;
    const std::uint64_t bits =
        (ascending & 0x8000000000000000ULL) ? ascending & ~0x8000000000000000ULL : ~ascending;
    return std::bit_cast<double>(bits);
}

bool sortsBefore(const ScoredItem& a, const ScoredItem& b) {
    return a.order != b.order ? a.order < b.order : a.tie < b.tie;
}

/// Sorts by tier (higher first), then (order, tie). Tiers are few (MoSCoW classes, Kano categories),
/// so the items are grouped by tier first and each group sorted with the two-integer comparison.
void sortScored(std::vector<ScoredItem>& items, std::int32_t minTier, std::int32_t maxTier) {
    if (minTier == maxTier || maxTier - minTier > 64) {
        std::sort(items.begin(), items.end(), [](const ScoredItem& a, const ScoredItem& b) {
            return a.tier != b.tier ? a.tier > b.tier : sortsBefore(a, b);
        });
        return;
    }
    std::vector<std::size_t> start(static_cast<std::size_t>(maxTier - minTier) + 2, 0);
    for (const auto& item : items)
        ++start[static_cast<std::size_t>(maxTier - item.tier) + 1];
    std::partial_sum(start.begin(), start.end(), start.begin());
    std::vector<ScoredItem> grouped(items.size());
    std::vector<std::size_t> fill(start.begin(), start.end() - 1);
    for (const auto& item : items)
        grouped[fill[static_cast<std::size_t>(maxTier - item.tier)]++] = item;
    for (std::size_t g = 0; g + 1 < start.size(); ++g)
        std::sort(grouped.begin() + static_cast<std::ptrdiff_t>(start[g]),
                  grouped.begin() + static_cast<std::ptrdiff_t>(start[g + 1]), sortsBefore);
    items.swap(grouped);
}

/// Place of a scored story once pins are applied: a pinned story takes the place just above the
/// story it is pinned above (same primary, smaller secondary); `own` keeps the order total.
struct Key {
    std::int64_t primary;
    std::int64_t secondary;
    std::int64_t own;
    bool operator<(const Key& o) const {
        return std::tie(primary, secondary, own) < std::tie(o.primary, o.secondary, o.own);
    }
};

/// Scoring 100,000 stories is bound by memory latency, not arithmetic: each story is a large object
/// and a score also reads heap blocks at scattered addresses (scorecard map nodes, linked insight
/// ids). Requesting the story two steps ahead and its heap blocks one step ahead hides most of it.
inline void prefetchStory(const Story& story) {
    const char* base = reinterpret_cast<const char*>(&story);
    for (std::size_t offset = 0; offset < sizeof(Story); offset += 64)
        __builtin_prefetch(base + offset);
}

/// Needs the story itself in cache (it reads the pointers), hence one step after prefetchStory.
inline void prefetchScoringData(const Story& story) {
    if (!story.inputs.scorecard.empty())
        __builtin_prefetch(&*story.inputs.scorecard.begin());
    if (!story.insightIds.empty())
        __builtin_prefetch(story.insightIds.data());
}

enum class EdgeKind : std::uint8_t { Pin, Blocker };

struct Edge {
    std::uint32_t from; ///< must come before `to`
    std::uint32_t to;
    EdgeKind kind;
};

} // namespace

const RankedStory* Ranking::find(Id storyId) const {
    for (const auto& e : entries)
        if (e.storyId == storyId)
            return &e;
    return nullptr;
}

Ranker::Ranker(const Workspace& workspace) : m_workspace(workspace) {
    const auto& stories = workspace.stories;
    const std::size_t n = stories.size();

    // Manual order: by rank key, then key number, key and id. The first 8 bytes of each rank key,
    // read big-endian, decide almost every comparison from a compact array instead of the stories.
    struct ManualKey {
        std::uint64_t prefix;
        long long keyNumber;
        std::uint32_t story;
    };
    std::vector<ManualKey> keys(n);
    for (std::uint32_t i = 0; i < n; ++i) {
        std::uint64_t prefix = 0;
        const std::string& r = stories[i].rank;
        for (std::size_t b = 0; b < 8; ++b)
            prefix = (prefix << 8) | (b < r.size() ? static_cast<unsigned char>(r[b]) : 0U);
        keys[i] = {prefix, keyNumber(stories[i].key), i};
    }
    std::sort(keys.begin(), keys.end(), [&](const ManualKey& a, const ManualKey& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const Story& x = stories[a.story];
        const Story& y = stories[b.story];
        if (x.rank != y.rank)
            return x.rank < y.rank;
        if (a.keyNumber != b.keyNumber)
            return a.keyNumber < b.keyNumber;
        if (x.key != y.key)
            return x.key < y.key;
        return x.id < y.id;
    });
    m_manualOrder.resize(n);
    m_manualPos.resize(n);
    for (std::uint32_t p = 0; p < n; ++p) {
        m_manualOrder[p] = keys[p].story;
        m_manualPos[keys[p].story] = p;
    }

    m_ids.resize(n);
    Id maxId = 0;
    bool positive = true;
    for (std::size_t i = 0; i < n; ++i) {
        m_ids[i] = stories[i].id;
        maxId = std::max(maxId, stories[i].id);
        positive = positive && stories[i].id > 0;
    }
    // Ids are normally 1..n: a plain table then maps them, else a hash map.
    if (positive && maxId <= static_cast<Id>(4 * n + 16)) {
        m_denseIds.assign(static_cast<std::size_t>(maxId) + 1, -1);
        for (std::uint32_t i = 0; i < n; ++i)
            if (m_denseIds[static_cast<std::size_t>(stories[i].id)] < 0)
                m_denseIds[static_cast<std::size_t>(stories[i].id)] = static_cast<std::int32_t>(i);
    } else {
        m_sparseIds.reserve(n);
        for (std::uint32_t i = 0; i < n; ++i)
            m_sparseIds.emplace(stories[i].id, i);
    }
    for (std::uint32_t i = 0; i < n; ++i)
        for (Id blocked : stories[i].blocks) {
            const auto j = indexOfId(blocked);
            if (j >= 0 && static_cast<std::uint32_t>(j) != i)
                m_blocks.emplace_back(i, static_cast<std::uint32_t>(j));
        }
}

std::ptrdiff_t Ranker::indexOf(std::string_view key) const {
    // Built on first use: only pins and look-ups by key need it, re-ranking does not.
    std::call_once(m_byKeyBuilt, [this] {
        const auto& stories = m_workspace.stories;
        m_byKey.reserve(stories.size());
        for (std::uint32_t i = 0; i < stories.size(); ++i)
            m_byKey.emplace(stories[i].key, i);
    });
    const auto it = m_byKey.find(key);
    return it == m_byKey.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
}

std::ptrdiff_t Ranker::indexOfId(Id id) const {
    if (!m_denseIds.empty() || m_sparseIds.empty()) {
        if (id < 0 || static_cast<std::size_t>(id) >= m_denseIds.size())
            return -1;
        return m_denseIds[static_cast<std::size_t>(id)];
    }
    const auto it = m_sparseIds.find(id);
    return it == m_sparseIds.end() ? -1 : static_cast<std::ptrdiff_t>(it->second);
}

Ranking Ranker::rank(const ScoringContext& context) const {
    Ranking ranking;
    rank(context, ranking);
    return ranking;
}

void Ranker::rank(const ScoringContext& context, Ranking& ranking) const {
    const auto& stories = m_workspace.stories;
    const std::size_t n = stories.size();
    const ScoringSettings& settings = context.settings();
    ranking.framework = settings.framework;
    ranking.warnings.clear();

    // Hot path (100,000 stories after every settings change): one pass of TotalSink scoring into a
    // compact array, one sort with an inlined comparator, no per-story allocation.
    // Reused between calls on the same thread: re-ranking a large backlog then allocates nothing big.
    thread_local std::vector<ScoredItem> scored;
    thread_local std::vector<std::uint32_t> unscored;
    scored.clear();
    scored.reserve(n);
    unscored.clear();
    std::int32_t minTier = 0;
    std::int32_t maxTier = 0;
    constexpr std::size_t kPrefetchAhead = 8;
    for (std::uint32_t i = 0; i < n; ++i) {
        if (i + 2 * kPrefetchAhead < n)
            prefetchStory(stories[i + 2 * kPrefetchAhead]);
        if (i + kPrefetchAhead < n)
            prefetchScoringData(stories[i + kPrefetchAhead]);
        const ScoreValue v = scoreValue(stories[i], context);
        if (!v.scored) {
            unscored.push_back(i);
            continue;
        }
        if (scored.empty() || v.tier < minTier)
            minTier = v.tier;
        if (scored.empty() || v.tier > maxTier)
            maxTier = v.tier;
        scored.push_back({descendingOrder(v.total), (std::uint64_t{m_manualPos[i]} << 32) | i, v.tier});
    }
    sortScored(scored, minTier, maxTier);
    const auto m = static_cast<std::uint32_t>(scored.size());
    ranking.scoredCount = m;

    // Nodes of the constraint graph are places in score order (0 .. m-1).
    std::vector<std::int32_t> node;
    if (!settings.pins.empty() || (settings.respectBlockers && !m_blocks.empty())) {
        node.assign(n, -1);
        for (std::uint32_t k = 0; k < m; ++k)
            node[scored[k].story()] = static_cast<std::int32_t>(k);
    }

    std::vector<Edge> edges;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pinnedAbove; // (node, story index of the pin target)
    // Pins, dropping any that contradicts the pins before it.
    std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> pinGraph;
    auto reaches = [&](std::uint32_t from, std::uint32_t to) {
        std::vector<std::uint32_t> stack{from};
        std::unordered_set<std::uint32_t> seen;
        while (!stack.empty()) {
            const auto v = stack.back();
            stack.pop_back();
            if (v == to)
                return true;
            if (!seen.insert(v).second)
                continue;
            const auto it = pinGraph.find(v);
            if (it != pinGraph.end())
                stack.insert(stack.end(), it->second.begin(), it->second.end());
        }
        return false;
    };
    for (const Pin& pin : settings.pins) {
        const std::string text = "The pin '" + pin.above + " above " + pin.below + "'";
        const auto a = indexOf(pin.above);
        const auto b = indexOf(pin.below);
        if (a < 0 || b < 0) {
            ranking.warnings.push_back(text + " does not apply: there is no story " +
                                       (a < 0 ? pin.above : pin.below) + "; remove the pin.");
            continue;
        }
        const auto na = node[static_cast<std::size_t>(a)];
        const auto nb = node[static_cast<std::size_t>(b)];
        if (na < 0 || nb < 0) {
            ranking.warnings.push_back(text + " does not apply: " + (na < 0 ? pin.above : pin.below) +
                                       " is unscored, and unscored stories are listed apart.");
            continue;
        }
        const auto ua = static_cast<std::uint32_t>(na);
        const auto ub = static_cast<std::uint32_t>(nb);
        if (reaches(ub, ua)) {
            ranking.warnings.push_back(
                text + " does not apply: it contradicts the pins before it; remove one of them.");
            continue;
        }
        pinGraph[ua].push_back(ub);
        edges.push_back({ua, ub, EdgeKind::Pin});
        pinnedAbove.emplace_back(ua, static_cast<std::uint32_t>(b));
    }
    if (settings.respectBlockers)
        for (const auto& [blocker, blocked] : m_blocks)
            if (node[blocker] >= 0 && node[blocked] >= 0)
                edges.push_back({static_cast<std::uint32_t>(node[blocker]),
                                 static_cast<std::uint32_t>(node[blocked]), EdgeKind::Blocker});

    std::vector<std::uint32_t> placed;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> heldBackBy; // (node, story index of the blocker)
    if (!edges.empty()) {
        std::vector<Key> key(m);
        for (std::uint32_t k = 0; k < m; ++k)
            key[k] = {k, 0, k};
        // Pull each pinned story up to just above its target, targets first (the pin graph is acyclic).
        std::vector<std::uint8_t> done(m, 0);
        std::function<const Key&(std::uint32_t)> settle = [&](std::uint32_t v) -> const Key& {
            if (done[v])
                return key[v];
            done[v] = 1;
            const auto it = pinGraph.find(v);
            if (it != pinGraph.end())
                for (auto target : it->second) {
                    const Key& t = settle(target);
                    const Key candidate{t.primary, t.secondary - 1, key[v].own};
                    if (candidate < key[v])
                        key[v] = candidate;
                }
            return key[v];
        };
        for (const auto& [v, targets] : pinGraph)
            settle(v);

        // Kahn's algorithm, always taking the ready node with the smallest key: a scan over the nodes
        // in key order, plus a heap of nodes released after the scan passed them (held back).
        std::vector<std::uint32_t> byKey(m);
        std::iota(byKey.begin(), byKey.end(), 0U);
        if (!pinGraph.empty())
            std::sort(byKey.begin(), byKey.end(), [&](auto x, auto y) { return key[x] < key[y]; });
        std::vector<std::uint32_t> sortedIndex(m);
        for (std::uint32_t s = 0; s < m; ++s)
            sortedIndex[byKey[s]] = s;
        std::vector<std::uint32_t> offsets(m + 1, 0);
        std::vector<std::uint32_t> indegree(m, 0);
        for (const Edge& e : edges) {
            ++offsets[e.from + 1];
            ++indegree[e.to];
        }
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        std::vector<Edge> out(edges.size());
        std::vector<std::uint32_t> fill(offsets.begin(), offsets.end() - 1);
        for (const Edge& e : edges)
            out[fill[e.from]++] = e;

        auto later = [&](std::uint32_t x, std::uint32_t y) { return key[y] < key[x]; };
        std::priority_queue<std::uint32_t, std::vector<std::uint32_t>, decltype(later)> released(later);
        std::vector<std::uint8_t> emitted(m, 0);
        std::size_t scan = 0;
        std::size_t loopScan = 0;
        placed.reserve(m);
        while (placed.size() < m) {
            while (scan < m && (emitted[byKey[scan]] || indegree[byKey[scan]] > 0))
                ++scan;
            std::int64_t next = -1;
            if (scan < m)
                next = byKey[scan];
            if (!released.empty() &&
                (next < 0 || key[released.top()] < key[static_cast<std::size_t>(next)])) {
                next = released.top();
                released.pop();
            }
            if (next < 0) {
                // Every remaining story waits for another: a loop of blockers (or pins against
                // blockers). Break it at the best-scored story left.
                while (emitted[byKey[loopScan]])
                    ++loopScan;
                next = byKey[loopScan];
                ranking.warnings.push_back(stories[scored[static_cast<std::size_t>(next)].story()].key +
                                           " is in a loop of stories blocking each other, so its place "
                                           "follows its score; check its blocker links.");
            }
            const auto v = static_cast<std::uint32_t>(next);
            if (emitted[v])
                continue; // a stale heap entry
            emitted[v] = 1;
            placed.push_back(v);
            for (std::uint32_t e = offsets[v]; e < offsets[v + 1]; ++e) {
                const Edge& edge = out[e];
                if (emitted[edge.to] || --indegree[edge.to] > 0)
                    continue;
                if (sortedIndex[edge.to] < scan) {
                    released.push(edge.to);
                    if (edge.kind == EdgeKind::Blocker)
                        heldBackBy.emplace_back(edge.to, scored[v].story());
                }
            }
        }
    }

    ranking.entries.resize(n);
    for (std::uint32_t k = 0; k < m; ++k) {
        RankedStory& r = ranking.entries[k];
        r = RankedStory{};
        const ScoredItem& item = scored[placed.empty() ? k : placed[k]];
        r.storyId = m_ids[item.story()];
        r.position = k + 1;
        r.score = {true, item.tier, totalOf(item.order)};
    }
    if (!placed.empty()) {
        std::vector<std::uint32_t> placeOf(m);
        for (std::uint32_t k = 0; k < m; ++k)
            placeOf[placed[k]] = k;
        for (const auto& [v, target] : pinnedAbove) {
            RankedStory& r = ranking.entries[placeOf[v]];
            if (!r.pinned) {
                r.pinned = true;
                r.pinnedAbove = stories[target].id;
            }
        }
        for (const auto& [v, blocker] : heldBackBy) {
            RankedStory& r = ranking.entries[placeOf[v]];
            r.heldBack = true;
            r.heldBackBy = stories[blocker].id;
        }
    }
    std::sort(unscored.begin(), unscored.end(),
              [&](std::uint32_t a, std::uint32_t b) { return m_manualPos[a] < m_manualPos[b]; });
    for (std::size_t u = 0; u < unscored.size(); ++u) {
        RankedStory& r = ranking.entries[m + u];
        r = RankedStory{};
        const Story& story = stories[unscored[u]];
        r.storyId = story.id;
        r.position = m + u + 1;
        r.unscoredReason = score(story, context).reason;
    }
}

Ranking rankWorkspace(const Workspace& workspace, const ScoringSettings& settings, Date today) {
    const Ranker ranker(workspace);
    return ranker.rank(ScoringContext(settings, workspace.insights, today));
}

} // namespace storyloom::scoring
