// storyloom-cli list: stories in manual rank order, filtered.

#include "Cli.h"
#include "EpicKeys.h"
#include "StoryJson.h"
#include "TerminalText.h"
#include "TextTable.h"
#include "WorkspaceDirectory.h"
#include "storage/WorkspaceStore.h"

#include <algorithm>
#include <limits>
#include <ostream>

namespace storyloom::cli {
namespace {

constexpr std::size_t kTitleWidth = 60;

std::string moscowShort(Moscow m) {
    switch (m) {
    case Moscow::Must:
        return "Must";
    case Moscow::Should:
        return "Should";
    case Moscow::Could:
        return "Could";
    case Moscow::Wont:
        return "Won't";
    case Moscow::Unset:
        break;
    }
    return "-";
}

int listVerb(CliContext& ctx) {
    const auto args =
        Arguments::parse(ctx.args, {workspaceOption(), Option::value("epic"), Option::value("status"),
                                    Option::value("label"), Option::value("limit"), Option::flag("json")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);

    StoryQuery query;
    query.epicKey = args.value("epic");
    query.label = args.value("label");
    if (const auto status = args.value("status")) {
        query.status = parseStoryStatus(*status);
        if (!query.status)
            throw UsageError(
                "--status '" + *status +
                "' is not a status; use one of draft, refined, ready, in-progress, done, wont-do.");
    }
    if (const auto limit = args.value("limit"))
        query.limit =
            static_cast<std::size_t>(parseCount(*limit, "--limit", 1, std::numeric_limits<int>::max()));

    const auto store = openWorkspaceForReading(path, ctx.clock);
    const std::vector<Story> stories = store->stories(query);
    std::unordered_map<Id, std::string> epicKeys;
    if (auto fast = readEpicKeys(path)) {
        epicKeys = std::move(*fast);
    } else {
        const WorkspaceDirectory directory(*store);
        for (const auto& e : directory.workspace().epics)
            epicKeys.emplace(e.id, e.key);
    }
    if (query.epicKey && std::none_of(epicKeys.begin(), epicKeys.end(),
                                      [&](const auto& entry) { return entry.second == *query.epicKey; }))
        throw DataError("No epic " + *query.epicKey + " in " + path + ".");
    auto epicKey = [&](std::optional<Id> id) {
        const auto it = id ? epicKeys.find(*id) : epicKeys.end();
        return it == epicKeys.end() ? std::string() : it->second;
    };

    if (args.has("json")) {
        auto array = nlohmann::ordered_json::array();
        for (const auto& s : stories)
            array.push_back(storySummaryJson(s, epicKey(s.epicId)));
        ctx.out << dumpJson(array);
        return kOk;
    }
    if (stories.empty()) {
        ctx.out << "No stories match.\n";
        return kOk;
    }
    TextTable table({{"#", TextTable::Align::Right},
                     {"Key"},
                     {"Status"},
                     {"Pts", TextTable::Align::Right},
                     {"MoSCoW"},
                     {"Title"},
                     {"Epic"}});
    std::size_t position = 0;
    for (const auto& s : stories)
        table.addRow({std::to_string(++position), s.key, std::string(label(s.status)),
                      s.points ? std::to_string(*s.points) : "-", moscowShort(s.moscow),
                      truncate(singleLine(s.title), kTitleWidth), epicKey(s.epicId)});
    table.print(ctx.out);
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"list", "List stories in backlog order, with filters",
     "Usage: storyloom-cli list -w PATH [--epic KEY] [--status STATUS] [--label LABEL] [--limit N] "
     "[--json]\n\n"
     "Prints the stories in manual rank order as a table: position, key, status, points, MoSCoW, title\n"
     "(shortened to 60 characters) and epic. Filters combine; --limit keeps the first N.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --epic KEY             only the stories of this epic\n"
     "  --status STATUS        draft, refined, ready, in-progress, done or wont-do\n"
     "  --label LABEL          only stories with this label\n"
     "  --limit N              at most N stories\n"
     "  --json                 a JSON array of {key, title, epic, status, points, moscow, labels, rank}\n",
     &listVerb});

} // namespace
} // namespace storyloom::cli
