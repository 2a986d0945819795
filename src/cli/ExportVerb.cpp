// storyloom-cli export: the whole workspace as native JSON.

#include "Cli.h"
#include "exchange/AtomicFile.h"
#include "exchange/NativeJson.h"
#include "storage/WorkspaceStore.h"

#include <ostream>

namespace storyloom::cli {
namespace {

int exportVerb(CliContext& ctx) {
    const auto args = Arguments::parse(
        ctx.args, {workspaceOption(), Option::value("output", 'o'), Option::value("format")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);
    const std::string format = args.value("format").value_or("native");
    if (format != "native")
        throw UsageError("Unknown format '" + format + "'; this build exports: native.");

    const Workspace ws = openWorkspace(path, ctx.clock)->load();
    const std::string text = nativejson::write(ws);
    if (const auto output = args.value("output")) {
        writeFileAtomically(*output, text);
        ctx.out << "Exported " << ws.stories.size() << " stories and " << ws.epics.size() << " epics from "
                << path << " to " << *output << ".\n";
    } else {
        ctx.out << text;
    }
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"export", "Export the workspace as native JSON to stdout or a file",
     "Usage: storyloom-cli export -w PATH [-o FILE] [--format native]\n\n"
     "Writes the whole workspace as Storyloom's native JSON (see docs/file-format.md): to standard output,\n"
     "or with -o to FILE, which is replaced in one step so it is never left half written.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  -o, --output FILE      write to FILE instead of standard output\n"
     "  --format FORMAT        native (default)\n",
     &exportVerb});

} // namespace
} // namespace storyloom::cli
