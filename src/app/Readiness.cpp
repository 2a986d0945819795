#include "Readiness.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace storyloom {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return std::string(text.substr(first, last - first + 1));
}

std::optional<bool> parseFlag(const std::string& text) {
    const std::string v = lower(trimmed(text));
    if (v == "true" || v == "1" || v == "yes" || v == "on")
        return true;
    if (v == "false" || v == "0" || v == "no" || v == "off")
        return false;
    return std::nullopt;
}

bool isOpen(StoryStatus status) {
    return status != StoryStatus::Done && status != StoryStatus::WontDo;
}

bool blank(const std::string& text) {
    return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

bool incomplete(const AcceptanceCriterion& c) {
    return c.format == CriterionFormat::GivenWhenThen && (blank(c.given) || blank(c.when) || blank(c.then));
}

/// `ui` is lower case already; no allocation (this runs for every backlog row).
bool equalsLower(const std::string& text, const std::string& ui) {
    return text.size() == ui.size() && std::equal(text.begin(), text.end(), ui.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == static_cast<unsigned char>(b);
           });
}

bool isUiFacing(const Story& story, const ReadinessRules& rules) {
    for (const auto& l : story.labels)
        for (const auto& ui : rules.uiLabels)
            if (equalsLower(l, ui))
                return true;
    return false;
}

bool hasAccessibilityCriterion(const Story& story) {
    return std::any_of(story.criteria.begin(), story.criteria.end(),
                       [](const AcceptanceCriterion& c) { return c.kind == CriterionKind::Accessibility; });
}

std::string quotedList(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i)
        out += (i ? ", \"" : "\"") + parts[i] + "\"";
    return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i)
            out += separator;
        out += parts[i];
    }
    return out;
}

/// Whether the rule passes; `message` (when not null) gets what is missing or what was checked.
bool check(ReadinessRule rule, const Story& s, const ReadinessContext& context, std::string* message) {
    switch (rule) {
    case ReadinessRule::StatusReady:
        if (s.status == StoryStatus::Ready) {
            if (message)
                *message = "status is Ready";
            return true;
        }
        if (message)
            *message = "status is not Ready";
        return false;
    case ReadinessRule::UserStoryParts: {
        const bool ok = !blank(s.asA) && !blank(s.iWant) && !blank(s.soThat);
        if (message) {
            std::vector<std::string> gaps;
            if (blank(s.asA))
                gaps.emplace_back("As a");
            if (blank(s.iWant))
                gaps.emplace_back("I want");
            if (blank(s.soThat))
                gaps.emplace_back("So that");
            *message = gaps.empty() ? "As a, I want and So that are filled"
                                    : "no " + quotedList(gaps) + (gaps.size() == 1 ? " part" : " parts");
        }
        return ok;
    }
    case ReadinessRule::HasCriteria:
        if (message)
            *message = s.criteria.empty()
                           ? std::string("no acceptance criteria")
                           : std::to_string(s.criteria.size()) +
                                 (s.criteria.size() == 1 ? " acceptance criterion" : " acceptance criteria");
        return !s.criteria.empty();
    case ReadinessRule::GivenWhenThenComplete: {
        const bool ok = std::none_of(s.criteria.begin(), s.criteria.end(), incomplete);
        if (message) {
            std::vector<std::string> gaps;
            for (std::size_t i = 0; i < s.criteria.size(); ++i) {
                const auto& c = s.criteria[i];
                if (!incomplete(c))
                    continue;
                std::vector<std::string> parts;
                if (blank(c.given))
                    parts.emplace_back("Given");
                if (blank(c.when))
                    parts.emplace_back("When");
                if (blank(c.then))
                    parts.emplace_back("Then");
                gaps.push_back("criterion " + std::to_string(i + 1) + " has no " + quotedList(parts));
            }
            *message = gaps.empty() ? "Given/When/Then criteria are complete" : join(gaps, "; ");
        }
        return ok;
    }
    case ReadinessRule::Estimated:
        if (message)
            *message = s.points ? "estimated at " + std::to_string(*s.points) + " points" : "not estimated";
        return s.points.has_value();
    case ReadinessRule::AccessibilityCriterion: {
        const bool ui = isUiFacing(s, context.rules());
        const bool ok = !ui || hasAccessibilityCriterion(s);
        if (message)
            *message = !ui  ? "not labelled UI-facing"
                       : ok ? "has an accessibility criterion"
                            : "UI-facing but no accessibility criterion";
        return ok;
    }
    case ReadinessRule::NoOpenBlocker: {
        const auto* blockers = context.openBlockers(s.id);
        if (message)
            *message = blockers ? "blocked by " + join(*blockers, ", ") : std::string("no open blocker");
        return blockers == nullptr;
    }
    case ReadinessRule::LinkedEvidence:
        if (message)
            *message = s.insightIds.empty()
                           ? std::string("no linked insight")
                           : std::to_string(s.insightIds.size()) +
                                 (s.insightIds.size() == 1 ? " linked insight" : " linked insights");
        return !s.insightIds.empty();
    }
    return true;
}

const ReadinessContext& defaultContext() {
    static const ReadinessContext context;
    return context;
}

} // namespace

std::string_view settingName(ReadinessRule rule) {
    switch (rule) {
    case ReadinessRule::StatusReady:
        return "readiness.requireStatusReady";
    case ReadinessRule::UserStoryParts:
        return "readiness.requireUserStory";
    case ReadinessRule::HasCriteria:
        return "readiness.requireCriteria";
    case ReadinessRule::GivenWhenThenComplete:
        return "readiness.requireCompleteGivenWhenThen";
    case ReadinessRule::Estimated:
        return "readiness.requireEstimate";
    case ReadinessRule::AccessibilityCriterion:
        return "readiness.requireAccessibilityCriterion";
    case ReadinessRule::NoOpenBlocker:
        return "readiness.requireNoOpenBlocker";
    case ReadinessRule::LinkedEvidence:
        return "readiness.requireEvidence";
    }
    return {};
}

std::string_view label(ReadinessRule rule) {
    switch (rule) {
    case ReadinessRule::StatusReady:
        return "Status is Ready";
    case ReadinessRule::UserStoryParts:
        return "User story complete (As a, I want, So that)";
    case ReadinessRule::HasCriteria:
        return "At least one acceptance criterion";
    case ReadinessRule::GivenWhenThenComplete:
        return "Given/When/Then criteria complete";
    case ReadinessRule::Estimated:
        return "Estimated";
    case ReadinessRule::AccessibilityCriterion:
        return "Accessibility criterion on UI-facing stories";
    case ReadinessRule::NoOpenBlocker:
        return "No open blocker";
    case ReadinessRule::LinkedEvidence:
        return "Linked to evidence (an insight)";
    }
    return {};
}

std::vector<std::string> ReadinessRules::settingProblems(const std::map<std::string, std::string>& settings) {
    std::vector<std::string> out;
    const ReadinessRules defaults;
    for (ReadinessRule rule : kAllReadinessRules) {
        const auto found = settings.find(std::string(settingName(rule)));
        if (found == settings.end() || parseFlag(found->second))
            continue;
        out.push_back("The setting " + found->first + " is \"" + found->second +
                      "\", which is neither true nor false, so the rule \"" + std::string(label(rule)) +
                      "\" is " + (defaults.isEnabled(rule) ? "on" : "off") +
                      " as by default. Choose Definition of Ready\u2026 to set it.");
    }
    return out;
}

ReadinessRules ReadinessRules::fromSettings(const std::map<std::string, std::string>& settings) {
    ReadinessRules rules;
    for (ReadinessRule rule : kAllReadinessRules) {
        const auto found = settings.find(std::string(settingName(rule)));
        if (found == settings.end())
            continue;
        if (const auto on = parseFlag(found->second))
            rules.setEnabled(rule, *on);
    }
    if (const auto found = settings.find(std::string(kUiLabelsSetting)); found != settings.end()) {
        rules.uiLabels.clear();
        std::string_view rest = found->second;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string one = lower(trimmed(rest.substr(0, comma)));
            if (!one.empty() &&
                std::find(rules.uiLabels.begin(), rules.uiLabels.end(), one) == rules.uiLabels.end())
                rules.uiLabels.push_back(one);
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
    }
    return rules;
}

std::map<std::string, std::string> ReadinessRules::toSettings() const {
    std::map<std::string, std::string> out;
    for (ReadinessRule rule : kAllReadinessRules)
        out[std::string(settingName(rule))] = isEnabled(rule) ? "true" : "false";
    out[std::string(kUiLabelsSetting)] = join(uiLabels, ",");
    return out;
}

ReadinessContext::ReadinessContext(const Workspace& workspace)
    : ReadinessContext(ReadinessRules::fromSettings(workspace.settings), workspace) {}

ReadinessContext::ReadinessContext(ReadinessRules rules, const Workspace& workspace)
    : m_rules(std::move(rules)) {
    if (!m_rules.isEnabled(ReadinessRule::NoOpenBlocker))
        return;
    // The reverse of Story::blocks, keeping only blockers that are still open.
    for (const Story& s : workspace.stories) {
        if (!isOpen(s.status))
            continue;
        for (Id blocked : s.blocks)
            m_openBlockers[blocked].push_back(s.key);
    }
}

const std::vector<std::string>* ReadinessContext::openBlockers(Id storyId) const {
    const auto found = m_openBlockers.find(storyId);
    return found == m_openBlockers.end() ? nullptr : &found->second;
}

bool ReadinessReport::ready() const {
    return std::all_of(checks.begin(), checks.end(), [](const ReadinessCheck& c) { return c.passed; });
}

std::string ReadinessReport::firstMissing() const {
    for (const auto& c : checks)
        if (!c.passed)
            return c.message;
    return {};
}

std::vector<std::string> ReadinessReport::missing() const {
    std::vector<std::string> out;
    for (const auto& c : checks)
        if (!c.passed)
            out.push_back(c.message);
    return out;
}

ReadinessReport evaluate(const Story& story, const ReadinessContext& context) {
    ReadinessReport report;
    report.checks.reserve(kAllReadinessRules.size());
    for (ReadinessRule rule : kAllReadinessRules) {
        ReadinessCheck c;
        c.rule = rule;
        c.enabled = context.rules().isEnabled(rule);
        const bool passed = check(rule, story, context, &c.message);
        c.passed = passed || !c.enabled;
        if (!c.enabled)
            c.message = "not required in this workspace";
        report.checks.push_back(std::move(c));
    }
    return report;
}

bool isReady(const Story& story, const ReadinessContext& context) {
    for (ReadinessRule rule : kAllReadinessRules)
        if (context.rules().isEnabled(rule) && !check(rule, story, context, nullptr))
            return false;
    return true;
}

std::string firstMissingReadinessItem(const Story& story, const ReadinessContext& context) {
    for (ReadinessRule rule : kAllReadinessRules) {
        if (context.rules().isEnabled(rule) && !check(rule, story, context, nullptr)) {
            std::string message;
            check(rule, story, context, &message);
            return message;
        }
    }
    return {};
}

std::string firstMissingReadinessItem(const Story& story) {
    return firstMissingReadinessItem(story, defaultContext());
}

bool isReady(const Story& story) {
    return isReady(story, defaultContext());
}

} // namespace storyloom
