// storyloom-cli import: a native JSON file into a new workspace, or over an existing one.

#include "Cli.h"
#include "exchange/AtomicFile.h"
#include "exchange/NativeJson.h"
#include "storage/WorkspaceStore.h"

#include <filesystem>
#include <ostream>

namespace storyloom::cli {
namespace {

/// Removes a workspace file this command created, with SQLite's side files.
void removeCreatedWorkspace(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix, ec);
}

Workspace readWorkspace(const std::string& file, const std::string& format) {
    if (format != "native")
        throw UsageError("Unknown format '" + format + "'; this build imports: native.");
    return nativejson::read(readFile(file), file);
}

int importVerb(CliContext& ctx) {
    const auto args =
        Arguments::parse(ctx.args, {workspaceOption(), Option::flag("replace"), Option::value("format")});
    args.expectPositional(1, "FILE");
    const std::string path = workspacePath(args);
    const std::string file = args.positional()[0];
    const bool replace = args.has("replace");
    std::error_code ec;
    const bool exists = std::filesystem::exists(std::filesystem::symlink_status(path, ec));
    if (exists && !replace)
        throw DataError(path + " already exists; pass --replace to replace its content with " + file +
                        ", or import into a new file.");
    if (!exists && replace)
        throw DataError(path +
                        " does not exist, so there is nothing to replace; leave out --replace to create it.");

    // Read and validate the whole file before touching the workspace: a failed import changes nothing.
    const Workspace ws = readWorkspace(file, args.value("format").value_or("native"));
    if (replace) {
        openWorkspace(path, ctx.clock)->replaceAll(ws);
    } else {
        try {
            WorkspaceStore::create(path, ws.productName, ws.projectKey, ctx.clock)->replaceAll(ws);
        } catch (...) {
            removeCreatedWorkspace(path);
            throw;
        }
    }
    ctx.out << "Imported " << ws.stories.size() << " stories and " << ws.epics.size() << " epics from "
            << file << " into " << path << ".\n";
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"import", "Import a native JSON file into a new workspace, or replace one's content",
     "Usage: storyloom-cli import -w PATH [--replace] [--format native] FILE\n\n"
     "Reads FILE (Storyloom's native JSON, see docs/file-format.md) and writes it into a new workspace\n"
     "file at PATH. With --replace, PATH must exist and its whole content is replaced. FILE is checked\n"
     "completely first: when it has a problem, nothing is written and the message names the line.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --replace              replace the content of an existing workspace\n"
     "  --format FORMAT        the format of FILE: native (default)\n",
     &importVerb});

} // namespace
} // namespace storyloom::cli
