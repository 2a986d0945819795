#pragma once

#include "JiraProfile.h"
#include "JiraSelection.h"

#include "domain/Clock.h"
#include "domain/Workspace.h"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

/// The Jira export API the CLI and the GUI export dialog share:
///   ExportRequest{profile, selection} -> validate(workspace, request) -> problems;
///   when no problem is an error: writeJson / writeRest / writeCsv, or exportToFiles for the disk.
namespace storyloom::jira {

enum class Format { Json, Rest, Csv };

enum class Severity { Warning, Error };

/// One reason an export would fail in Jira or lose something. `key` is the story or epic key.
struct Problem {
    std::string key;
    Severity severity = Severity::Error;
    std::string message;

    bool operator==(const Problem&) const = default;
};

struct ExportRequest {
    Profile profile;
    Selection selection;
    /// "Today" for the released flag of versions and the manifest's timestamp; the system clock when null.
    const Clock* clock = nullptr;
    /// Atlassian's recommendation for one JSON importer file.
    std::size_t maxIssuesPerFile = 1500;
    /// Jira Cloud's limit for one bulk create request.
    std::size_t maxIssuesPerBatch = 50;
};

/// Receives each output file as it is finished, in order: its path and its whole content.
using FileSink = std::function<void(const std::string& path, std::string content)>;

/// The issue id written for a story or epic: the number of its key ("SHOP-12" -> "12"), which stays the
/// same across exports; the entity id when the key has no number.
std::string externalId(std::string_view key, long long id);
/// "2025-01-10T09:00:00.000+0000".
std::string jiraTimestamp(long long millisSinceEpoch);
/// The labels as exported: spaces replaced by '-' when the profile says so, otherwise unchanged.
std::vector<std::string> exportedLabels(const std::vector<std::string>& labels, const Profile& profile);
/// The Jira priority name for a MoSCoW value, or empty when the profile maps none.
std::string priorityName(const Profile& profile, Moscow moscow);
/// The Jira status name, or empty when statuses are not exported (or this one is not mapped).
std::string statusName(const Profile& profile, StoryStatus status);
/// The path of the n-th file (1-based) of a split export: "out.json", "out-2.json", "out-3.json", ...
std::string partPath(const std::string& firstPath, std::size_t n);

/// Validation before writing (docs/jira-export.md lists the rules): errors mean Jira would reject the
/// export, warnings that it would import with something missing. Never throws for bad data; throws
/// ExchangeError only when the selection cannot be resolved.
std::vector<Problem> validate(const Workspace& workspace, const ExportRequest& request);
bool hasErrors(const std::vector<Problem>& problems);

/// The JSON importer file(s): `path` is the first file, further files get "-2", "-3" before the extension.
void writeJson(const Workspace& workspace, const ExportRequest& request, const std::string& path,
               const FileSink& sink);
/// REST bulk payloads "batch-001.json", ... and "manifest.json" in `directory`.
void writeRest(const Workspace& workspace, const ExportRequest& request, const std::string& directory,
               const FileSink& sink);
/// The CSV file.
void writeCsv(const Workspace& workspace, const ExportRequest& request, const std::string& path,
              const FileSink& sink);

/// Writes the export to disk: every file goes to a temporary first (through writeFileAtomically), and
/// only when all are written are they renamed into place, so a failure leaves no partial export. For
/// Format::Rest `path` is a directory (created when missing). Returns the paths written, in order. Does
/// not validate: call validate() first. Throws ExchangeError naming the file on failure.
std::vector<std::string> exportToFiles(const Workspace& workspace, const ExportRequest& request,
                                       Format format, const std::string& path);

} // namespace storyloom::jira
