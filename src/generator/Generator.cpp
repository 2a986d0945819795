#include "Generator.h"

#include "BacklogWriter.h"
#include "Random.h"
#include "Vocabulary.h"
#include "domain/Rank.h"

#include <algorithm>
#include <array>
#include <utility>

namespace storyloom {
namespace {

constexpr long long kDayMs = 86'400'000;

long long floorDiv(long long a, long long b) {
    long long q = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --q;
    return q;
}

/// One value from `table`, each with probability weight / sum of weights.
template <typename T, std::size_t N>
T weighted(Random& random, const std::array<std::pair<T, int>, N>& table) {
    int total = 0;
    for (const auto& entry : table)
        total += entry.second;
    long long x = random.between(0, total - 1);
    for (const auto& [value, weight] : table) {
        if (x < weight)
            return value;
        x -= weight;
    }
    return table.back().first;
}

/// `count` distinct values from 1..size (fewer when size is smaller), in the order drawn.
std::vector<Id> distinctIds(Random& random, std::size_t count, std::size_t size) {
    std::vector<Id> out;
    count = std::min(count, size);
    while (out.size() < count) {
        const Id id = static_cast<Id>(random.index(size)) + 1;
        if (std::find(out.begin(), out.end(), id) == out.end())
            out.push_back(id);
    }
    return out;
}

Date lastDayOfQuarter(int year, int quarter) {
    // quarter may run past 0..3; normalise into the right year first.
    year += static_cast<int>(floorDiv(quarter, 4));
    quarter -= static_cast<int>(floorDiv(quarter, 4)) * 4;
    const int month = quarter * 3 + 3;
    return Date{year, month, month == 3 || month == 12 ? 31 : 30};
}

class WorkspaceGenerator {
public:
    explicit WorkspaceGenerator(const GeneratorOptions& options)
        : m_options(options), m_random(options.seed), m_writer(m_random),
          m_nowDays(floorDiv(options.nowMs, kDayMs)) {}

    Workspace run() {
        m_ws.productName = m_options.productName;
        m_ws.projectKey = m_options.projectKey;
        // The scorecard criteria every generated story has values for (see ScoringSettings).
        m_ws.settings = {{"scoring.framework", "rice"},
                         {"scoring.scorecard.criterion.Customer value", "min=1 max=5 weight=1 better=higher"},
                         {"scoring.scorecard.criterion.Strategic fit", "min=1 max=5 weight=2 better=higher"}};
        addThemes();
        addReleases();
        addPersonas();
        addInsights();
        addEpics();
        addStories();
        addBlocks();
        m_ws.nextKeyNumber = static_cast<long long>(m_options.epics + m_options.stories) + 1;
        return std::move(m_ws);
    }

private:
    Date daysFromNow(long long days) const { return Date::fromDays(m_nowDays + days); }

    void addThemes() {
        auto names = vocabulary().themes;
        m_random.shuffle(names);
        // Each theme its own colour, in an order the seed decides. The colours come from a stream of
        // their own so that every other draw (and so every existing seed's workspace) stays the same.
        auto colours = vocabulary().colours;
        Random colourRandom(m_options.seed ^ 0x9E3779B97F4A7C15ULL);
        colourRandom.shuffle(colours);
        const auto count = static_cast<std::size_t>(m_random.between(4, 6));
        for (std::size_t i = 0; i < count; ++i)
            m_ws.themes.push_back(Theme{static_cast<Id>(i) + 1, names[i], colours[i % colours.size()]});
    }

    void addReleases() {
        // Quarterly releases from the last quarter (already shipped) onwards, plus more on big workspaces.
        const Date today = Date::fromDays(m_nowDays);
        const int quarter = (today.month - 1) / 3;
        const std::size_t count = 3 + std::min<std::size_t>(3, m_options.epics / 500);
        for (std::size_t i = 0; i < count; ++i) {
            const Date date = lastDayOfQuarter(today.year, quarter - 1 + static_cast<int>(i));
            const std::string name =
                std::to_string(date.year) + " Q" + std::to_string((date.month - 1) / 3 + 1);
            m_ws.releases.push_back(Release{static_cast<Id>(i) + 1, name + " release", date});
        }
    }

    void addPersonas() {
        const std::size_t count = std::max<std::size_t>(4, m_options.stories / 2000);
        for (std::size_t i = 0; i < count; ++i) {
            Persona p = m_writer.persona(i);
            p.id = static_cast<Id>(i) + 1;
            m_ws.personas.push_back(std::move(p));
        }
    }

    void addInsights() {
        static constexpr std::array<std::pair<InsightSource, int>, 6> kSources{
            {{InsightSource::Interview, 30},
             {InsightSource::UsabilityTest, 25},
             {InsightSource::Analytics, 20},
             {InsightSource::Survey, 10},
             {InsightSource::SupportTicket, 10},
             {InsightSource::AbTest, 5}}};
        const std::size_t count = std::max<std::size_t>(15, m_options.stories / 500);
        for (std::size_t i = 0; i < count; ++i) {
            Insight insight = m_writer.insight();
            insight.id = static_cast<Id>(i) + 1;
            insight.source = weighted(m_random, kSources);
            if (m_random.chance(0.9))
                insight.date = daysFromNow(-m_random.between(7, 720));
            m_ws.insights.push_back(std::move(insight));
        }
    }

    void addEpics() {
        static constexpr std::array<std::pair<Horizon, int>, 3> kHorizons{
            {{Horizon::Now, 25}, {Horizon::Next, 30}, {Horizon::Later, 45}}};
        const auto& areas = vocabulary().areas;
        for (std::size_t i = 0; i < m_options.epics; ++i) {
            Epic e;
            e.id = static_cast<Id>(i) + 1;
            e.key = m_ws.projectKey + "-" + std::to_string(i + 1);
            const std::string& area = m_random.pick(areas);
            m_epicAreas.push_back(area);
            e.title = m_writer.epicTitle(area);
            e.description = m_writer.epicDescription(area);
            if (m_random.chance(0.85)) {
                const std::size_t theme = m_random.index(m_ws.themes.size());
                e.themeId = m_ws.themes[theme].id;
                e.colour = m_ws.themes[theme].colour;
            } else {
                e.colour = m_random.pick(vocabulary().colours);
            }
            e.horizon = weighted(m_random, kHorizons);
            planEpic(e);
            m_ws.epics.push_back(std::move(e));
        }
        // The roadmap reads Now, Next, Later; within a horizon the order is the product owner's.
        std::vector<std::size_t> order(m_ws.epics.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        m_random.shuffle(order);
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            return m_ws.epics[a].horizon < m_ws.epics[b].horizon;
        });
        const auto ranks = rank::evenlySpaced(order.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            m_ws.epics[order[i]].rank = ranks[i];
    }

    void planEpic(Epic& e) {
        switch (e.horizon) {
        case Horizon::Now: {
            const Date start = daysFromNow(-m_random.between(0, 90));
            e.startDate = start;
            e.endDate = Date::fromDays(start.toDays() + m_random.between(28, 120));
            if (e.endDate->toDays() < m_nowDays)
                e.status = m_random.chance(0.9) ? EpicStatus::Done : EpicStatus::Cancelled;
            else
                e.status = m_random.chance(0.8) ? EpicStatus::InProgress : EpicStatus::Planned;
            break;
        }
        case Horizon::Next: {
            const Date start = daysFromNow(m_random.between(14, 120));
            e.startDate = start;
            e.endDate = Date::fromDays(start.toDays() + m_random.between(28, 150));
            e.status = m_random.chance(0.7) ? EpicStatus::Planned : EpicStatus::Proposed;
            break;
        }
        case Horizon::Later:
            if (m_random.chance(0.4)) {
                const Date start = daysFromNow(m_random.between(120, 360));
                e.startDate = start;
                e.endDate = Date::fromDays(start.toDays() + m_random.between(30, 180));
            }
            e.status = m_random.chance(0.9) ? EpicStatus::Proposed : EpicStatus::Cancelled;
            break;
        }
        // Target the first release on or after the planned end.
        if (e.endDate && m_random.chance(0.8)) {
            for (const auto& r : m_ws.releases) {
                if (r.date && *r.date >= *e.endDate) {
                    e.targetReleaseId = r.id;
                    break;
                }
            }
        }
    }

    StoryStatus storyStatus(const Epic* epic) {
        using S = StoryStatus;
        static constexpr std::array<std::pair<S, int>, 2> kDone{{{S::Done, 90}, {S::WontDo, 10}}};
        static constexpr std::array<std::pair<S, int>, 2> kCancelled{{{S::WontDo, 70}, {S::Draft, 30}}};
        static constexpr std::array<std::pair<S, int>, 5> kNow{
            {{S::Done, 30}, {S::InProgress, 20}, {S::Ready, 25}, {S::Refined, 15}, {S::Draft, 10}}};
        static constexpr std::array<std::pair<S, int>, 3> kNext{
            {{S::Ready, 20}, {S::Refined, 40}, {S::Draft, 40}}};
        static constexpr std::array<std::pair<S, int>, 4> kLater{
            {{S::Draft, 60}, {S::Refined, 30}, {S::Ready, 5}, {S::WontDo, 5}}};
        if (!epic)
            return weighted(m_random, kLater);
        if (epic->status == EpicStatus::Done)
            return weighted(m_random, kDone);
        if (epic->status == EpicStatus::Cancelled)
            return weighted(m_random, kCancelled);
        switch (epic->horizon) {
        case Horizon::Now:
            return weighted(m_random, kNow);
        case Horizon::Next:
            return weighted(m_random, kNext);
        case Horizon::Later:
            break;
        }
        return weighted(m_random, kLater);
    }

    std::optional<int> storyPoints(StoryStatus status) {
        static constexpr std::array<std::pair<int, int>, 8> kPoints{
            {{0, 2}, {1, 10}, {2, 15}, {3, 20}, {5, 20}, {8, 15}, {13, 8}, {21, 3}}};
        const double unestimated =
            status == StoryStatus::Draft ? 0.5 : (status == StoryStatus::Refined ? 0.15 : 0.03);
        if (m_random.chance(unestimated))
            return std::nullopt;
        return weighted(m_random, kPoints);
    }

    ScoringInputs scoringInputs() {
        static constexpr std::array<std::pair<double, int>, 5> kImpact{
            {{3.0, 10}, {2.0, 20}, {1.0, 40}, {0.5, 20}, {0.25, 10}}};
        static constexpr std::array<std::pair<double, int>, 4> kConfidence{
            {{100.0, 25}, {80.0, 45}, {50.0, 25}, {20.0, 5}}};
        static constexpr std::array<std::pair<double, int>, 6> kEffort{
            {{0.5, 15}, {1.0, 30}, {2.0, 25}, {3.0, 15}, {5.0, 10}, {8.0, 5}}};
        static constexpr std::array<int, 7> kModifiedFibonacci{1, 2, 3, 5, 8, 13, 20};
        static constexpr std::array<KanoAnswer, 5> kKano{KanoAnswer::Like, KanoAnswer::Expect,
                                                         KanoAnswer::Neutral, KanoAnswer::Tolerate,
                                                         KanoAnswer::Dislike};
        auto oneToTen = [&] { return static_cast<int>(m_random.between(1, 10)); };
        auto fib = [&] { return kModifiedFibonacci[m_random.index(kModifiedFibonacci.size())]; };
        ScoringInputs in;
        in.reach = static_cast<double>(m_random.between(1, 200) * 50);
        in.impact = weighted(m_random, kImpact);
        in.confidence = weighted(m_random, kConfidence);
        in.effort = weighted(m_random, kEffort);
        in.iceImpact = oneToTen();
        in.iceConfidence = oneToTen();
        in.iceEase = oneToTen();
        in.businessValue = fib();
        in.timeCriticality = fib();
        in.riskReduction = fib();
        in.jobSize = fib();
        in.kanoFunctional = kKano[m_random.index(kKano.size())];
        in.kanoDysfunctional = kKano[m_random.index(kKano.size())];
        in.value = oneToTen();
        in.valueEffort = oneToTen();
        in.scorecard = {{"Strategic fit", static_cast<double>(m_random.between(1, 5))},
                        {"Customer value", static_cast<double>(m_random.between(1, 5))}};
        // A few stories are not fully estimated yet, so "unscored" shows up under some frameworks.
        if (m_random.chance(0.05)) {
            const auto missing = m_random.between(1, 3);
            for (long long i = 0; i < missing; ++i)
                clearInput(in, m_random.index(15));
        }
        return in;
    }

    static void clearInput(ScoringInputs& in, std::size_t which) {
        switch (which) {
        case 0:
            in.reach.reset();
            break;
        case 1:
            in.impact.reset();
            break;
        case 2:
            in.confidence.reset();
            break;
        case 3:
            in.effort.reset();
            break;
        case 4:
            in.iceImpact.reset();
            break;
        case 5:
            in.iceConfidence.reset();
            break;
        case 6:
            in.iceEase.reset();
            break;
        case 7:
            in.businessValue.reset();
            break;
        case 8:
            in.timeCriticality.reset();
            break;
        case 9:
            in.riskReduction.reset();
            break;
        case 10:
            in.jobSize.reset();
            break;
        case 11:
            in.kanoFunctional.reset();
            break;
        case 12:
            in.kanoDysfunctional.reset();
            break;
        case 13:
            in.value.reset();
            break;
        default:
            in.valueEffort.reset();
            break;
        }
    }

    std::vector<std::string> labels() {
        static constexpr std::array<std::pair<std::size_t, int>, 4> kCount{
            {{0, 25}, {1, 40}, {2, 25}, {3, 10}}};
        const auto& all = vocabulary().labels;
        const std::size_t count = weighted(m_random, kCount);
        std::vector<std::string> out;
        while (out.size() < count) {
            const std::string& label = m_random.pick(all);
            if (std::find(out.begin(), out.end(), label) == out.end())
                out.push_back(label);
        }
        return out;
    }

    void addStories() {
        static constexpr std::array<std::pair<Moscow, int>, 5> kMoscow{{{Moscow::Must, 25},
                                                                        {Moscow::Should, 30},
                                                                        {Moscow::Could, 25},
                                                                        {Moscow::Wont, 5},
                                                                        {Moscow::Unset, 15}}};
        static constexpr std::array<std::pair<std::size_t, int>, 3> kPersonaLinks{
            {{0, 40}, {1, 45}, {2, 15}}};
        static constexpr std::array<std::pair<std::size_t, int>, 3> kInsightLinks{
            {{0, 55}, {1, 35}, {2, 10}}};
        const auto& areas = vocabulary().areas;
        m_ws.stories.reserve(m_options.stories);
        Id criterionId = 1;
        for (std::size_t i = 0; i < m_options.stories; ++i) {
            Story s;
            s.id = static_cast<Id>(i) + 1;
            s.key = m_ws.projectKey + "-" + std::to_string(m_options.epics + i + 1);
            const Epic* epic = nullptr;
            std::string area;
            if (!m_ws.epics.empty() && m_random.chance(0.92)) {
                const std::size_t e = m_random.index(m_ws.epics.size());
                epic = &m_ws.epics[e];
                area = m_epicAreas[e];
                s.epicId = epic->id;
            } else {
                area = m_random.pick(areas);
            }
            StoryText text = m_writer.story(area);
            s.title = std::move(text.title);
            s.asA = text.asA;
            s.iWant = text.iWant;
            s.soThat = text.soThat;
            s.description = text.description;
            s.status = storyStatus(epic);
            s.points = storyPoints(s.status);
            s.moscow = weighted(m_random, kMoscow);
            s.labels = labels();
            s.personaIds = distinctIds(m_random, weighted(m_random, kPersonaLinks), m_ws.personas.size());
            s.insightIds = distinctIds(m_random, weighted(m_random, kInsightLinks), m_ws.insights.size());
            if (epic && epic->targetReleaseId && s.status != StoryStatus::Draft &&
                s.status != StoryStatus::WontDo && m_random.chance(0.7))
                s.releaseId = epic->targetReleaseId;
            s.inputs = scoringInputs();
            const bool accessibility =
                std::find(s.labels.begin(), s.labels.end(), "a11y") != s.labels.end() ||
                m_random.chance(0.45);
            s.criteria = m_writer.criteria(text, static_cast<int>(m_random.between(3, 5)), accessibility);
            for (auto& c : s.criteria) {
                c.id = criterionId++;
                c.done = s.status == StoryStatus::Done ||
                         (s.status == StoryStatus::InProgress && m_random.chance(0.5));
            }
            s.createdAt = m_options.nowMs - m_random.between(kDayMs, 540 * kDayMs);
            s.updatedAt = s.createdAt + m_random.between(0, m_options.nowMs - s.createdAt);
            m_ws.stories.push_back(std::move(s));
        }
        auto ranks = rank::evenlySpaced(m_ws.stories.size());
        m_random.shuffle(ranks);
        for (std::size_t i = 0; i < ranks.size(); ++i)
            m_ws.stories[i].rank = std::move(ranks[i]);
    }

    /// About 3 % of stories block a story created shortly after them; links always point to a higher
    /// id, so there are no self-blocks and no cycles.
    void addBlocks() {
        const std::size_t n = m_ws.stories.size();
        for (std::size_t i = 0; i + 1 < n; ++i) {
            if (!m_random.chance(0.03))
                continue;
            const std::size_t last = std::min(n - 1, i + 50);
            const auto j = static_cast<std::size_t>(
                m_random.between(static_cast<long long>(i) + 1, static_cast<long long>(last)));
            m_ws.stories[i].blocks.push_back(m_ws.stories[j].id);
        }
    }

    const GeneratorOptions& m_options;
    Random m_random;
    BacklogWriter m_writer;
    long long m_nowDays;
    Workspace m_ws;
    std::vector<std::string> m_epicAreas;
};

} // namespace

Workspace generateWorkspace(const GeneratorOptions& options) {
    return WorkspaceGenerator(options).run();
}

} // namespace storyloom
