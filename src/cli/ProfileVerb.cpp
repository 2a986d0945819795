// storyloom-cli jira-profile: list, show, choose and save the Jira mapping profiles of a workspace.

#include "Cli.h"
#include "exchange/AtomicFile.h"
#include "exchange/jira/JiraProfile.h"
#include "storage/WorkspaceStore.h"

#include <algorithm>
#include <ostream>

namespace storyloom::cli {
namespace {

bool isPreset(const jira::Profile& profile) {
    const auto presets = jira::presets();
    return std::find(presets.begin(), presets.end(), profile) != presets.end();
}

int profileVerb(CliContext& ctx) {
    const auto args = Arguments::parse(ctx.args, {workspaceOption()});
    const auto& positional = args.positional();
    if (positional.empty())
        throw UsageError("Say what to do: list, show NAME, use NAME or save FILE.");
    const std::string& action = positional[0];
    const std::string path = workspacePath(args);
    auto store = openWorkspace(path, ctx.clock);
    const Workspace ws = store->load();

    if (action == "list") {
        args.expectPositional(1, "list");
        const std::string active = jira::findProfile(ws, std::nullopt).name;
        for (const jira::Profile& p : jira::availableProfiles(ws))
            ctx.out << (p.name == active ? "* " : "  ") << p.name << (isPreset(p) ? " (preset)" : " (saved)")
                    << '\n';
        return kOk;
    }
    if (action == "show") {
        args.expectPositional(2, "show NAME");
        ctx.out << jira::profilesToJson({jira::findProfile(ws, positional[1])}) << '\n';
        return kOk;
    }
    if (action == "use") {
        args.expectPositional(2, "use NAME");
        const jira::Profile profile = jira::findProfile(ws, positional[1]); // throws for an unknown name
        store->setSetting(std::string(jira::kActiveProfileSetting), profile.name);
        ctx.out << "The Jira profile \"" << profile.name << "\" is now used for exports from " << path
                << ".\n";
        return kOk;
    }
    if (action == "save") {
        args.expectPositional(2, "save FILE");
        const std::string text = readFile(positional[1]);
        const std::vector<jira::Profile> profiles = jira::profilesFromJson(text); // names profile and field
        store->setSetting(std::string(jira::kProfilesSetting), jira::profilesToJson(profiles));
        ctx.out << "Saved " << profiles.size() << (profiles.size() == 1 ? " Jira profile" : " Jira profiles")
                << " from " << positional[1] << " into " << path << ".\n";
        return kOk;
    }
    throw UsageError("Unknown action '" + action + "'; use list, show NAME, use NAME or save FILE.");
}

[[maybe_unused]] const bool registered = registerVerb(
    {"jira-profile", "List, show, choose or save the Jira mapping profiles",
     "Usage: storyloom-cli jira-profile -w PATH list\n"
     "       storyloom-cli jira-profile -w PATH show NAME\n"
     "       storyloom-cli jira-profile -w PATH use NAME\n"
     "       storyloom-cli jira-profile -w PATH save FILE\n\n"
     "A profile maps Storyloom's fields onto one Jira site (see docs/jira-export.md, \"Mapping profiles\").\n"
     "list    the presets and the workspace's saved profiles; * marks the one exports use\n"
     "show    one profile as JSON (a starting point for your own)\n"
     "use     make NAME the profile `export --format jira-...` uses without --profile\n"
     "save    store the JSON array of profiles in FILE in the workspace (replacing saved ones);\n"
     "        a saved profile with a preset's name replaces that preset\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n",
     &profileVerb});

} // namespace
} // namespace storyloom::cli
