#pragma once

#include "domain/Workspace.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

/// Reading Jira files back into a workspace: the JSON importer file and CSV files (the ones Storyloom
/// writes and Jira Cloud's own CSV export). The readers (JiraJsonReader.h, JiraCsvReader.h) turn a
/// file into SourceIssues; importIssues() turns those into epics and stories. Format facts:
/// docs/jira-export.md and the shared jira-formats notes.
namespace storyloom::jira {

/// One issue as the file describes it, before it becomes an epic or a story. Text is kept as written.
struct SourceIssue {
    std::string externalId; ///< JSON "externalId"; CSV "Issue id" / "Issue ID"
    std::string key;        ///< CSV "Issue key" such as "SHOP-12"; empty in JSON files
    std::string issueType;  ///< "Epic", "Story", "Task", "Sub-task", ...
    std::string summary;
    std::string description;  ///< Jira wiki markup
    std::string criteriaText; ///< options.criteriaField's value: criteria blocks in wiki markup
    std::string status;       ///< the status name, empty when absent
    std::string priority;     ///< the priority name, empty when absent
    std::vector<std::string> labels;
    std::string points;              ///< story points as written ("5", "5.0"), empty when absent
    std::string epicName;            ///< "Epic Name" (on epics)
    std::string epicLink;            ///< "Epic Link": the epic's Epic Name, key or id
    std::string parent;              ///< the parent's externalId, Issue id or key
    std::vector<std::string> blocks; ///< externalIds, ids or keys of the issues this one blocks
    std::string path;                ///< JSON path of the issue ("projects[0].issues[3]"); "" in CSV
    int line = 0;                    ///< where the issue starts in the file (1-based)
    int column = 0;
};

/// What a reader found in one file.
struct SourceFile {
    std::string fileName; ///< as given by the caller, for messages
    std::string projectName;
    std::string projectKey;
    std::vector<SourceIssue> issues;
};

struct Profile;

/// How Jira priorities become MoSCoW: a small table, matched case-insensitively, first match wins.
using PriorityMap = std::vector<std::pair<std::string, Moscow>>;
/// The inverse of the export presets' priority map (Highest -> must, High -> should, Low -> could,
/// Lowest -> wont), plus Medium -> should for Jira's default priority the export never writes.
PriorityMap defaultPriorityMap();

struct ImportOptions {
    /// Custom fields that hold story points, by name, first match wins. In a CSV export the column is
    /// "Custom field (NAME)"; a plain "NAME" column is accepted too.
    std::vector<std::string> pointsFields{"Story Points", "Story point estimate"};
    PriorityMap priorities = defaultPriorityMap();
    /// Jira status names that map to a story status, consulted before Storyloom's own status names
    /// and the usual names of Jira's default workflows (To Do, In Progress, Done, ...).
    std::vector<std::pair<std::string, StoryStatus>> statuses;
    /// The custom field that holds acceptance criteria when a profile keeps them out of the
    /// description (a CSV column or customFieldValues entry of that name); empty for none.
    std::string criteriaField;
    /// Override the project key / product name found in the file (a new workspace needs both).
    std::string projectKey;
    std::string productName;
    /// CSV: remove the apostrophe Storyloom's CSV writer puts before a cell starting with = + - @ ' (or
    /// a tab or CR) to keep spreadsheets from running it as a formula (docs/jira-export.md, "CSV
    /// columns"). One apostrophe is removed only when one of those characters follows it.
    bool removeFormulaApostrophe = true;
};

/// The options that read back what `profile` exported: its story points field first (then the
/// defaults), the inverse of its priority and status maps, and its acceptance criteria field.
ImportOptions importOptionsFor(const Profile& profile);

/// An imported issue's new Storyloom key and where it came from (the Jira key, else its externalId).
struct KeyMapping {
    std::string storyloomKey;
    std::string source;
};

struct ImportResult {
    Workspace workspace; ///< the base workspace with the imported epics and stories appended
    std::size_t epicsAdded = 0;
    std::size_t storiesAdded = 0;
    /// Things imported differently from the file (points rounded to the scale, an unknown status or
    /// priority, a link to an issue not in the file), one sentence each.
    std::vector<std::string> warnings;
    std::vector<KeyMapping> keys; ///< in file order
};

/// Story points as a file writes them ("5", "5.0", " 3 "): the number, or nullopt when `text` is not a
/// number of zero or more. Empty text is not a number either (callers treat it as "not estimated").
std::optional<double> parsePoints(std::string_view text);

/// The empty workspace a file would be imported into: product name and project key from `options`
/// when given, else from the file (a CSV without a project gets them from its issue keys). Throws
/// ExchangeError naming the file when no valid project key can be found.
Workspace emptyWorkspaceFor(const SourceFile& file, const ImportOptions& options);

/// Appends the issues of `file` to `base` as epics (issue type Epic) and stories (every other type),
/// with fresh keys, ids and ranks after the existing ones; `nowMs` stamps created/updated. Stories join
/// an epic through Epic Link or a parent link to an epic (a sub-task joins its parent's epic).
/// Descriptions are parsed back into user-story parts and acceptance criteria (JiraDescriptionReader).
/// Throws ExchangeError naming the file, the line and the issue for anything that cannot be imported;
/// `base` is never changed, so a failed import changes nothing.
ImportResult importIssues(const SourceFile& file, const ImportOptions& options, const Workspace& base,
                          long long nowMs);

} // namespace storyloom::jira
