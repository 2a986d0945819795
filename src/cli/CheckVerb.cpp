// storyloom-cli check: is this workspace file healthy?

#include "Cli.h"
#include "StoryJson.h"
#include "TerminalText.h"
#include "roadmap/Baseline.h"
#include "roadmap/RoadmapError.h"
#include "roadmap/RoadmapSpec.h"
#include "scoring/ScoringError.h"
#include "scoring/ScoringSettings.h"
#include "storage/WorkspaceStore.h"

#include <ostream>

namespace storyloom::cli {
namespace {

/// Settings the app would refuse or fall back from: the scoring settings, the saved roadmap views and
/// the roadmap baseline. Each problem names the setting.
std::vector<Problem> settingProblems(const Workspace& ws) {
    std::vector<Problem> out;
    try {
        scoring::ScoringSettings::fromSettings(ws.settings);
    } catch (const scoring::ScoringError& e) {
        out.push_back({"scoring settings", e.what()});
    }
    try {
        roadmap::savedViews(ws);
    } catch (const roadmap::RoadmapError& e) {
        out.push_back({std::string(roadmap::kViewsSetting), e.what()});
    }
    try {
        roadmap::loadBaseline(ws);
    } catch (const roadmap::RoadmapError& e) {
        out.push_back({std::string(roadmap::kBaselineSetting), e.what()});
    }
    return out;
}

int checkVerb(CliContext& ctx) {
    const auto args = Arguments::parse(ctx.args, {workspaceOption(), Option::flag("json")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);
    const auto store = openWorkspace(path, ctx.clock);
    std::vector<Problem> problems = store->check();
    const Workspace ws = store->load();
    for (auto& p : settingProblems(ws))
        problems.push_back(std::move(p));
    std::size_t criteria = 0;
    for (const auto& s : ws.stories)
        criteria += s.criteria.size();
    const std::vector<std::pair<std::string, std::size_t>> counts = {
        {"stories", ws.stories.size()},  {"epics", ws.epics.size()},       {"criteria", criteria},
        {"themes", ws.themes.size()},    {"releases", ws.releases.size()}, {"personas", ws.personas.size()},
        {"insights", ws.insights.size()}};

    if (args.has("json")) {
        nlohmann::ordered_json j;
        j["file"] = path;
        j["product"] = ws.productName;
        j["projectKey"] = ws.projectKey;
        j["schemaVersion"] = WorkspaceStore::schemaVersion();
        j["counts"] = nlohmann::ordered_json::object();
        for (const auto& [name, n] : counts)
            j["counts"][name] = n;
        j["problems"] = nlohmann::ordered_json::array();
        for (const auto& p : problems)
            j["problems"].push_back({{"where", p.where}, {"message", p.message}});
        j["ok"] = problems.empty();
        ctx.out << dumpJson(j);
    } else {
        ctx.out << "File:            " << path << '\n'
                << "Product:         " << singleLine(ws.productName) << " (" << ws.projectKey << ")\n"
                << "Schema version:  " << WorkspaceStore::schemaVersion() << '\n';
        for (const auto& [name, n] : counts)
            ctx.out << padRight(std::string(1, static_cast<char>(name[0] - 'a' + 'A')) + name.substr(1) + ":",
                                17)
                    << n << '\n';
        if (problems.empty()) {
            ctx.out << "No problems found.\n";
        } else {
            ctx.out << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " found:\n";
            for (const auto& p : problems)
                ctx.out << "  " << singleLine(p.where) << ": " << singleLine(p.message) << '\n';
        }
    }
    return problems.empty() ? kOk : kData;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"check", "Check a workspace file's integrity and rules",
     "Usage: storyloom-cli check -w PATH [--json]\n\n"
     "Prints the schema version and how many stories, epics, criteria, themes, releases, personas and\n"
     "insights the file holds, then every problem found by SQLite's integrity and foreign-key checks and\n"
     "by the workspace rules, and settings that do not parse (scoring, saved roadmap views, the roadmap\n"
     "baseline). Exits 0 when the file is clean and 2 when there are problems.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --json                 the same as one JSON object with an \"ok\" field\n",
     &checkVerb});

} // namespace
} // namespace storyloom::cli
