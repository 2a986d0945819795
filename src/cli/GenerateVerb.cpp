// storyloom-cli generate: a synthetic workspace for demos and benchmarks.

#include "Cli.h"
#include "TerminalText.h"
#include "domain/Workspace.h"
#include "generator/Generator.h"
#include "storage/WorkspaceStore.h"

#include <unistd.h>

#include <filesystem>
#include <limits>
#include <ostream>

namespace storyloom::cli {
namespace {

void removeWorkspaceFiles(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix, ec);
}

int generateVerb(CliContext& ctx) {
    const auto args =
        Arguments::parse(ctx.args, {Option::value("output", 'o'), Option::value("stories"),
                                    Option::value("epics"), Option::value("seed"), Option::value("name"),
                                    Option::value("key"), Option::flag("force")});
    args.expectPositional(0, "");
    const std::string path = args.required("output");
    GeneratorOptions options;
    if (const auto v = args.value("stories"))
        options.stories = static_cast<std::size_t>(parseCount(*v, "--stories", 0, 10'000'000));
    if (const auto v = args.value("epics"))
        options.epics = static_cast<std::size_t>(parseCount(*v, "--epics", 0, 1'000'000));
    if (const auto v = args.value("seed"))
        options.seed =
            static_cast<std::uint64_t>(parseCount(*v, "--seed", 0, std::numeric_limits<long long>::max()));
    options.productName = args.value("name").value_or(options.productName);
    options.projectKey = args.value("key").value_or(options.projectKey);
    if (options.productName.empty())
        throw DataError("The product name given with --name is empty.");
    if (!isValidProjectKey(options.projectKey))
        throw DataError(
            "The project key '" + options.projectKey +
            "' must be 2-10 upper-case letters, digits or _, starting with a letter (for example GEN).");

    std::error_code ec;
    const bool exists = std::filesystem::exists(std::filesystem::symlink_status(path, ec));
    if (exists && !args.has("force"))
        throw DataError(path + " already exists; pass --force to replace it, or choose a new file name.");

    // The generator's "now" is fixed (GeneratorOptions::nowMs), not the clock: the same options give
    // the same file. The workspace is built beside the target and renamed over it at the end, so an
    // interrupted run never leaves a half-written file at PATH.
    const Workspace ws = generateWorkspace(options);
    const std::string partial = path + ".partial-" + std::to_string(::getpid());
    removeWorkspaceFiles(partial);
    try {
        WorkspaceStore::create(partial, ws.productName, ws.projectKey, ctx.clock)->replaceAll(ws);
        if (exists) {
            // A stale write-ahead log of the old file must not be replayed into the new one.
            std::filesystem::remove(path + "-wal", ec);
            std::filesystem::remove(path + "-shm", ec);
        }
        std::filesystem::rename(partial, path);
    } catch (const std::filesystem::filesystem_error& e) {
        removeWorkspaceFiles(partial);
        throw DataError("Could not move the generated workspace to " + path + ": " + e.code().message() +
                        ".");
    } catch (...) {
        removeWorkspaceFiles(partial);
        throw;
    }
    std::size_t criteria = 0;
    for (const auto& s : ws.stories)
        criteria += s.criteria.size();
    ctx.out << "Generated " << path << ": " << counted(ws.stories.size(), "story", "stories") << ", "
            << counted(ws.epics.size(), "epic", "epics") << ", "
            << counted(criteria, "acceptance criterion", "acceptance criteria") << ", "
            << counted(ws.personas.size(), "persona", "personas") << ", "
            << counted(ws.insights.size(), "insight", "insights") << " (seed " << options.seed << ").\n";
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"generate", "Generate a realistic synthetic workspace (demos, benchmarks)",
     "Usage: storyloom-cli generate -o PATH [--stories N] [--epics M] [--seed S] [--name PRODUCT]\n"
     "           [--key KEY] [--force]\n\n"
     "Writes a new workspace file at PATH with N stories (default 1000) in M epics (default 20), with\n"
     "themes, releases, personas, insights, acceptance criteria and scoring inputs. The same options\n"
     "always give the same content. Refuses an existing PATH unless --force is given.\n\n"
     "Options:\n"
     "  -o, --output PATH      the new workspace file\n"
     "  --stories N            how many stories (default 1000)\n"
     "  --epics M              how many epics (default 20)\n"
     "  --seed S               the random seed (default 1)\n"
     "  --name PRODUCT         the product name (default \"Generated product\")\n"
     "  --key KEY              the project key (default GEN)\n"
     "  --force                replace PATH if it exists\n",
     &generateVerb});

} // namespace
} // namespace storyloom::cli
