// jira::validate(): the checks run before any Jira export is written.
#include "JiraValidation.h"

#include "JiraDescription.h"
#include "JiraExport.h"

#include <map>
#include <unordered_map>

namespace storyloom::jira {
namespace {

class Checker {
public:
    explicit Checker(std::vector<Problem>& out) : m_out(out) {}

    void error(const std::string& key, std::string message) {
        m_out.push_back({key, Severity::Error, std::move(message)});
    }
    void warning(const std::string& key, std::string message) {
        m_out.push_back({key, Severity::Warning, std::move(message)});
    }

    void summary(const std::string& key, const std::string& title) {
        if (title.find_first_not_of(" \t\r\n") == std::string::npos)
            error(key, "The title is empty, and Jira needs a summary. Give the item a title.");
        const std::size_t n = jiraLength(title);
        if (n > kMaxSummaryLength)
            error(key, "The title has " + std::to_string(n) + " characters; Jira accepts at most " +
                           std::to_string(kMaxSummaryLength) + ". Shorten it.");
    }

    void longText(const std::string& key, const std::string& what, const std::string& markup) {
        const std::size_t n = jiraLength(markup);
        if (n > kMaxDescriptionLength)
            error(key, "The " + what + " would be " + std::to_string(n) +
                           " characters long in Jira, which accepts at most " +
                           std::to_string(kMaxDescriptionLength) +
                           ". Shorten the description or the criteria.");
    }

    void externalId(const std::string& key, const std::string& id) {
        const auto [it, inserted] = m_ids.emplace(id, key);
        if (!inserted)
            error(key, "It would get the issue id " + id + ", which " + it->second +
                           " already has. Give one of them a new key.");
    }

private:
    std::vector<Problem>& m_out;
    std::unordered_map<std::string, std::string> m_ids; ///< externalId -> key of its first user
};

} // namespace

std::size_t jiraLength(std::string_view utf8) {
    std::size_t n = 0;
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c & 0xC0) != 0x80)
            n += c >= 0xF0 ? 2 : 1;
    }
    return n;
}

std::vector<Problem> validate(const Workspace& workspace, const ExportRequest& request) {
    const Selected selected = resolve(workspace, request.selection);
    const Profile& profile = request.profile;
    std::vector<Problem> problems;
    Checker check(problems);

    std::map<std::string, std::string> epicNames; // title -> first epic key
    for (const Epic* e : selected.epics) {
        check.summary(e->key, e->title);
        check.longText(e->key, "description", epicDescription(*e));
        check.externalId(e->key, externalId(e->key, e->id));
        if (profile.epicLinking == EpicLinking::EpicLink) {
            const auto [it, inserted] = epicNames.emplace(e->title, e->key);
            if (!inserted)
                check.warning(e->key,
                              "Its title is also the title of " + it->second +
                                  "; the JSON file links stories to epics by title (Epic Name), so "
                                  "their stories may end up under one epic. Make the titles different.");
        }
    }
    for (const Story* s : selected.stories) {
        check.summary(s->key, s->title);
        check.longText(s->key, "description", storyDescription(*s, profile));
        if (profile.criteriaLocation == CriteriaLocation::CustomField)
            check.longText(s->key, "acceptance criteria field", criteriaBlocks(*s));
        check.externalId(s->key, externalId(s->key, s->id));
        if (profile.labelSpaces == LabelSpaces::Error) {
            for (const std::string& label : s->labels)
                if (label.find(' ') != std::string::npos)
                    check.error(s->key,
                                "The label \"" + label +
                                    "\" contains a space, which Jira does not allow in labels. Rename "
                                    "the label, or let the profile replace spaces with '-'.");
        }
        if (profile.exportsStatuses() && statusName(profile, s->status).empty())
            check.error(s->key, "Its status \"" + std::string(label(s->status)) +
                                    "\" has no Jira status in the profile \"" + profile.name +
                                    "\", and Jira rejects unknown statuses. Map it in the profile.");
        if (s->epicId && !selected.epicOf(*s)) {
            const Epic* epic = workspace.findEpic(*s->epicId);
            check.warning(s->key,
                          "Its epic " + (epic ? epic->key : std::string("(missing)")) +
                              " is not part of this export, so it will arrive in Jira without an epic. "
                              "Export the epic too, or link it in Jira afterwards.");
        }
    }
    return problems;
}

} // namespace storyloom::jira
