#pragma once

#include "TempDir.h"
#include "exchange/ExchangeError.h"
#include "exchange/jira/JiraCsvReader.h"
#include "exchange/jira/JiraImport.h"
#include "exchange/jira/JiraJsonReader.h"

#include <catch2/catch.hpp>

#include <string>

namespace storyloom::test {

/// 2026-01-31T09:00:00Z, the time every import in these tests is stamped with.
constexpr long long kImportTime = 1769850000000;

inline std::string fixture(const std::string& name) {
    return readBytes(std::string(STORYLOOM_SOURCE_DIR) + "/tests/jira/fixtures/" + name);
}

inline jira::ImportResult importJson(const std::string& text, const jira::ImportOptions& options = {},
                                     const std::string& file = "in.json") {
    const auto source = jira::readJiraJson(text, file, options);
    return jira::importIssues(source, options, jira::emptyWorkspaceFor(source, options), kImportTime);
}

inline jira::ImportResult importCsv(const std::string& text, const jira::ImportOptions& options = {},
                                    const std::string& file = "in.csv") {
    const auto source = jira::readJiraCsv(text, file, options);
    return jira::importIssues(source, options, jira::emptyWorkspaceFor(source, options), kImportTime);
}

/// The ExchangeError `action` throws; fails the test when it throws nothing.
template <typename F> ExchangeError errorOf(F&& action) {
    try {
        action();
    } catch (const ExchangeError& e) {
        return e;
    }
    FAIL("no ExchangeError was thrown");
    return ExchangeError("unreachable");
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace storyloom::test
