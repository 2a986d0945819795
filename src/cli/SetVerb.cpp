// storyloom-cli set: change one field of one story.

#include "Cli.h"
#include "StoryFields.h"
#include "WorkspaceDirectory.h"
#include "storage/WorkspaceStore.h"

#include <ostream>

namespace storyloom::cli {
namespace {

std::string fieldList() {
    std::string out = "  ";
    std::size_t column = 2;
    const auto& fields = settableFields();
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string item = fields[i] + (i + 1 < fields.size() ? "," : "");
        if (column > 2 && column + 1 + item.size() > 96) {
            out += "\n  ";
            column = 2;
        } else if (column > 2) {
            out += ' ';
            ++column;
        }
        out += item;
        column += item.size();
    }
    return out;
}

int setVerb(CliContext& ctx) {
    const auto args = Arguments::parse(ctx.args, {workspaceOption()});
    args.expectPositional(3, "KEY FIELD VALUE");
    const std::string path = workspacePath(args);
    const std::string& key = args.positional()[0];
    const std::string& field = args.positional()[1];
    const std::string& value = args.positional()[2];

    const auto store = openWorkspace(path, ctx.clock);
    // Epic keys are looked up before the write transaction starts (the lookup reads the workspace).
    std::optional<Id> epicId;
    auto resolveEpic = [&](const std::string& epicKey) -> Id {
        const WorkspaceDirectory directory(*store);
        const Epic* epic = directory.epic(epicKey);
        if (!epic)
            throw DataError("No epic " + epicKey + " in " + path + ".");
        return epic->id;
    };
    if (field == "epic" && value != "none")
        epicId = resolveEpic(value);
    // Read, change and write in one transaction: a concurrent `set` on the same story is not lost.
    const bool found = store->modifyStory(key, [&](Story& story) {
        setStoryField(story, field, value, [&](const std::string& epicKey) -> Id {
            return epicId ? *epicId : resolveEpic(epicKey);
        });
        requireValid(story);
    });
    if (!found)
        throw DataError("No story " + key + " in " + path + ".");
    ctx.out << "Updated " << key << ": " << field << " = " << value << '\n';
    return kOk;
}

const std::string kUsageText =
    "Usage: storyloom-cli set KEY FIELD VALUE -w PATH\n\n"
    "Changes one field of the story KEY. VALUE \"none\" clears points, epic and every scoring input.\n"
    "Values are checked against the same rules as the app (exit 2 with the rule when one is broken).\n\n"
    "Fields:\n" +
    fieldList() +
    "\n\n"
    "  labels takes a comma-separated list; epic takes an epic key; status, moscow and the Kano answers\n"
    "  take the same words as elsewhere (in-progress, must, like, ...).\n\n"
    "Options:\n"
    "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n";

[[maybe_unused]] const bool registered =
    registerVerb({"set", "Change one field of a story", kUsageText, &setVerb});

} // namespace
} // namespace storyloom::cli
