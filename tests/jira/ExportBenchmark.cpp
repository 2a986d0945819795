// Hidden benchmark (not run by ctest): exporting a large workspace to the Jira JSON importer format.
//   storyloom-cli export -w /tmp/bench/big.storyloom -o /tmp/big.json      (once, native JSON)
//   STORYLOOM_JIRA_BENCH=/tmp/big.json storyloom_jira_tests "[.bench]"
// Prints the median of 5 runs of writeJson (the workspace already in memory) and the peak RSS.
#include "ExportTestSupport.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>

#include <fstream>

#include <sys/resource.h>
#include <unistd.h>

using namespace storyloom;

namespace {

/// The resident set size now, in MB (from /proc/self/statm).
double residentMb() {
    std::ifstream statm("/proc/self/statm");
    long long pages = 0;
    long long resident = 0;
    statm >> pages >> resident;
    return static_cast<double>(resident) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

} // namespace

TEST_CASE("exporting a large workspace to Jira JSON", "[.bench]") {
    const char* path = std::getenv("STORYLOOM_JIRA_BENCH");
    if (!path)
        FAIL("set STORYLOOM_JIRA_BENCH to a native JSON export of the benchmark workspace");
    const Workspace ws = nativejson::read(test::readBytes(path), path);
    rusage loaded{};
    getrusage(RUSAGE_SELF, &loaded);
    const double baseline = residentMb();
    double highest = baseline;
    std::cout << "peak RSS while loading the workspace: " << loaded.ru_maxrss / 1024
              << " MB; resident with the "
              << "workspace loaded: " << baseline << " MB\n";
    jira::ExportRequest request = test::exportRequest();
    std::vector<double> seconds;
    std::vector<double> cpuSeconds; // user + system time: what the export costs on a busy machine
    const auto cpuNow = [] {
        rusage u{};
        getrusage(RUSAGE_SELF, &u);
        return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
               static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
    };
    std::size_t files = 0;
    std::size_t bytes = 0;
    for (int run = 0; run < 5; ++run) {
        files = 0;
        bytes = 0;
        const double cpuStart = cpuNow();
        const auto start = std::chrono::steady_clock::now();
        jira::writeJson(ws, request, "/tmp/unused.json", [&](const std::string&, std::string content) {
            ++files;
            bytes += content.size();
            highest = std::max(highest, residentMb());
        });
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        cpuSeconds.push_back(cpuNow() - cpuStart);
    }
    std::sort(seconds.begin(), seconds.end());
    std::sort(cpuSeconds.begin(), cpuSeconds.end());
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::cout << ws.stories.size() << " stories, " << ws.epics.size() << " epics -> " << files << " files, "
              << bytes / 1000000.0 << " MB; writeJson median of 5: " << seconds[2] << " s (min " << seconds[0]
              << ", max " << seconds[4] << "), CPU time median " << cpuSeconds[2]
              << " s; peak RSS of the process " << usage.ru_maxrss / 1024 << " MB\n";
    std::cout << "highest resident size during the exports: " << highest << " MB (" << highest - baseline
              << " MB above the loaded workspace)\n";
    CHECK(files > 0);
}
