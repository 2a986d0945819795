#include "StoryChanges.h"

#include <algorithm>

namespace storyloom {
namespace {

template <typename Owner, typename Field>
void copyIfChanged(const Owner& from, const Owner& to, Owner& target, Field Owner::*field) {
    if (!(from.*field == to.*field))
        target.*field = to.*field;
}

template <typename T> bool contains(const std::vector<T>& list, const T& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

/// A list edited as a set (labels, linked personas and insights, blocked stories): the items the
/// edit removed leave the stored list, the items it added join it, and items another writer added
/// or removed meanwhile stay as that writer left them. When nobody else changed the list, the edit's
/// list is taken as it is (its order too, so an undo restores the order exactly).
template <typename T>
void mergeList(const std::vector<T>& from, const std::vector<T>& to, std::vector<T>& target) {
    if (from == to)
        return;
    if (target == from) {
        target = to;
        return;
    }
    target.erase(std::remove_if(target.begin(), target.end(),
                                [&](const T& item) { return contains(from, item) && !contains(to, item); }),
                 target.end());
    for (const T& item : to)
        if (!contains(from, item) && !contains(target, item))
            target.push_back(item);
}

/// Each scoring input is its own field: the editor and `storyloom-cli set` change one at a time.
void mergeInputs(const ScoringInputs& from, const ScoringInputs& to, ScoringInputs& target) {
    copyIfChanged(from, to, target, &ScoringInputs::reach);
    copyIfChanged(from, to, target, &ScoringInputs::impact);
    copyIfChanged(from, to, target, &ScoringInputs::confidence);
    copyIfChanged(from, to, target, &ScoringInputs::effort);
    copyIfChanged(from, to, target, &ScoringInputs::iceImpact);
    copyIfChanged(from, to, target, &ScoringInputs::iceConfidence);
    copyIfChanged(from, to, target, &ScoringInputs::iceEase);
    copyIfChanged(from, to, target, &ScoringInputs::businessValue);
    copyIfChanged(from, to, target, &ScoringInputs::timeCriticality);
    copyIfChanged(from, to, target, &ScoringInputs::riskReduction);
    copyIfChanged(from, to, target, &ScoringInputs::jobSize);
    copyIfChanged(from, to, target, &ScoringInputs::kanoFunctional);
    copyIfChanged(from, to, target, &ScoringInputs::kanoDysfunctional);
    copyIfChanged(from, to, target, &ScoringInputs::value);
    copyIfChanged(from, to, target, &ScoringInputs::valueEffort);
    if (from.scorecard == to.scorecard)
        return;
    for (const auto& [name, value] : from.scorecard)
        if (!to.scorecard.count(name))
            target.scorecard.erase(name);
    for (const auto& [name, value] : to.scorecard) {
        const auto was = from.scorecard.find(name);
        if (was == from.scorecard.end() || was->second != value)
            target.scorecard[name] = value;
    }
}

} // namespace

void applyChangedFields(const Story& from, const Story& to, Story& target) {
    copyIfChanged(from, to, target, &Story::epicId);
    copyIfChanged(from, to, target, &Story::title);
    copyIfChanged(from, to, target, &Story::asA);
    copyIfChanged(from, to, target, &Story::iWant);
    copyIfChanged(from, to, target, &Story::soThat);
    copyIfChanged(from, to, target, &Story::description);
    copyIfChanged(from, to, target, &Story::status);
    copyIfChanged(from, to, target, &Story::points);
    copyIfChanged(from, to, target, &Story::moscow);
    mergeList(from.labels, to.labels, target.labels);
    mergeList(from.personaIds, to.personaIds, target.personaIds);
    mergeList(from.insightIds, to.insightIds, target.insightIds);
    mergeList(from.blocks, to.blocks, target.blocks);
    copyIfChanged(from, to, target, &Story::releaseId);
    mergeInputs(from.inputs, to.inputs, target.inputs);
    copyIfChanged(from, to, target, &Story::criteria);
    copyIfChanged(from, to, target, &Story::rank);
}

} // namespace storyloom
