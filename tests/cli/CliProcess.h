#pragma once

#include <string>
#include <utility>
#include <vector>

namespace storyloom::test {

/// What one run of the real storyloom-cli binary produced.
struct CliRun {
    int exitCode = -1;
    std::string out;
    std::string err;
};

/// Runs storyloom-cli (the binary built with this test) with `args` as a child process, with
/// stdin from /dev/null, and captures stdout, stderr and the exit code. STORYLOOM_WORKSPACE is
/// removed from the child's environment and STORYLOOM_NOW is pinned to 2026-01-31T09:00:00Z unless
/// `env` sets them.
CliRun runCli(const std::vector<std::string>& args,
              const std::vector<std::pair<std::string, std::string>>& env = {});

/// The lines of `text` without their line breaks.
std::vector<std::string> lines(const std::string& text);

} // namespace storyloom::test
