#pragma once

#include "JiraSelection.h"

#include <cstddef>
#include <string>
#include <vector>

/// writeRest() is declared in JiraExport.h; this header exposes the batch plan.
namespace storyloom::jira {

/// One bulk-create request: Storyloom keys in request order (the response lists created issues in the
/// same order), and which epic placeholders its parent references need.
struct RestBatch {
    std::string file; ///< "batch-001.json"
    std::vector<const Epic*> epics;
    std::vector<const Story*> stories;
};

/// Epics first, in batches of at most `maxIssues`, then stories in batches of at most `maxIssues`
/// (an epic batch never holds stories, so every parent exists before a child refers to it).
std::vector<RestBatch> planRestBatches(const Selected& selected, std::size_t maxIssues);

/// "batch-007.json".
std::string batchFileName(std::size_t number);

} // namespace storyloom::jira
