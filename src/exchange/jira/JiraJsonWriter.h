#pragma once

#include "JiraSelection.h"

#include <cstddef>
#include <vector>

/// writeJson() is declared in JiraExport.h; this header exposes how the issues are split into files.
namespace storyloom::jira {

/// The issues of one JSON importer file: its epics first, then its stories.
struct JsonFilePlan {
    std::vector<const Epic*> epics;
    std::vector<const Story*> stories;

    std::size_t size() const { return epics.size() + stories.size(); }
};

/// Splits the selection into files of at most `maxIssues` issues. An epic and its stories stay in one
/// file whenever they fit into one (a new file is started rather than separating them); an epic with
/// more stories than fit starts a file and its remaining stories continue in the next files, where
/// they refer to the epic by Epic Name (or by its externalId in the parent mode). Stories without an
/// exported epic come last. Never returns an empty file; returns one empty plan for an empty selection.
std::vector<JsonFilePlan> planJsonFiles(const Selected& selected, std::size_t maxIssues);

} // namespace storyloom::jira
