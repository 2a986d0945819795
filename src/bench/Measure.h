#pragma once

// Timing and memory helpers for storyloom-bench.

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
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

/// The peak resident memory of this process so far (VmHWM), in kB; 0 when unknown.
inline long ownPeakRssKb() {
    std::FILE* status = std::fopen("/proc/self/status", "r");
    if (!status)
        return 0;
    char line[256];
    long kb = 0;
    while (std::fgets(line, sizeof line, status))
        if (std::strncmp(line, "VmHWM:", 6) == 0)
            kb = std::strtol(line + 6, nullptr, 10);
    std::fclose(status);
    return kb;
}

/// Peak resident memory (MB) of a fresh process running `storyloom-bench --probe KIND PATH` (this
/// program again). The probe reports its own VmHWM on stdout: the kernel's ru_maxrss of a child also
/// counts the pages it shared with this process before exec, which would hide the figure.
/// Returns -1 when the probe failed.
inline long peakRssOfProbeMb(const char* kind, const std::string& path) {
    char self[4096];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0)
        return -1;
    self[n] = '\0';
    const std::string command = "'" + std::string(self) + "' --probe " + kind + " '" + path + "'";
    std::FILE* probe = ::popen(command.c_str(), "r");
    if (!probe)
        return -1;
    long kb = -1;
    char line[256];
    while (std::fgets(line, sizeof line, probe))
        if (std::strncmp(line, "peak-kb ", 8) == 0)
            kb = std::strtol(line + 8, nullptr, 10);
    const int status = ::pclose(probe);
    if (status != 0 || kb < 0)
        return -1;
    return kb / 1024;
}

} // namespace storyloom::bench
