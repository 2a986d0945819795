// storyloom-bench: measures the speed and memory targets of the product issues on generated
// workspaces of 10,000 and 100,000 stories and prints the Markdown section of docs/benchmarks.md.
// Built with the project, never run by ctest. Regenerate the document's table with one command:
//
//   cmake --build build-bench --target bench-report
//
// which runs: storyloom-bench --sizes 10000,100000 --runs 5 --update docs/benchmarks.md

#include "BenchExtras.h"
#include "GuiBench.h"
#include "Measure.h"
#include "Report.h"
#include "SqliteBaseline.h"

#include "domain/Clock.h"
#include "exchange/NativeJson.h"
#include "generator/Generator.h"
#include "scoring/Ranker.h"
#include "scoring/ScoringSettings.h"
#include "storage/WorkspaceStore.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace storyloom;
using namespace storyloom::bench;

namespace {

struct Options {
    std::vector<std::size_t> sizes{10000, 100000};
    int runs = 5;
    std::string dir = std::filesystem::temp_directory_path().string();
    std::string update; ///< docs/benchmarks.md to rewrite, or empty to print only
    std::string command = "storyloom-bench";
};

std::vector<std::size_t> parseSizes(const std::string& text) {
    std::vector<std::size_t> sizes;
    std::stringstream in(text);
    std::string part;
    while (std::getline(in, part, ','))
        sizes.push_back(std::stoul(part));
    return sizes;
}

void removeWorkspace(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ec);
}

SizeReport benchOneSize(std::size_t stories, const Options& options) {
    SystemClock clock;
    GeneratorOptions generator;
    generator.stories = stories;
    generator.epics = std::max<std::size_t>(1, stories / 50);
    generator.seed = 42;
    const std::string path = options.dir + "/storyloom-bench-" + std::to_string(::getpid()) + "-" +
                             std::to_string(stories) + ".storyloom";
    removeWorkspace(path);
    const int runs = options.runs;

    SizeReport report;
    report.stories = stories;
    report.epics = generator.epics;
    Workspace generated;
    report.figures.push_back(
        {"generate in memory (once)", measure(1, [&] { generated = generateWorkspace(generator); }), "", false});
    report.figures.push_back({"write a new workspace file (once)", measure(1, [&] {
                                  WorkspaceStore::create(path, generated.productName, generated.projectKey, clock)
                                      ->replaceAll(generated);
                              }),
                              "", false});
    for (const Story& s : generated.stories)
        report.criteria += s.criteria.size();
    generated = Workspace{};
    report.fileMb = static_cast<double>(std::filesystem::file_size(path)) / 1e6;

    // Warm the page cache once so every figure reads the file from memory, as the yardstick does.
    readStoryRowsWithSqlite(path, false);
    report.sqliteReadMs = median(measure(runs, [&] {
        if (readStoryRowsWithSqlite(path, false) == 0)
            std::abort();
    }));

    Workspace loaded;
    report.figures.push_back({"open and load the whole workspace", measure(runs, [&] {
                                  loaded = WorkspaceStore::open(path, clock)->load();
                              }),
                              stories >= 100000 ? "load ≤ 1000 ms (#2)" : ""});
    const Date today = Date::fromDays(clock.nowMs() / 86400000);
    report.figures.push_back({"open (quick) + load for ranking + rank (`rank --top 50`)", measure(runs, [&] {
                                  auto store = WorkspaceStore::open(path, clock, WorkspaceStore::PageCheck::Skip);
                                  const Workspace ws = store->loadForRanking();
                                  const scoring::Ranker r(ws);
                                  const auto settings = scoring::ScoringSettings::fromSettings(ws.settings);
                                  if (r.rank(scoring::ScoringContext(settings, ws.insights, today)).entries.size() !=
                                      ws.stories.size())
                                      std::abort();
                              }),
                              stories >= 100000 ? "≤ 400 ms (#3)" : ""});
    scoring::Ranker ranker(loaded);
    scoring::Ranking ranking;
    scoring::ScoringSettings rice = scoring::ScoringSettings::fromSettings(loaded.settings);
    rice.framework = scoring::Framework::Rice;
    report.figures.push_back({"rank the whole backlog (RICE)", measure(runs, [&] {
                                  ranker.rank(scoring::ScoringContext(rice, loaded.insights, today), ranking);
                              }),
                              ""});
    scoring::ScoringSettings scorecard = rice;
    scorecard.framework = scoring::Framework::Scorecard;
    if (scorecard.scorecard.empty())
        scorecard.scorecard.push_back({"Strategic fit", 1, 5, 1, true});
    int step = 0;
    report.figures.push_back({"re-rank after one scorecard weight change", measure(runs, [&] {
                                  scorecard.scorecard[0].weight = 1.0 + 0.25 * (++step % 8);
                                  ranker.rank(scoring::ScoringContext(scorecard, loaded.insights, today), ranking);
                              }),
                              stories >= 100000 ? "≤ 30 ms (#3)" : ""});
    if (guiAvailable())
        report.figures.push_back(measureFilterKeystroke(path, runs));
    report.figures.push_back({"native JSON export (in memory)", measure(runs, [&] {
                                  if (nativejson::write(loaded).empty())
                                      std::abort();
                              }),
                              ""});
    for (Figure& f : extraFigures(path, loaded, runs, today))
        report.figures.push_back(std::move(f));

    loaded = Workspace{};
    report.memory.push_back({"plain sqlite3 read keeping every story row in memory (the yardstick)",
                             peakRssOfProbeMb("sqlite", path), ""});
    report.memory.push_back({"open and load the whole workspace", peakRssOfProbeMb("load", path), ""});
    if (guiAvailable())
        report.memory.push_back({"the app's document, ranking, backlog model and proxy (offscreen)",
                                 peakRssOfProbeMb("app", path), stories >= 100000 ? "≤ 400 MB (#4)" : ""});
    for (auto& m : extraMemory(path, stories))
        report.memory.push_back(std::move(m));
    removeWorkspace(path);
    return report;
}

/// `storyloom-bench --probe KIND PATH`: one operation in a fresh process, for its peak memory.
int runProbe(const std::string& kind, const std::string& path) {
    SystemClock clock;
    if (kind == "sqlite")
        return readStoryRowsWithSqlite(path, true) > 0 ? 0 : 1;
    if (kind == "load")
        return WorkspaceStore::open(path, clock)->load().stories.empty() ? 1 : 0;
    if (kind == "app")
        return openAsTheApp(path) ? 0 : 1;
    return runExtraProbe(kind, path);
}

/// Runs the probe, then reports this process's own peak memory for peakRssOfProbeMb.
int probe(const std::string& kind, const std::string& path) {
    const int result = runProbe(kind, path);
    if (result == 0)
        std::printf("peak-kb %ld\n", ownPeakRssKb());
    return result;
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc == 4 && std::string(argv[1]) == "--probe") {
        try {
            return probe(argv[2], argv[3]);
        } catch (const std::exception& e) {
            std::cerr << "storyloom-bench probe " << argv[2] << ": " << e.what() << '\n';
            return 2;
        }
    }
    Options options;
    std::ostringstream command;
    command << "storyloom-bench";
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (i + 1 >= argc) {
            std::cerr << "Option " << flag << " needs a value.\n";
            return 1;
        }
        const std::string value = argv[++i];
        if (flag != "--dir" && flag != "--update")
            command << ' ' << flag << ' ' << value;
        if (flag == "--sizes")
            options.sizes = parseSizes(value);
        else if (flag == "--runs")
            options.runs = std::stoi(value);
        else if (flag == "--dir")
            options.dir = value;
        else if (flag == "--update")
            options.update = value;
        else {
            std::cerr << "Unknown option " << flag
                      << ". Usage: storyloom-bench [--sizes 10000,100000] [--runs 5] [--dir FOLDER] "
                         "[--update docs/benchmarks.md]\n";
            return 1;
        }
    }
    options.command = command.str();
    try {
        std::vector<SizeReport> reports;
        for (std::size_t size : options.sizes) {
            std::cerr << "Measuring " << size << " stories…\n";
            reports.push_back(benchOneSize(size, options));
        }
        const std::string section = markdown(reports, options.runs, options.command);
        std::cout << section;
        if (!options.update.empty()) {
            updateSection(options.update, section);
            std::cerr << "Updated " << options.update << ".\n";
        }
    } catch (const std::exception& e) {
        std::cerr << "storyloom-bench: " << e.what() << '\n';
        return 2;
    }
    return 0;
}
