// storyloom-cli import: a native JSON file into a new workspace or over an existing one; a Jira JSON
// importer file or Jira CSV into a new workspace or appended to an existing one.

#include "Cli.h"
#include "TerminalText.h"
#include "exchange/AtomicFile.h"
#include "exchange/NativeJson.h"
#include "exchange/jira/JiraCsvReader.h"
#include "exchange/jira/JiraImport.h"
#include "exchange/jira/JiraJsonReader.h"
#include "exchange/jira/JiraProfile.h"
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

bool fileExists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(std::filesystem::symlink_status(path, ec));
}

/// Creates `path` from `ws`; a failure removes the half-made file again.
void createWorkspace(const std::string& path, const Workspace& ws, const Clock& clock) {
    try {
        WorkspaceStore::create(path, ws.productName, ws.projectKey, clock)->replaceAll(ws);
    } catch (...) {
        removeCreatedWorkspace(path);
        throw;
    }
}

int importNative(CliContext& ctx, const Arguments& args, const std::string& file) {
    if (args.has("into"))
        throw UsageError("--into appends Jira issues to a workspace; a native file replaces a workspace's "
                         "content: use -w PATH --replace.");
    const std::string path = args.has("output") ? *args.value("output") : workspacePath(args);
    const bool replace = args.has("replace");
    const bool exists = fileExists(path);
    if (exists && !replace)
        throw DataError(path + " already exists; pass --replace to replace its content with " + file +
                        ", or import into a new file.");
    if (!exists && replace)
        throw DataError(path +
                        " does not exist, so there is nothing to replace; leave out --replace to create it.");

    // Read and validate the whole file before touching the workspace: a failed import changes nothing.
    const Workspace ws = nativejson::read(readFile(file), file);
    if (replace)
        openWorkspace(path, ctx.clock)->replaceAll(ws);
    else
        createWorkspace(path, ws, ctx.clock);
    ctx.out << "Imported " << counted(ws.stories.size(), "story", "stories") << " and "
            << counted(ws.epics.size(), "epic", "epics") << " from " << file << " into " << path << ".\n";
    return kOk;
}

jira::ImportOptions jiraOptions(const Arguments& args, const Workspace& profiles) {
    jira::ImportOptions options;
    if (const auto name = args.value("profile"))
        options = jira::importOptionsFor(jira::findProfile(profiles, name));
    const auto fields = args.values("points-field");
    if (!fields.empty())
        options.pointsFields = fields;
    options.projectKey = args.value("project-key").value_or("");
    options.productName = args.value("name").value_or("");
    return options;
}

jira::SourceFile readJira(const std::string& format, const std::string& file,
                          const jira::ImportOptions& options) {
    const std::string text = readFile(file);
    return format == "jira-json" ? jira::readJiraJson(text, file, options)
                                 : jira::readJiraCsv(text, file, options);
}

void report(CliContext& ctx, const jira::ImportResult& result, const std::string& file,
            const std::string& path) {
    for (const auto& warning : result.warnings)
        ctx.err << "Warning: " << warning << '\n';
    ctx.out << "Imported " << counted(result.storiesAdded, "story", "stories") << " and "
            << counted(result.epicsAdded, "epic", "epics") << " from " << file << " into " << path << ".\n";
}

int importJira(CliContext& ctx, const Arguments& args, const std::string& format, const std::string& file) {
    if (args.has("replace"))
        throw UsageError("--replace is for native files; to add Jira issues to an existing workspace use "
                         "--into PATH.");
    const auto into = args.value("into");
    if (into) {
        if (args.has("output") || args.has("workspace"))
            throw UsageError("give either --into EXISTING (append) or -o NEW (create), not both.");
        if (args.has("project-key") || args.has("name"))
            throw UsageError(
                "--project-key and --name name a new workspace; --into keeps the existing one's.");
        if (!fileExists(*into))
            throw DataError(*into + " does not exist; use -o " + *into + " to create it from " + file + ".");
        // Everything is read, converted and checked first; then the new epics and stories are added
        // in one write transaction. When another window or command committed in between (the keys
        // and ranks were chosen after the content read then), the merge starts again from the new
        // content rather than collide with that edit.
        auto store = openWorkspace(*into, ctx.clock);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const long long version = store->dataVersion();
            const Workspace base = store->load();
            const auto options = jiraOptions(args, base);
            const auto source = readJira(format, file, options);
            const auto result = jira::importIssues(source, options, base, ctx.clock.nowMs());
            const auto& epics = result.workspace.epics;
            const auto& stories = result.workspace.stories;
            const std::vector<Epic> newEpics(epics.end() - static_cast<std::ptrdiff_t>(result.epicsAdded),
                                             epics.end());
            const std::vector<Story> newStories(
                stories.end() - static_cast<std::ptrdiff_t>(result.storiesAdded), stories.end());
            if (!store->appendEpicsAndStories(newEpics, newStories, result.workspace.nextKeyNumber, version))
                continue;
            report(ctx, result, file, *into);
            return kOk;
        }
        throw DataError(*into + " kept changing while the import was prepared, so nothing was imported. Try "
                                "again when other windows and commands have finished their edits.");
    }

    const std::string path = args.has("output") ? *args.value("output") : workspacePath(args);
    if (fileExists(path))
        throw DataError(path + " already exists; use --into " + path + " to add the issues of " + file +
                        " to it, or import into a new file.");
    const auto options = jiraOptions(args, Workspace{});
    const auto source = readJira(format, file, options);
    // A dry run on an empty workspace first, so a bad file never creates a file.
    const Workspace empty = jira::emptyWorkspaceFor(source, options);
    jira::importIssues(source, options, empty, ctx.clock.nowMs());
    try {
        auto store = WorkspaceStore::create(path, empty.productName, empty.projectKey, ctx.clock);
        // The new file's own defaults (settings) stay; the issues are added to it.
        const auto result = jira::importIssues(source, options, store->load(), ctx.clock.nowMs());
        store->replaceAll(result.workspace);
        report(ctx, result, file, path);
    } catch (...) {
        removeCreatedWorkspace(path);
        throw;
    }
    return kOk;
}

int importVerb(CliContext& ctx) {
    const auto args = Arguments::parse(
        ctx.args, {workspaceOption(), Option::value("output", 'o'), Option::value("into"),
                   Option::flag("replace"), Option::value("format"), Option::value("profile"),
                   Option::list("points-field"), Option::value("project-key"), Option::value("name")});
    args.expectPositional(1, "FILE");
    const std::string file = args.positional()[0];
    const std::string format = args.value("format").value_or("native");
    if (format == "native") {
        for (const char* jiraOnly : {"profile", "points-field", "project-key", "name"})
            if (args.has(jiraOnly))
                throw UsageError(std::string("--") + jiraOnly + " is for --format jira-json or jira-csv.");
        return importNative(ctx, args, file);
    }
    if (format == "jira-json" || format == "jira-csv")
        return importJira(ctx, args, format, file);
    throw UsageError("Unknown format '" + format + "'; this build imports: native, jira-json, jira-csv.");
}

[[maybe_unused]] const bool registered = registerVerb(
    {"import", "Import a native JSON file, or Jira issues from a Jira JSON or CSV file",
     "Usage: storyloom-cli import -w PATH [--replace] [--format native] FILE\n"
     "       storyloom-cli import --format jira-json|jira-csv FILE (-o NEW | --into EXISTING)\n"
     "                            [--profile NAME] [--points-field NAME]... [--project-key KEY] [--name "
     "NAME]\n\n"
     "Native (the default): reads FILE (Storyloom's native JSON, see docs/file-format.md) and writes it\n"
     "into a new workspace file at PATH. With --replace, PATH must exist and its whole content is\n"
     "replaced.\n\n"
     "Jira: reads a Jira JSON importer file (jira-json) or a Jira CSV file (jira-csv: Storyloom's Jira\n"
     "CSV export or a Jira Cloud CSV export) and turns its epics into epics and every other issue into a\n"
     "story, with new keys. -o NEW creates a workspace (project key and name from the file unless given);\n"
     "--into EXISTING appends the epics and stories after the existing ones. Story descriptions written\n"
     "by Storyloom's Jira export are read back into the user story, description and acceptance criteria\n"
     "(docs/jira-export.md). Points not on the 0-21 scale are rounded up and reported as warnings.\n\n"
     "FILE is checked completely first: when it has a problem, nothing is written and the message names\n"
     "the line (and column).\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  -o, --output PATH      a new workspace file to create (same as -w for a new file)\n"
     "  --into PATH            Jira formats: the existing workspace to add the issues to\n"
     "  --replace              native: replace the content of an existing workspace\n"
     "  --format FORMAT        the format of FILE: native (default), jira-json or jira-csv\n"
     "  --profile NAME         Jira: read back what this export profile wrote (points field, priority\n"
     "                         and status names, acceptance criteria field)\n"
     "  --points-field NAME    Jira: the story points field (repeatable; default \"Story Points\",\n"
     "                         \"Story point estimate\")\n"
     "  --project-key KEY      Jira, new workspace: the project key (default: the file's)\n"
     "  --name NAME            Jira, new workspace: the product name (default: the project's name)\n",
     &importVerb});

} // namespace
} // namespace storyloom::cli
