// storyloom-cli export: the whole workspace as native JSON, or a selection in one of the Jira formats.

#include "Cli.h"
#include "TerminalText.h"
#include "exchange/AtomicFile.h"
#include "exchange/NativeJson.h"
#include "exchange/jira/JiraExport.h"
#include "storage/WorkspaceStore.h"

#include <ostream>

namespace storyloom::cli {
namespace {

std::optional<jira::Format> jiraFormat(const std::string& format) {
    if (format == "jira-json")
        return jira::Format::Json;
    if (format == "jira-rest")
        return jira::Format::Rest;
    if (format == "jira-csv")
        return jira::Format::Csv;
    return std::nullopt;
}

jira::Selection selection(const Arguments& args) {
    int given = 0;
    jira::Selection s = jira::Selection::everything();
    if (const auto epic = args.value("epic")) {
        s = jira::Selection::epic(*epic);
        ++given;
    }
    if (const auto release = args.value("release")) {
        s = jira::Selection::release(*release);
        ++given;
    }
    if (const auto filter = args.value("filter")) {
        s = jira::Selection::filter(*filter);
        ++given;
    }
    if (given > 1)
        throw UsageError("Give at most one of --epic, --release and --filter.");
    return s;
}

int exportJira(CliContext& ctx, const Arguments& args, jira::Format format, const std::string& path) {
    const auto output = args.value("output");
    if (!output)
        throw UsageError(std::string("The Jira formats are written to files: give -o ") +
                         (format == jira::Format::Rest ? "FOLDER." : "FILE."));
    const Workspace ws = openWorkspace(path, ctx.clock)->load();
    jira::ExportRequest request;
    request.profile = jira::findProfile(ws, args.value("profile"));
    request.selection = selection(args);
    request.clock = &ctx.clock;

    const std::vector<jira::Problem> problems = jira::validate(ws, request);
    for (const jira::Problem& p : problems)
        ctx.err << (p.severity == jira::Severity::Error ? "error: " : "warning: ") << p.key << ": "
                << p.message << '\n';
    if (jira::hasErrors(problems)) {
        ctx.err << "Nothing was written: correct the errors above and export again.\n";
        return kData;
    }
    const std::vector<std::string> files = jira::exportToFiles(ws, request, format, *output);
    const jira::Selected selected = jira::resolve(ws, request.selection);
    ctx.out << "Exported " << counted(selected.epics.size(), "epic", "epics") << " and "
            << counted(selected.stories.size(), "story", "stories") << " with the profile \""
            << request.profile.name << "\" to " << files.size()
            << (files.size() == 1 ? " file:\n" : " files:\n");
    for (const std::string& f : files)
        ctx.out << "  " << f << '\n';
    return kOk;
}

int exportVerb(CliContext& ctx) {
    const auto args =
        Arguments::parse(ctx.args, {workspaceOption(), Option::value("output", 'o'), Option::value("format"),
                                    Option::value("profile"), Option::value("epic"), Option::value("release"),
                                    Option::value("filter")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);
    const std::string format = args.value("format").value_or("native");
    if (const auto jira = jiraFormat(format))
        return exportJira(ctx, args, *jira, path);
    if (format != "native")
        throw UsageError("Unknown format '" + format +
                         "'; this build exports: native, jira-json, jira-rest, jira-csv.");
    for (const char* jiraOnly : {"profile", "epic", "release", "filter"})
        if (args.has(jiraOnly))
            throw UsageError(std::string("--") + jiraOnly + " applies to the Jira formats only.");

    const Workspace ws = openWorkspace(path, ctx.clock)->load();
    const std::string text = nativejson::write(ws);
    if (const auto output = args.value("output")) {
        writeFileAtomically(*output, text);
        ctx.out << "Exported " << counted(ws.stories.size(), "story", "stories") << " and "
                << counted(ws.epics.size(), "epic", "epics") << " from " << path << " to " << *output
                << ".\n";
    } else {
        ctx.out << text;
    }
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"export", "Export the workspace as native JSON, or stories for Jira",
     "Usage: storyloom-cli export -w PATH [-o FILE] [--format native]\n"
     "       storyloom-cli export -w PATH --format jira-json|jira-rest|jira-csv [--profile NAME]\n"
     "                            [--epic KEY | --release NAME | --filter NAME] -o PATH\n\n"
     "native (the default) writes the whole workspace as Storyloom's native JSON (see docs/file-format.md):\n"
     "to standard output, or with -o to FILE, which is replaced in one step so it is never left half "
     "written.\n\n"
     "The Jira formats (see docs/jira-export.md) write epics and stories for Jira's importers:\n"
     "  jira-json   the JSON importer file; -o names the first file, more than 1,500 issues continue in\n"
     "              FILE-2.json, FILE-3.json, ...\n"
     "  jira-rest   REST bulk-create batches of 50 plus manifest.json; -o names a folder\n"
     "  jira-csv    one file for the CSV importer\n"
     "The export is checked first: problems are printed with the story key, and when any is an error\n"
     "nothing is written and the exit code is 2. All files appear together or not at all.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  -o, --output PATH      the file (folder for jira-rest) to write\n"
     "  --format FORMAT        native (default), jira-json, jira-rest or jira-csv\n"
     "  --profile NAME         the Jira mapping profile (default: the workspace's active profile, else\n"
     "                         \"Jira Cloud (company-managed)\"); presets: \"Jira Cloud "
     "(company-managed)\",\n"
     "                         \"Jira Cloud (team-managed)\", \"Jira Data Center\"\n"
     "  --epic KEY             only this epic and its stories\n"
     "  --release NAME         only the stories of this release (and their epics)\n"
     "  --filter NAME          only the stories a saved backlog filter shows (and their epics)\n",
     &exportVerb});

} // namespace
} // namespace storyloom::cli
