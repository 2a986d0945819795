#pragma once

#include "domain/Workspace.h"

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace storyloom {

/// The Definition of Ready: a checklist of rules a story must pass before a sprint may take it.
/// Each rule can be switched on or off per workspace ("readiness.*" settings, see
/// docs/file-format.md).
enum class ReadinessRule {
    StatusReady,            ///< the story's status is Ready
    UserStoryParts,         ///< As a / I want / So that are all filled
    HasCriteria,            ///< at least one acceptance criterion
    GivenWhenThenComplete,  ///< every Given/When/Then criterion has all three parts
    Estimated,              ///< story points are set
    AccessibilityCriterion, ///< a story with a UI-facing label has an accessibility criterion
    NoOpenBlocker,          ///< no story that blocks this one is still open (not Done / Won't do)
    LinkedEvidence          ///< at least one linked insight
};

inline constexpr std::array<ReadinessRule, 8> kAllReadinessRules{
    ReadinessRule::StatusReady,   ReadinessRule::UserStoryParts,
    ReadinessRule::HasCriteria,   ReadinessRule::GivenWhenThenComplete,
    ReadinessRule::Estimated,     ReadinessRule::AccessibilityCriterion,
    ReadinessRule::NoOpenBlocker, ReadinessRule::LinkedEvidence};

/// "readiness.requireStatusReady", ...: the workspace setting that switches the rule on ("true") or
/// off ("false").
std::string_view settingName(ReadinessRule rule);
/// The rule in a product owner's words: "Status is Ready", "User story complete", ...
std::string_view label(ReadinessRule rule);

/// Which rules apply in a workspace. Every rule is on by default except LinkedEvidence.
struct ReadinessRules {
    static constexpr std::string_view kUiLabelsSetting = "readiness.uiLabels";

    std::array<bool, kAllReadinessRules.size()> enabled{true, true, true, true, true, true, true, false};
    /// Labels that mark a story as UI-facing (AccessibilityCriterion), compared case-insensitively.
    std::vector<std::string> uiLabels{"ui"};

    bool isEnabled(ReadinessRule rule) const { return enabled[static_cast<std::size_t>(rule)]; }
    void setEnabled(ReadinessRule rule, bool on) { enabled[static_cast<std::size_t>(rule)] = on; }

    /// Reads the "readiness.*" settings; missing or unreadable values keep their defaults (a rule
    /// setting reads "true"/"false", also "1"/"0", "yes"/"no", "on"/"off"; uiLabels is a comma
    /// separated list).
    static ReadinessRules fromSettings(const std::map<std::string, std::string>& settings);
    /// One sentence for each "readiness.*" rule setting that fromSettings() cannot read (and so
    /// ignores), naming the setting, its value and what applies instead. Empty when all are readable.
    static std::vector<std::string> settingProblems(const std::map<std::string, std::string>& settings);
    /// Every readiness setting with its value, such that fromSettings(toSettings()) == *this.
    std::map<std::string, std::string> toSettings() const;

    bool operator==(const ReadinessRules&) const = default;
};

/// What evaluating readiness needs besides the story: the workspace's rules and who blocks whom.
/// Build it once per workspace change (one pass over the stories); evaluating a story then costs a
/// hash lookup for its blockers, never a scan of the workspace.
class ReadinessContext {
public:
    /// Default rules and no blockers: for a story seen on its own.
    ReadinessContext() = default;
    /// The workspace's rules (from its settings) and its open-blocker index.
    explicit ReadinessContext(const Workspace& workspace);
    ReadinessContext(ReadinessRules rules, const Workspace& workspace);

    const ReadinessRules& rules() const { return m_rules; }
    /// Keys of the open stories (not Done / Won't do) that block `storyId`, nullptr when none does.
    const std::vector<std::string>* openBlockers(Id storyId) const;

private:
    ReadinessRules m_rules;
    std::unordered_map<Id, std::vector<std::string>> m_openBlockers;
};

/// One rule's outcome for one story. `message` names what is missing when the rule failed
/// ("no \"So that\" part", "blocked by SHOP-7"), or says what was checked when it passed.
struct ReadinessCheck {
    ReadinessRule rule = ReadinessRule::StatusReady;
    bool enabled = true; ///< false: the workspace does not require this rule (it counts as passed)
    bool passed = true;
    std::string message;
};

/// Every rule, in kAllReadinessRules order, with its outcome.
struct ReadinessReport {
    std::vector<ReadinessCheck> checks;

    bool ready() const;
    /// The message of the first failed rule, empty when ready.
    std::string firstMissing() const;
    /// The messages of every failed rule.
    std::vector<std::string> missing() const;
};

ReadinessReport evaluate(const Story& story, const ReadinessContext& context);
/// evaluate(story, context).ready() without building messages: cheap enough for every row of a
/// 100,000-story backlog.
bool isReady(const Story& story, const ReadinessContext& context);
/// The first failed rule's message, empty when ready (what the backlog's Readiness column shows).
std::string firstMissingReadinessItem(const Story& story, const ReadinessContext& context);

/// The same with the default rules and no blocker knowledge (the story seen on its own).
std::string firstMissingReadinessItem(const Story& story);
bool isReady(const Story& story);

} // namespace storyloom
