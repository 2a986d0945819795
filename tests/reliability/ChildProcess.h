#pragma once

#include <chrono>
#include <string>
#include <vector>

namespace storyloom::test {

/// How a child process ended.
struct ChildEnd {
    bool killed = false; ///< ended by a signal (the one we sent, or a crash)
    int signal = 0;      ///< the signal when killed
    int exitCode = -1;   ///< the exit code when it exited on its own
};

/// Runs `argv` (argv[0] is the program's path) with stdin from /dev/null and stdout and stderr sent
/// to the files `outPath` and `errPath`, sends it SIGKILL after `delay` and waits for it. A child that
/// exits before the delay is simply reaped.
ChildEnd runThenKill(const std::vector<std::string>& argv, const std::string& outPath,
                     const std::string& errPath, std::chrono::milliseconds delay);

} // namespace storyloom::test
