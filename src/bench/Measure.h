#pragma once

// Timing and memory helpers for storyloom-bench.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <string>
#include <vector>

namespace storyloom::bench {

/// One row of the report: repeated wall-clock runs of one operation.
struct Figure {
    std::string name;
    std::vector<double> ms;
    std::string target;   ///< the issue's target, e.g. "≤ 50 ms (#4)", or empty
    bool relative = true; ///< show the ratio to the plain sqlite3 read
};

inline double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

template <typename F> std::vector<double> measure(int runs, F&& f) {
    std::vector<double> out;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        f();
        const auto t1 = std::chrono::steady_clock::now();
        out.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
    }
    return out;
}

/// Peak resident memory (MB) of a fresh process running `storyloom-bench --probe KIND PATH` (this
/// program again, so no memory of the measuring process is counted). Returns -1 when it failed.
inline long peakRssOfProbeMb(const char* kind, const std::string& path) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::execl("/proc/self/exe", "storyloom-bench", "--probe", kind, path.c_str(), static_cast<char*>(nullptr));
        std::_Exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    return usage.ru_maxrss / 1024;
}

} // namespace storyloom::bench
