// storyloom-cli show: one story in full.

#include "Cli.h"
#include "EpicKeys.h"
#include "StoryJson.h"
#include "TerminalText.h"
#include "WorkspaceDirectory.h"
#include "domain/Date.h"
#include "storage/WorkspaceStore.h"

#include <iomanip>
#include <ostream>
#include <sstream>

namespace storyloom::cli {
namespace {

std::string number(double v) {
    std::ostringstream s;
    s << std::setprecision(12) << v;
    return s.str();
}

template <typename T> std::string optionalText(const std::optional<T>& v) {
    if (!v)
        return "-";
    if constexpr (std::is_same_v<T, double>)
        return number(*v);
    else if constexpr (std::is_same_v<T, KanoAnswer>)
        return std::string(toId(*v));
    else
        return std::to_string(*v);
}

void printCriteria(std::ostream& out, const Story& s) {
    out << "\nAcceptance criteria:\n";
    if (s.criteria.empty()) {
        out << "  (none)\n";
        return;
    }
    for (std::size_t i = 0; i < s.criteria.size(); ++i) {
        const auto& c = s.criteria[i];
        const std::string head = "  " + std::to_string(i + 1) + ". " + (c.done ? "[x] " : "[ ] ");
        const std::string hang(displayWidth(head), ' ');
        // Functional is the default kind, so only the others are named.
        std::string tag = c.kind == CriterionKind::Functional ? std::string() : std::string(label(c.kind));
        if (!c.wcag.empty())
            tag += (tag.empty() ? "" : ", ") + ("WCAG " + c.wcag);
        if (c.format == CriterionFormat::GivenWhenThen) {
            out << head << "Given " << singleLine(c.given) << '\n'
                << hang << "When  " << singleLine(c.when) << '\n'
                << hang << "Then  " << singleLine(c.then) << '\n';
            if (!tag.empty())
                out << hang << "(" << tag << ")\n";
        } else {
            out << head << singleLine(c.text) << (tag.empty() ? "" : "  (" + tag + ")") << '\n';
        }
    }
}

void printInputs(std::ostream& out, const ScoringInputs& in) {
    out << "\nScoring inputs:\n"
        << "  RICE    reach " << optionalText(in.reach) << ", impact " << optionalText(in.impact)
        << ", confidence " << optionalText(in.confidence) << ", effort " << optionalText(in.effort) << '\n'
        << "  ICE     iceImpact " << optionalText(in.iceImpact) << ", iceConfidence "
        << optionalText(in.iceConfidence) << ", iceEase " << optionalText(in.iceEase) << '\n'
        << "  WSJF    businessValue " << optionalText(in.businessValue) << ", timeCriticality "
        << optionalText(in.timeCriticality) << ", riskReduction " << optionalText(in.riskReduction)
        << ", jobSize " << optionalText(in.jobSize) << '\n'
        << "  Kano    kanoFunctional " << optionalText(in.kanoFunctional) << ", kanoDysfunctional "
        << optionalText(in.kanoDysfunctional) << '\n'
        << "  Value   value " << optionalText(in.value) << ", valueEffort " << optionalText(in.valueEffort)
        << '\n';
    if (!in.scorecard.empty()) {
        out << "  Scorecard ";
        bool first = true;
        for (const auto& [name, value] : in.scorecard) {
            out << (first ? " " : ", ") << singleLine(name) << " " << number(value);
            first = false;
        }
        out << '\n';
    }
}

void printStory(std::ostream& out, const Story& s, const WorkspaceDirectory& directory) {
    out << s.key << "  " << singleLine(s.title) << "\n\n";
    const Epic* epic = directory.epic(s.epicId);
    const Release* release = directory.release(s.releaseId);
    out << "Status:      " << label(s.status) << '\n'
        << "Points:      " << (s.points ? std::to_string(*s.points) : "not estimated") << '\n'
        << "MoSCoW:      " << label(s.moscow) << '\n'
        << "Epic:        " << (epic ? epic->key + "  " + singleLine(epic->title) : "none") << '\n'
        << "Release:     " << (release ? singleLine(release->name) : "none") << '\n';
    std::string labels;
    for (const auto& l : s.labels)
        labels += (labels.empty() ? "" : ", ") + singleLine(l);
    out << "Labels:      " << (labels.empty() ? "none" : labels) << '\n'
        << "Rank key:    " << s.rank << '\n'
        << "Created:     " << formatTimestamp(s.createdAt) << '\n'
        << "Updated:     " << formatTimestamp(s.updatedAt) << '\n';

    if (!s.asA.empty() || !s.iWant.empty() || !s.soThat.empty())
        out << "\nAs a " << singleLine(s.asA) << "\nI want " << singleLine(s.iWant) << "\nSo that "
            << singleLine(s.soThat) << '\n';
    if (!s.description.empty())
        out << "\nDescription:\n" << indentLines(printable(s.description), "  ");
    printCriteria(out, s);

    out << "\nPersonas:\n";
    if (s.personaIds.empty())
        out << "  none\n";
    for (Id id : s.personaIds)
        if (const Persona* p = directory.persona(id))
            out << "  " << singleLine(p->name) << (p->role.empty() ? "" : " - " + singleLine(p->role))
                << '\n';
    out << "\nInsights:\n";
    if (s.insightIds.empty())
        out << "  none\n";
    for (Id id : s.insightIds)
        if (const Insight* i = directory.insight(id))
            out << "  " << singleLine(i->title) << " (" << label(i->source) << ", strength " << i->strength
                << ")\n";

    std::string blocks;
    for (Id id : s.blocks)
        if (const Story* b = directory.story(id))
            blocks += (blocks.empty() ? "" : ", ") + b->key;
    std::string blockedBy;
    for (const Story* b : directory.blockers(s.id))
        blockedBy += (blockedBy.empty() ? "" : ", ") + b->key;
    out << "\nBlocks:      " << (blocks.empty() ? "none" : blocks) << '\n'
        << "Blocked by:  " << (blockedBy.empty() ? "none" : blockedBy) << '\n';
    printInputs(out, s.inputs);
}

int showVerb(CliContext& ctx) {
    const auto args = Arguments::parse(ctx.args, {workspaceOption(), Option::flag("json")});
    args.expectPositional(1, "KEY");
    const std::string path = workspacePath(args);
    const std::string key = args.positional()[0];
    const auto store = openWorkspaceForReading(path, ctx.clock);
    const auto story = store->story(key);
    if (!story) {
        if (const auto epics = readEpicKeys(path)) {
            for (const auto& [id, epicKey] : *epics)
                if (epicKey == key)
                    throw DataError(key + " in " + path + " is an epic, not a story; list its stories with " +
                                    "storyloom-cli list --epic " + key + ".");
        }
        throw DataError("No story " + key + " in " + path + ".");
    }
    const WorkspaceDirectory directory(*store);
    if (args.has("json"))
        ctx.out << dumpJson(storyDetailJson(*story, directory));
    else
        printStory(ctx.out, *story, directory);
    return kOk;
}

[[maybe_unused]] const bool registered = registerVerb(
    {"show", "Show one story in full",
     "Usage: storyloom-cli show KEY -w PATH [--json]\n\n"
     "Prints the story KEY: status, points, MoSCoW, epic, release, labels, the user-story parts,\n"
     "description, numbered acceptance criteria (Given/When/Then laid out, with kind and WCAG\n"
     "reference), personas, insights, the stories it blocks and is blocked by, and scoring inputs.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --json                 the same as one JSON object\n",
     &showVerb});

} // namespace
} // namespace storyloom::cli
