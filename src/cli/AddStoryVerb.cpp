// storyloom-cli add-story: a new story at the bottom of the backlog.

#include "Cli.h"
#include "StoryFields.h"
#include "WorkspaceDirectory.h"
#include "storage/WorkspaceStore.h"

#include <algorithm>
#include <ostream>

namespace storyloom::cli {
namespace {

int addStoryVerb(CliContext& ctx) {
    const auto args = Arguments::parse(
        ctx.args, {workspaceOption(), Option::value("title"), Option::value("epic"), Option::value("as-a"),
                   Option::value("i-want"), Option::value("so-that"), Option::value("description"),
                   Option::value("points"), Option::value("status"), Option::value("moscow"),
                   Option::list("label"), Option::list("criterion")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);
    const std::string title = args.required("title");
    const auto store = openWorkspace(path, ctx.clock);

    Story story;
    const EpicResolver epicId = [&](const std::string& key) -> Id {
        // Only built when --epic is given: it reads the whole workspace.
        const WorkspaceDirectory directory(*store);
        const Epic* epic = directory.epic(key);
        if (!epic)
            throw DataError("No epic " + key + " in " + path + ".");
        return epic->id;
    };
    setStoryField(story, "title", title, epicId);
    for (const char* field :
         {"as-a", "i-want", "so-that", "description", "points", "status", "moscow", "epic"})
        if (const auto value = args.value(field))
            setStoryField(story, field, *value, epicId);
    for (const auto& l : args.values("label"))
        for (auto& one : parseLabels(l))
            if (std::find(story.labels.begin(), story.labels.end(), one) == story.labels.end())
                story.labels.push_back(std::move(one));
    for (const auto& text : args.values("criterion")) {
        auto criterion = parseCriterion(text);
        if (criterion.format == CriterionFormat::FreeText && criterion.text.empty())
            throw DataError("The new story: an acceptance criterion given with --criterion is empty.");
        story.criteria.push_back(std::move(criterion));
    }

    // The store allocates the key and the rank; check everything else before writing.
    Story probe = story;
    probe.key = "NEW-1";
    probe.rank = "i";
    requireValid(probe);
    const Story stored = store->addStory(story);
    ctx.out << stored.key << '\n';
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"add-story", "Add a story at the bottom of the backlog and print its key",
     "Usage: storyloom-cli add-story -w PATH --title TITLE [--epic KEY] [--as-a ROLE] [--i-want GOAL]\n"
     "           [--so-that BENEFIT] [--description TEXT] [--points N] [--status STATUS] [--moscow M]\n"
     "           [--label LABEL]... [--criterion TEXT]...\n\n"
     "Adds a story, ranked last, and prints its new key (for example SHOP-42) and nothing else.\n"
     "A --criterion written as \"Given ... When ... Then ...\" is stored in Given/When/Then form.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --title TITLE          required\n"
     "  --epic KEY             the epic it belongs to\n"
     "  --as-a, --i-want, --so-that TEXT   the user-story parts\n"
     "  --description TEXT     the description\n"
     "  --points N             0, 1, 2, 3, 5, 8, 13 or 21\n"
     "  --status STATUS        draft (default), refined, ready, in-progress, done or wont-do\n"
     "  --moscow M             must, should, could, wont or unset (default)\n"
     "  --label LABEL          a label; repeat it or separate labels with commas\n"
     "  --criterion TEXT       an acceptance criterion; repeat for more\n",
     &addStoryVerb});

} // namespace
} // namespace storyloom::cli
