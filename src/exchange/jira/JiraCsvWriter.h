#pragma once

#include "JiraProfile.h"

#include <cstddef>
#include <string>
#include <vector>

/// writeCsv() is declared in JiraExport.h; this header exposes the header row.
namespace storyloom::jira {

/// The CSV header row for `profile` with `labelColumns` Labels columns (docs/jira-export.md, "CSV columns").
std::vector<std::string> csvHeader(const Profile& profile, std::size_t labelColumns);

} // namespace storyloom::jira
