// Fuzzes the Jira JSON import (readJiraJson, then importIssues into an empty workspace) with arbitrary
// bytes. Contract checked: the import either throws ExchangeError or returns a workspace for which
// validate() finds nothing and that the native writer can write. Anything else - another exception, a
// crash, a sanitizer report - is a finding.

#include "exchange/NativeJson.h"
#include "exchange/jira/JiraImport.h"
#include "exchange/jira/JiraJsonReader.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // A fixed project key lets inputs without a valid one reach importIssues too.
    static const storyloom::jira::ImportOptions options = [] {
        storyloom::jira::ImportOptions o;
        o.projectKey = "FUZZ";
        return o;
    }();
    storyloom::jira::ImportResult result;
    try {
        const auto source = storyloom::jira::readJiraJson(text, "fuzz.json", options);
        const auto empty = storyloom::jira::emptyWorkspaceFor(source, options);
        result = storyloom::jira::importIssues(source, options, empty, 1769850000000);
    } catch (const storyloom::ExchangeError&) {
        return 0; // refused cleanly
    }
    const auto problems = storyloom::validate(result.workspace);
    if (!problems.empty()) {
        std::fprintf(stderr, "the import accepted a workspace that breaks a rule: %s: %s\n",
                     problems.front().where.c_str(), problems.front().message.c_str());
        std::abort();
    }
    try {
        (void)storyloom::nativejson::write(result.workspace);
    } catch (const storyloom::ExchangeError& e) {
        std::fprintf(stderr, "the import accepted a workspace the native writer refuses: %s\n", e.what());
        std::abort();
    }
    return 0;
}
