// storyloom-bench: measures the speed targets of the product issues on generated workspaces and
// prints a Markdown table for docs/benchmarks.md. Built with the project, never run by ctest.
//
//   storyloom-bench [--stories N] [--epics M] [--runs R] [--dir FOLDER]

#include "domain/Clock.h"
#include "exchange/NativeJson.h"
#include "generator/Generator.h"
#include "scoring/Ranker.h"
#include "scoring/ScoringSettings.h"
#include "storage/WorkspaceStore.h"

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace storyloom;

namespace {

struct Figure {
    std::string name;
    std::vector<double> ms;
    std::string target;
};

double median(std::vector<double> v) {
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

long peakRssMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char* argv[]) {
    std::size_t stories = 100000, epics = 2000;
    int runs = 5;
    std::string dir = std::filesystem::temp_directory_path().string();
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--stories")
            stories = std::stoul(argv[i + 1]);
        else if (flag == "--epics")
            epics = std::stoul(argv[i + 1]);
        else if (flag == "--runs")
            runs = std::stoi(argv[i + 1]);
        else if (flag == "--dir")
            dir = argv[i + 1];
        else {
            std::cerr << "Unknown option " << flag << ". Usage: storyloom-bench [--stories N] [--epics M] "
                      << "[--runs R] [--dir FOLDER]\n";
            return 1;
        }
    }

    SystemClock clock;
    GeneratorOptions options;
    options.stories = stories;
    options.epics = epics;
    options.seed = 42;
    const std::string path = dir + "/storyloom-bench-" + std::to_string(::getpid()) + ".storyloom";
    std::vector<Figure> figures;

    Workspace generated;
    figures.push_back({"generate in memory", measure(1, [&] { generated = generateWorkspace(options); }), ""});
    figures.push_back({"write new workspace file (create + replaceAll)", measure(1, [&] {
                           auto store = WorkspaceStore::create(path, generated.productName,
                                                               generated.projectKey, clock);
                           store->replaceAll(generated);
                       }),
                       ""});

    Workspace loaded;
    figures.push_back({"open with full page check", measure(runs, [&] { WorkspaceStore::open(path, clock); }), ""});
    std::unique_ptr<WorkspaceStore> opened = WorkspaceStore::open(path, clock);
    figures.push_back({"load whole workspace into the domain model", measure(runs, [&] { loaded = opened->load(); }),
                       "<= 1000 ms"});
    opened.reset();
    figures.push_back({"open (quick) + load for ranking + rank (what `rank --top 50` does)", measure(runs, [&] {
                           auto store = WorkspaceStore::open(path, clock, WorkspaceStore::PageCheck::Skip);
                           const Workspace ws = store->loadForRanking();
                           const scoring::Ranker r(ws);
                           const auto settings = scoring::ScoringSettings::fromSettings(ws.settings);
                           const Date day = Date::fromDays(clock.nowMs() / 86400000);
                           const auto result = r.rank(scoring::ScoringContext(settings, ws.insights, day));
                           if (result.entries.size() != ws.stories.size())
                               std::abort();
                       }),
                       ""});
    figures.push_back({"open (quick) + first 50 stories in rank order (`list --limit 50`)", measure(runs, [&] {
                           auto store = WorkspaceStore::open(path, clock, WorkspaceStore::PageCheck::Skip);
                           StoryQuery q;
                           q.limit = 50;
                           if (store->stories(q).size() != std::min<std::size_t>(50, stories))
                               std::abort();
                       }),
                       ""});
    figures.push_back({"open + first 50 stories in rank order", measure(runs, [&] {
                           auto store = WorkspaceStore::open(path, clock);
                           StoryQuery q;
                           q.limit = 50;
                           const auto top = store->stories(q);
                           if (top.size() != std::min<std::size_t>(50, stories))
                               std::abort();
                       }),
                       ""});

    // Ranking: the ranker indexes the workspace once; a settings change re-scores and re-sorts.
    const Date today = Date::fromDays(clock.nowMs() / 86400000);
    scoring::Ranker ranker(loaded);
    scoring::Ranking ranking;
    scoring::ScoringSettings rice = scoring::ScoringSettings::fromSettings(loaded.settings);
    rice.framework = scoring::Framework::Rice;
    figures.push_back({"rank whole backlog (RICE, ranker built)", measure(runs, [&] {
                           ranker.rank(scoring::ScoringContext(rice, loaded.insights, today), ranking);
                           if (ranking.entries.size() != loaded.stories.size())
                               std::abort();
                       }),
                       ""});
    scoring::ScoringSettings scorecard = rice;
    scorecard.framework = scoring::Framework::Scorecard;
    if (scorecard.scorecard.empty())
        scorecard.scorecard.push_back({"Strategic fit", 1, 5, 1, true});
    int step = 0;
    figures.push_back({"re-score and re-rank after one scorecard weight change", measure(runs, [&] {
                           scorecard.scorecard[0].weight = 1.0 + 0.25 * (++step % 8);
                           ranker.rank(scoring::ScoringContext(scorecard, loaded.insights, today), ranking);
                           if (ranking.entries.size() != loaded.stories.size())
                               std::abort();
                       }),
                       "<= 30 ms"});
    figures.push_back({"native JSON export (in memory)", measure(runs, [&] {
                           const auto text = nativejson::write(loaded);
                           if (text.empty())
                               std::abort();
                       }),
                       ""});

    const unsigned cores = std::thread::hardware_concurrency();
    std::printf("Workspace: %zu stories, %zu epics (seed 42). Machine: %u cores. Runs per figure: %d.\n\n",
                stories, epics, cores, runs);
    std::printf("| measurement | median | min | max | target |\n|---|---:|---:|---:|---|\n");
    for (const auto& f : figures) {
        const auto [mn, mx] = std::minmax_element(f.ms.begin(), f.ms.end());
        std::printf("| %s | %.1f ms | %.1f ms | %.1f ms | %s |\n", f.name.c_str(), median(f.ms), *mn, *mx,
                    f.target.empty() ? "–" : f.target.c_str());
    }
    std::printf("\nPeak resident memory of the bench process: %ld MB\n", peakRssMb());
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ec);
    return 0;
}
