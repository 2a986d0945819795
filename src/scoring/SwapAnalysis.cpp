#include "SwapAnalysis.h"

#include "KanoCategory.h"
#include "NumberText.h"
#include "Score.h"
#include "ScoringError.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <limits>

namespace storyloom::scoring {
namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

bool ranksBefore(const ScoreValue& a, const ScoreValue& b, bool aFirstManually) {
    if (!a.scored || !b.scored)
        return a.scored;
    if (a.tier != b.tier)
        return a.tier > b.tier;
    if (a.total != b.total)
        return a.total > b.total;
    return aFirstManually;
}

/// Something that can be turned: an input of a story or a weight in the settings.
struct Knob {
    std::string what;
    SwapChange::Kind kind = SwapChange::Kind::Input;
    bool onSettings = false;
    double min = 0;
    double max = kInfinity;
    std::vector<double> steps; ///< non-empty: only these values
    std::function<std::optional<double>(const Story&, const ScoringSettings&)> get;
    std::function<void(Story&, ScoringSettings&, double)> set;
    std::function<std::string(double)> text; ///< for classes; numbers otherwise
};

int moscowTier(Moscow m) {
    switch (m) {
    case Moscow::Must:
        return 4;
    case Moscow::Should:
        return 3;
    case Moscow::Could:
        return 2;
    case Moscow::Wont:
        return 1;
    case Moscow::Unset:
        break;
    }
    return 0;
}

Moscow moscowOfTier(int tier) {
    constexpr std::array<Moscow, 5> kByTier{Moscow::Unset, Moscow::Wont, Moscow::Could, Moscow::Should,
                                            Moscow::Must};
    return kByTier[static_cast<std::size_t>(std::clamp(tier, 0, 4))];
}

/// An answer pair that the evaluation table classifies as `category`.
std::pair<KanoAnswer, KanoAnswer> answersFor(KanoCategory category) {
    switch (category) {
    case KanoCategory::MustBe:
        return {KanoAnswer::Neutral, KanoAnswer::Dislike};
    case KanoCategory::OneDimensional:
        return {KanoAnswer::Like, KanoAnswer::Dislike};
    case KanoCategory::Attractive:
        return {KanoAnswer::Like, KanoAnswer::Neutral};
    case KanoCategory::Indifferent:
        return {KanoAnswer::Neutral, KanoAnswer::Neutral};
    case KanoCategory::Reverse:
    case KanoCategory::Questionable:
        break;
    }
    return {KanoAnswer::Dislike, KanoAnswer::Like};
}

void addField(std::vector<Knob>& out, StoryField field) {
    const FieldScale scale = fieldScale(field);
    Knob k;
    k.what = std::string(toId(field));
    k.min = scale.min;
    k.max = scale.max;
    k.steps.assign(scale.steps.begin(), scale.steps.end());
    k.get = [field](const Story& s, const ScoringSettings&) { return fieldValue(s, field); };
    k.set = [field](Story& s, ScoringSettings&, double v) { setFieldValue(s, field, v); };
    out.push_back(std::move(k));
}

void collectKnobs(Framework framework, const ScoringContext& context, std::vector<Knob>& out) {
    const ScoringSettings& settings = context.settings();
    const bool evidence = settings.evidence.enabled;
    switch (framework) {
    case Framework::Rice:
        for (auto f : {StoryField::Reach, StoryField::Impact, StoryField::Confidence, StoryField::Effort})
            if (!(evidence && f == StoryField::Confidence))
                addField(out, f);
        return;
    case Framework::Ice:
        for (auto f : {StoryField::IceImpact, StoryField::IceConfidence, StoryField::IceEase})
            if (!(evidence && f == StoryField::IceConfidence))
                addField(out, f);
        return;
    case Framework::Wsjf:
        for (auto f : {StoryField::BusinessValue, StoryField::TimeCriticality, StoryField::RiskReduction,
                       StoryField::JobSize})
            addField(out, f);
        return;
    case Framework::ValueEffort:
        addField(out, StoryField::Value);
        addField(out, StoryField::ValueEffort);
        return;
    case Framework::Formula:
        if (context.formula())
            for (auto f : context.formula()->fields())
                addField(out, f);
        return;
    case Framework::Scorecard:
        for (std::size_t i = 0; i < settings.scorecard.size(); ++i) {
            const ScorecardCriterion& c = settings.scorecard[i];
            Knob value;
            value.what = c.name;
            value.min = c.min;
            value.max = c.max;
            value.get = [name = c.name](const Story& s, const ScoringSettings&) -> std::optional<double> {
                const auto it = s.inputs.scorecard.find(name);
                return it == s.inputs.scorecard.end() ? std::nullopt : std::optional<double>(it->second);
            };
            value.set = [name = c.name](Story& s, ScoringSettings&, double v) {
                s.inputs.scorecard[name] = v;
            };
            out.push_back(std::move(value));
            Knob weight;
            weight.what = "weight of " + c.name;
            weight.kind = SwapChange::Kind::Weight;
            weight.onSettings = true;
            weight.get = [i](const Story&, const ScoringSettings& s) {
                return std::optional<double>(s.scorecard[i].weight);
            };
            weight.set = [i](Story&, ScoringSettings& s, double v) { s.scorecard[i].weight = v; };
            out.push_back(std::move(weight));
        }
        return;
    case Framework::Moscow: {
        Knob k;
        k.what = "MoSCoW class";
        k.kind = SwapChange::Kind::Class;
        k.steps = {1, 2, 3, 4};
        k.min = 1;
        k.max = 4;
        k.get = [](const Story& s, const ScoringSettings&) -> std::optional<double> {
            return s.moscow == Moscow::Unset ? std::nullopt : std::optional<double>(moscowTier(s.moscow));
        };
        k.set = [](Story& s, ScoringSettings&, double v) { s.moscow = moscowOfTier(static_cast<int>(v)); };
        k.text = [](double v) { return std::string(label(moscowOfTier(static_cast<int>(v)))); };
        out.push_back(std::move(k));
        if (settings.moscowTieBreak)
            collectKnobs(*settings.moscowTieBreak, context, out);
        return;
    }
    case Framework::Kano: {
        Knob k;
        k.what = "Kano category";
        k.kind = SwapChange::Kind::Class;
        k.steps = {0, 1, 2, 3, 4}; // KanoCategory values must-be .. reverse
        k.min = 0;
        k.max = 4;
        k.get = [](const Story& s, const ScoringSettings&) -> std::optional<double> {
            if (!s.inputs.kanoFunctional || !s.inputs.kanoDysfunctional)
                return std::nullopt;
            const auto c = classifyKano(*s.inputs.kanoFunctional, *s.inputs.kanoDysfunctional);
            return c == KanoCategory::Questionable ? std::nullopt
                                                   : std::optional<double>(static_cast<int>(c));
        };
        k.set = [](Story& s, ScoringSettings&, double v) {
            const auto [functional, dysfunctional] =
                answersFor(static_cast<KanoCategory>(static_cast<int>(v)));
            s.inputs.kanoFunctional = functional;
            s.inputs.kanoDysfunctional = dysfunctional;
        };
        k.text = [](double v) { return std::string(label(static_cast<KanoCategory>(static_cast<int>(v)))); };
        out.push_back(std::move(k));
        if (settings.kano.base)
            collectKnobs(*settings.kano.base, context, out);
        if (settings.kano.mode == KanoMode::Weight)
            for (std::size_t c = 0; c < settings.kano.weights.size(); ++c) {
                Knob w;
                w.what = "Kano weight of " + std::string(label(static_cast<KanoCategory>(c)));
                w.kind = SwapChange::Kind::Weight;
                w.onSettings = true;
                w.get = [c](const Story&, const ScoringSettings& s) {
                    return std::optional<double>(s.kano.weights[c]);
                };
                w.set = [c](Story&, ScoringSettings& s, double v) { s.kano.weights[c] = v; };
                out.push_back(std::move(w));
            }
        return;
    }
    }
}

double roundSignificant(double v, int digits) {
    if (v == 0 || !std::isfinite(v))
        return v;
    const double magnitude =
        std::pow(10.0, digits - 1 - static_cast<int>(std::floor(std::log10(std::fabs(v)))));
    return std::round(v * magnitude) / magnitude;
}

/// The smallest move from v0 towards `bound` (dir +1 up, -1 down) that makes swapped() true, as
/// (last value that does not swap, first that does); nullopt when none does before the bound.
std::optional<std::pair<double, double>> search(double v0, double lo, double hi, int dir,
                                                const std::function<bool(double)>& swapped) {
    const double bound = dir > 0 ? hi : lo;
    if (dir > 0 ? v0 >= bound : v0 <= bound)
        return std::nullopt;
    const double base = std::max(std::fabs(v0), 1.0) * 1e-4;
    double previous = v0;
    for (int k = 0; k < 400; ++k) {
        double v = v0 + dir * std::ldexp(base, k);
        const bool atBound = dir > 0 ? v >= bound : v <= bound;
        if (atBound)
            v = bound;
        if (!std::isfinite(v))
            return std::nullopt;
        if (swapped(v)) {
            double keep = previous, swap = v;
            for (int i = 0; i < 200; ++i) {
                const double mid = keep + (swap - keep) / 2;
                if (mid == keep || mid == swap)
                    break;
                (swapped(mid) ? swap : keep) = mid;
            }
            return std::make_pair(keep, swap);
        }
        if (atBound)
            return std::nullopt;
        previous = v;
    }
    return std::nullopt;
}

} // namespace

SwapAnalysis analyseSwap(const Story& upper, const Story& lower, bool upperFirstManually,
                         const ScoringContext& context) {
    SwapAnalysis result;
    result.upperId = upper.id;
    result.lowerId = lower.id;
    std::vector<Knob> knobs;
    collectKnobs(context.settings().framework, context, knobs);

    const ScoreValue upperScore = scoreValue(upper, context);
    const ScoreValue lowerScore = scoreValue(lower, context);

    for (const Knob& knob : knobs) {
        // Story knobs are tried on both stories; a settings knob once.
        for (int target = 0; target < (knob.onSettings ? 1 : 2); ++target) {
            const Story& story = target == 0 ? upper : lower;
            const auto current = knob.get(story, context.settings());
            if (!current)
                continue;
            Story working = story;
            ScoringSettings settings = context.settings();
            std::function<bool(double)> swapped = [&](double v) {
                if (knob.onSettings) {
                    knob.set(working, settings, v);
                    const ScoringContext changed = context.withSettings(settings);
                    return ranksBefore(scoreValue(lower, changed), scoreValue(upper, changed),
                                       !upperFirstManually);
                }
                knob.set(working, settings, v);
                const ScoreValue changed = scoreValue(working, context);
                return target == 0 ? ranksBefore(lowerScore, changed, !upperFirstManually)
                                   : ranksBefore(changed, upperScore, !upperFirstManually);
            };

            std::optional<double> best;
            bool beyond = false;
            if (!knob.steps.empty()) {
                for (double step : knob.steps)
                    if (step != *current && swapped(step) &&
                        (!best || std::fabs(step - *current) < std::fabs(*best - *current)))
                        best = step;
            } else {
                for (int dir : {-1, 1}) {
                    const auto found = search(*current, knob.min, knob.max, dir, swapped);
                    if (!found)
                        continue;
                    // Report the tie point, rounded for reading, and whether reaching it is enough.
                    double to = roundSignificant(found->first + (found->second - found->first) / 2, 6);
                    to = std::clamp(to, knob.min, knob.max);
                    const bool past = !swapped(to);
                    if (!best || std::fabs(to - *current) < std::fabs(*best - *current)) {
                        best = to;
                        beyond = past;
                    }
                }
            }
            if (!best)
                continue;
            SwapChange change;
            change.kind = knob.kind;
            change.storyId = knob.onSettings ? 0 : story.id;
            change.what = knob.what;
            change.from = *current;
            change.to = *best;
            change.beyond = beyond;
            change.fromText = knob.text ? knob.text(*current) : formatRounded(*current, 6);
            change.toText = knob.text ? knob.text(*best) : formatRounded(*best, 6);
            const double delta = std::fabs(*best - *current);
            if (knob.kind == SwapChange::Kind::Class)
                change.relativeChange = delta / 4.0;
            else
                change.relativeChange = *current == 0 ? delta : delta / std::fabs(*current);
            result.changes.push_back(std::move(change));
        }
    }
    std::stable_sort(
        result.changes.begin(), result.changes.end(),
        [](const SwapChange& a, const SwapChange& b) { return a.relativeChange < b.relativeChange; });
    return result;
}

SwapAnalysis analyseSwap(const Ranker& ranker, const Ranking& ranking, std::size_t position,
                         const ScoringContext& context) {
    if (position < 1 || position >= ranking.entries.size())
        throw ScoringError("There is no pair of stories at position " + std::to_string(position) + " and " +
                           std::to_string(position + 1) + "; the ranking has " +
                           std::to_string(ranking.entries.size()) + " stories.");
    const RankedStory& upperEntry = ranking.entries[position - 1];
    const RankedStory& lowerEntry = ranking.entries[position];
    const auto& stories = ranker.workspace().stories;
    const auto ui = ranker.indexOfId(upperEntry.storyId);
    const auto li = ranker.indexOfId(lowerEntry.storyId);
    if (ui < 0 || li < 0)
        throw ScoringError("The ranking does not belong to this workspace; rank it again.");
    const Story& upper = stories[static_cast<std::size_t>(ui)];
    const Story& lower = stories[static_cast<std::size_t>(li)];
    if (!upperEntry.score.scored || !lowerEntry.score.scored)
        throw ScoringError((upperEntry.score.scored ? lower.key : upper.key) +
                           " is unscored, so no score change moves it; enter its missing inputs first.");
    const bool upperFirst = ranker.manualPosition(static_cast<std::size_t>(ui)) <
                            ranker.manualPosition(static_cast<std::size_t>(li));
    SwapAnalysis result = analyseSwap(upper, lower, upperFirst, context);

    const ScoringSettings& settings = context.settings();
    const bool pinned = std::any_of(settings.pins.begin(), settings.pins.end(), [&](const Pin& p) {
        return p.above == upper.key && p.below == lower.key;
    });
    const bool blocks = settings.respectBlockers &&
                        std::find(upper.blocks.begin(), upper.blocks.end(), lower.id) != upper.blocks.end();
    if (pinned) {
        result.constrained = true;
        result.constraint =
            upper.key + " is pinned above " + lower.key + "; remove the pin to let scores decide.";
    } else if (blocks) {
        result.constrained = true;
        result.constraint = upper.key + " blocks " + lower.key + ", and blockers are respected; " +
                            lower.key + " cannot rank above it.";
    } else if (!ranksBefore(upperEntry.score, lowerEntry.score, upperFirst)) {
        result.constrained = true;
        result.constraint = upperEntry.pinned ? upper.key + " is placed by a pin, not by its score."
                                              : lower.key + " is held back by a story that blocks it.";
    }
    if (result.constrained)
        result.changes.clear();
    return result;
}

} // namespace storyloom::scoring
