// storyloom-cli init: a new, empty workspace file.

#include "Cli.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <filesystem>
#include <ostream>

namespace storyloom::cli {
namespace {

int initVerb(CliContext& ctx) {
    const auto args =
        Arguments::parse(ctx.args, {workspaceOption(), Option::value("name"), Option::value("key")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);
    const std::string name = args.required("name");
    const std::string key = args.required("key");
    if (name.empty())
        throw DataError("The product name is empty; give one with --name, for example --name \"Web shop\".");
    if (!isValidProjectKey(key))
        throw DataError(
            "The project key '" + key +
            "' must be 2-10 upper-case letters, digits or _, starting with a letter (for example SHOP).");
    std::error_code ec;
    if (std::filesystem::exists(std::filesystem::symlink_status(path, ec)))
        throw DataError(path + " already exists; choose a new file name or remove the old file first.");
    WorkspaceStore::create(path, name, key, ctx.clock);
    ctx.out << "Created the workspace '" << name << "' (" << key << ") in " << path << ".\n";
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"init", "Create a new, empty workspace file",
     "Usage: storyloom-cli init -w PATH --name PRODUCT --key KEY\n\n"
     "Creates a new workspace file at PATH for the product PRODUCT whose stories get keys KEY-1, KEY-2, ...\n"
     "KEY is the Jira project key: 2-10 upper-case letters, digits or _, starting with a letter.\n"
     "Refuses a PATH that already exists (exit 2).\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the new file (default: $STORYLOOM_WORKSPACE)\n"
     "  --name PRODUCT         the product's name\n"
     "  --key KEY              the project key, for example SHOP\n",
     &initVerb});

} // namespace
} // namespace storyloom::cli
