#include "JiraImport.h"

#include "JiraDescriptionReader.h"
#include "JiraProfile.h"
#include "domain/Rank.h"
#include "exchange/ReadError.h"
#include "exchange/Utf8.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

namespace storyloom::jira {
namespace {

constexpr const char* kAdvice = "Correct the file and import it again";

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// Lower case with ' ', '-', '_' and apostrophes dropped, so "Won't Do", "wont-do" and "WONTDO" match.
std::string looseName(std::string_view text) {
    std::string out;
    for (char c : lower(text))
        if (c != ' ' && c != '-' && c != '_' && c != '\'')
            out += c;
    return out;
}

std::string trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return std::string(text.substr(first, last - first + 1));
}

/// `issue SHOP-12 "Pay with saved card" (line 14, column 3)`, for messages.
std::string describeIssue(const SourceIssue& issue) {
    std::string out = "the issue";
    if (!issue.key.empty())
        out += " " + utf8::forMessage(issue.key, 30);
    else if (!issue.externalId.empty())
        out += " with id " + utf8::forMessage(issue.externalId, 30);
    if (!issue.summary.empty())
        out += " \"" + utf8::forMessage(issue.summary) + "\"";
    if (issue.line > 0) {
        out += " (line " + std::to_string(issue.line);
        if (issue.column > 0)
            out += ", column " + std::to_string(issue.column);
        if (!issue.path.empty())
            out += ", at " + issue.path;
        out += ")";
    }
    return out;
}

[[noreturn]] void failAt(const SourceFile& file, const SourceIssue& issue, const std::string& problem) {
    throwReadError(file.fileName, describeIssue(issue) + ": " + problem, kAdvice, issue.line, issue.column,
                   issue.path.empty() ? issue.key : issue.path);
}

bool isEpicType(std::string_view type) {
    return looseName(type) == "epic";
}

std::optional<int> storyPoints(const SourceFile& file, const SourceIssue& issue,
                               std::vector<std::string>& warnings) {
    const std::string text = trimmed(issue.points);
    if (text.empty())
        return std::nullopt;
    const auto parsed = parsePoints(text);
    if (!parsed)
        failAt(file, issue,
               "the story points \"" + utf8::forMessage(text) + "\" are not a number of zero or more");
    const double value = *parsed;
    static constexpr int kScale[] = {0, 1, 2, 3, 5, 8, 13, 21};
    int points = 21;
    for (int step : kScale) {
        if (value <= step) {
            points = step;
            break;
        }
    }
    if (static_cast<double>(points) != value)
        warnings.push_back(describeIssue(issue) + ": the story points " + text +
                           " are not on Storyloom's scale (0, 1, 2, 3, 5, 8, 13, 21) and were imported as " +
                           std::to_string(points) + ".");
    return points;
}

/// The options' status names, Storyloom's own status names and the usual names of Jira's workflows.
std::optional<StoryStatus> storyStatus(const ImportOptions& options, std::string_view name) {
    for (const auto& [jiraName, status] : options.statuses)
        if (looseName(jiraName) == looseName(name))
            return status;
    if (auto own = parseStoryStatus(name))
        return own;
    static const std::map<std::string, StoryStatus, std::less<>> kJira{
        {"todo", StoryStatus::Draft},
        {"open", StoryStatus::Draft},
        {"backlog", StoryStatus::Draft},
        {"new", StoryStatus::Draft},
        {"reopened", StoryStatus::Draft},
        {"selectedfordevelopment", StoryStatus::Ready},
        {"readyfordevelopment", StoryStatus::Ready},
        {"inprogress", StoryStatus::InProgress},
        {"inreview", StoryStatus::InProgress},
        {"indevelopment", StoryStatus::InProgress},
        {"intest", StoryStatus::InProgress},
        {"done", StoryStatus::Done},
        {"closed", StoryStatus::Done},
        {"resolved", StoryStatus::Done},
        {"wontdo", StoryStatus::WontDo},
        {"wontfix", StoryStatus::WontDo},
        {"rejected", StoryStatus::WontDo},
        {"cancelled", StoryStatus::WontDo},
        {"canceled", StoryStatus::WontDo}};
    const auto it = kJira.find(looseName(name));
    return it == kJira.end() ? std::nullopt : std::optional<StoryStatus>(it->second);
}

EpicStatus epicStatus(const ImportOptions& options, std::string_view name) {
    if (auto own = parseEpicStatus(name))
        return *own;
    if (const auto story = storyStatus(options, name)) {
        switch (*story) {
        case StoryStatus::InProgress:
            return EpicStatus::InProgress;
        case StoryStatus::Done:
            return EpicStatus::Done;
        case StoryStatus::WontDo:
            return EpicStatus::Cancelled;
        case StoryStatus::Ready:
            return EpicStatus::Planned;
        default:
            break;
        }
    }
    return EpicStatus::Proposed;
}

std::optional<Moscow> moscowFor(const PriorityMap& map, std::string_view priority) {
    const std::string wanted = looseName(priority);
    for (const auto& [name, moscow] : map)
        if (looseName(name) == wanted)
            return moscow;
    return std::nullopt;
}

/// Ranks after `last` (the highest existing rank, "" for none): `last` followed by evenly spaced
/// digits, so every new rank sorts after every existing one, in file order.
std::vector<std::string> ranksAfter(const std::string& last, std::size_t count) {
    auto ranks = rank::evenlySpaced(count);
    for (auto& r : ranks)
        r.insert(0, last);
    return ranks;
}

template <typename T> std::string highestRank(const std::vector<T>& items) {
    std::string last;
    for (const auto& item : items)
        last = std::max(last, item.rank);
    return last;
}

/// Counts of a name that did not map (an unknown status or priority), reported once per name.
void warnUnknown(std::vector<std::string>& warnings, const std::map<std::string, std::size_t>& unknown,
                 const std::string& what, const std::string& importedAs) {
    for (const auto& [name, count] : unknown)
        warnings.push_back(std::to_string(count) + (count == 1 ? " issue has" : " issues have") + " the " +
                           what + " \"" + utf8::forMessage(name) + "\", which Storyloom does not know; " +
                           (count == 1 ? "it was" : "they were") + " imported as " + importedAs + ".");
}

} // namespace

std::optional<double> parsePoints(std::string_view raw) {
    const std::string text = trimmed(raw);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value < 0)
        return std::nullopt;
    return value;
}

namespace {

/// `exported` read backwards, then `extra` for names it does not use.
PriorityMap inverse(const std::map<Moscow, std::string>& exported, const PriorityMap& extra) {
    PriorityMap map;
    for (const auto& [moscow, name] : exported)
        map.emplace_back(name, moscow);
    for (const auto& entry : extra) {
        const bool known = std::any_of(map.begin(), map.end(), [&](const auto& m) {
            return looseName(m.first) == looseName(entry.first);
        });
        if (!known)
            map.push_back(entry);
    }
    return map;
}

} // namespace

PriorityMap defaultPriorityMap() {
    const auto profiles = presets();
    const PriorityMap jiraDefaults{{"Highest", Moscow::Must},
                                   {"High", Moscow::Should},
                                   {"Medium", Moscow::Should},
                                   {"Low", Moscow::Could},
                                   {"Lowest", Moscow::Wont}};
    return profiles.empty() ? jiraDefaults : inverse(profiles.front().priorities, jiraDefaults);
}

ImportOptions importOptionsFor(const Profile& profile) {
    ImportOptions options;
    if (!profile.storyPointsField.empty()) {
        auto& fields = options.pointsFields;
        fields.erase(std::remove(fields.begin(), fields.end(), profile.storyPointsField), fields.end());
        fields.insert(fields.begin(), profile.storyPointsField);
    }
    options.priorities = inverse(profile.priorities, defaultPriorityMap());
    for (const auto& [status, name] : profile.statuses)
        options.statuses.emplace_back(name, status);
    if (profile.criteriaLocation == CriteriaLocation::CustomField)
        options.criteriaField = profile.criteriaField;
    return options;
}

Workspace emptyWorkspaceFor(const SourceFile& file, const ImportOptions& options) {
    Workspace ws;
    ws.projectKey = options.projectKey.empty() ? file.projectKey : options.projectKey;
    if (ws.projectKey.empty()) {
        // A CSV export has no project column unless asked for; its issue keys carry the project key.
        for (const auto& issue : file.issues) {
            const auto dash = issue.key.rfind('-');
            if (dash != std::string::npos && keyNumber(issue.key) > 0) {
                ws.projectKey = issue.key.substr(0, dash);
                break;
            }
        }
    }
    if (ws.projectKey.empty())
        throwReadError(file.fileName, "the file names no Jira project key, so the new workspace has none",
                       "Give the project key for the new workspace (2 to 10 characters, such as SHOP)");
    if (!isValidProjectKey(ws.projectKey))
        throwReadError(file.fileName,
                       "the project key \"" + utf8::forMessage(ws.projectKey) +
                           "\" is not a valid Jira project key: it needs 2 to 10 characters, an upper-case "
                           "letter first, then upper-case letters, digits or _",
                       "Give another project key for the new workspace");
    ws.productName = !options.productName.empty() ? options.productName
                     : !file.projectName.empty()  ? file.projectName
                                                  : ws.projectKey;
    return ws;
}

ImportResult importIssues(const SourceFile& file, const ImportOptions& options, const Workspace& base,
                          long long nowMs) {
    ImportResult result;
    result.workspace = base;
    Workspace& ws = result.workspace;
    const auto& issues = file.issues;
    const std::size_t n = issues.size();

    // Every reference in the file is an externalId, an Issue id or an issue key.
    std::unordered_map<std::string, std::size_t> byId;
    std::unordered_map<std::string, std::size_t> byKey;
    std::unordered_map<std::string, std::size_t> epicByName;
    std::unordered_map<std::string, std::size_t> epicBySummary;
    std::vector<bool> isEpic(n);
    std::size_t epicCount = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& issue = issues[i];
        if (!issue.externalId.empty() && !byId.emplace(issue.externalId, i).second)
            failAt(file, issue,
                   "its id \"" + utf8::forMessage(issue.externalId) + "\" is also the id of " +
                       describeIssue(issues[byId[issue.externalId]]) + "; each issue needs its own id");
        if (!issue.key.empty() && !byKey.emplace(issue.key, i).second)
            failAt(file, issue,
                   "its key is also the key of " + describeIssue(issues[byKey[issue.key]]) +
                       "; each issue needs its own key");
        if (trimmed(issue.summary).empty())
            failAt(file, issue, "it has no summary, and every epic and story needs a title");
        isEpic[i] = isEpicType(issue.issueType);
        if (isEpic[i]) {
            ++epicCount;
            if (!issue.epicName.empty())
                epicByName.emplace(issue.epicName, i);
            epicBySummary.emplace(issue.summary, i);
        }
    }
    const auto find = [&](const std::string& ref) -> std::optional<std::size_t> {
        if (const auto it = byId.find(ref); it != byId.end())
            return it->second;
        if (const auto it = byKey.find(ref); it != byKey.end())
            return it->second;
        return std::nullopt;
    };
    // An Epic Link names the epic's Epic Name (JSON importer files), or its key or id (exports).
    const auto findEpic = [&](const std::string& ref) -> std::optional<std::size_t> {
        if (const auto it = epicByName.find(ref); it != epicByName.end())
            return it->second;
        if (const auto found = find(ref); found && isEpic[*found])
            return found;
        if (const auto it = epicBySummary.find(ref); it != epicBySummary.end())
            return it->second;
        return std::nullopt;
    };

    Id nextEpicId = 1;
    for (const auto& e : ws.epics)
        nextEpicId = std::max(nextEpicId, e.id + 1);
    Id nextStoryId = 1;
    Id nextCriterionId = 1;
    for (const auto& s : ws.stories) {
        nextStoryId = std::max(nextStoryId, s.id + 1);
        for (const auto& c : s.criteria)
            nextCriterionId = std::max(nextCriterionId, c.id + 1);
    }
    const auto epicRanks = ranksAfter(highestRank(ws.epics), epicCount);
    const auto storyRanks = ranksAfter(highestRank(ws.stories), n - epicCount);

    // Pass 1: every issue becomes an epic or a story, keys allocated in file order.
    std::vector<Id> newId(n, 0);
    std::map<std::string, std::size_t> unknownStatuses;
    std::map<std::string, std::size_t> unknownPriorities;
    const std::size_t firstNewEpic = ws.epics.size();
    const std::size_t firstNewStory = ws.stories.size();
    std::vector<std::size_t> storyIssue; // issue index of each new story
    for (std::size_t i = 0; i < n; ++i) {
        const auto& issue = issues[i];
        if (isEpic[i]) {
            Epic epic;
            epic.id = nextEpicId++;
            epic.key = ws.allocateKey();
            epic.title = issue.summary;
            epic.description = unescapeWiki(issue.description);
            epic.status = epicStatus(options, issue.status);
            epic.rank = epicRanks[ws.epics.size() - firstNewEpic];
            for (const auto& problem : validate(epic))
                failAt(file, issue, problem.message);
            newId[i] = epic.id;
            result.keys.push_back({epic.key, issue.key.empty() ? issue.externalId : issue.key});
            ws.epics.push_back(std::move(epic));
            continue;
        }
        Story story;
        story.id = nextStoryId++;
        story.key = ws.allocateKey();
        story.title = issue.summary;
        StoryText text = readStoryDescription(issue.description);
        story.asA = std::move(text.asA);
        story.iWant = std::move(text.iWant);
        story.soThat = std::move(text.soThat);
        story.description = std::move(text.description);
        story.criteria = std::move(text.criteria);
        if (!issue.criteriaText.empty()) {
            if (auto criteria = readCriteriaBlocks(issue.criteriaText)) {
                story.criteria.insert(story.criteria.end(), criteria->begin(), criteria->end());
            } else {
                // Not Storyloom's layout: keep the text rather than lose it.
                if (!story.description.empty())
                    story.description += "\n\n";
                story.description += unescapeWiki(issue.criteriaText);
                result.warnings.push_back(describeIssue(issue) +
                                          ": its acceptance criteria field is not in "
                                          "Storyloom's layout, so its text was added to the description.");
            }
        }
        for (auto& c : story.criteria)
            c.id = nextCriterionId++;
        if (!issue.status.empty()) {
            if (const auto status = storyStatus(options, issue.status))
                story.status = *status;
            else
                ++unknownStatuses[issue.status];
        }
        story.points = storyPoints(file, issue, result.warnings);
        if (!issue.priority.empty()) {
            if (const auto moscow = moscowFor(options.priorities, issue.priority))
                story.moscow = *moscow;
            else
                ++unknownPriorities[issue.priority];
        }
        for (const auto& label : issue.labels)
            if (!label.empty() &&
                std::find(story.labels.begin(), story.labels.end(), label) == story.labels.end())
                story.labels.push_back(label);
        story.rank = storyRanks[ws.stories.size() - firstNewStory];
        story.createdAt = nowMs;
        story.updatedAt = nowMs;
        for (const auto& problem : validate(story))
            failAt(file, issue, problem.message);
        newId[i] = story.id;
        result.keys.push_back({story.key, issue.key.empty() ? issue.externalId : issue.key});
        storyIssue.push_back(i);
        ws.stories.push_back(std::move(story));
    }

    // Pass 2: epic membership and blocks links, now that every issue has its id.
    const auto directEpic = [&](std::size_t i) -> std::optional<std::size_t> {
        const auto& issue = issues[i];
        if (!issue.epicLink.empty())
            return findEpic(issue.epicLink);
        if (!issue.parent.empty())
            if (const auto parent = find(issue.parent); parent && isEpic[*parent])
                return parent;
        return std::nullopt;
    };
    for (std::size_t s = 0; s < storyIssue.size(); ++s) {
        const std::size_t i = storyIssue[s];
        const auto& issue = issues[i];
        Story& story = ws.stories[firstNewStory + s];
        std::optional<std::size_t> epic;
        if (!issue.epicLink.empty()) {
            epic = findEpic(issue.epicLink);
            if (!epic)
                result.warnings.push_back(describeIssue(issue) + ": its epic \"" +
                                          utf8::forMessage(issue.epicLink) +
                                          "\" is not in the file, so it was imported without an epic.");
        } else if (!issue.parent.empty()) {
            const auto parent = find(issue.parent);
            if (!parent)
                result.warnings.push_back(describeIssue(issue) + ": its parent \"" +
                                          utf8::forMessage(issue.parent) +
                                          "\" is not in the file, so it was imported without an epic.");
            else if (isEpic[*parent])
                epic = parent;
            else
                epic = directEpic(*parent); // a sub-task joins the epic of its story
        }
        if (epic)
            story.epicId = newId[*epic];

        for (const auto& ref : issue.blocks) {
            const auto target = find(ref);
            if (!target || isEpic[*target]) {
                result.warnings.push_back(describeIssue(issue) + ": it blocks \"" + utf8::forMessage(ref) +
                                          "\", which is not a story in the file; that link was left out.");
                continue;
            }
            const Id id = newId[*target];
            if (id != story.id &&
                std::find(story.blocks.begin(), story.blocks.end(), id) == story.blocks.end())
                story.blocks.push_back(id);
        }
    }
    warnUnknown(result.warnings, unknownStatuses, "status", "Draft");
    warnUnknown(result.warnings, unknownPriorities, "priority", "MoSCoW not set");
    result.epicsAdded = epicCount;
    result.storiesAdded = storyIssue.size();
    return result;
}

} // namespace storyloom::jira
