// storyloom-cli rank: the backlog ordered by a prioritisation framework, explained or compared.
// storyloom-cli scoring: the workspace's scoring settings (framework, weights, criteria, formula).

#include "Cli.h"
#include "StoryJson.h"
#include "TerminalText.h"
#include "TextTable.h"
#include "scoring/Comparison.h"
#include "scoring/Formula.h"
#include "scoring/FormulaError.h"
#include "scoring/NumberText.h"
#include "scoring/Ranker.h"
#include "scoring/Score.h"
#include "scoring/ScoringError.h"
#include "scoring/SwapAnalysis.h"
#include "storage/WorkspaceStore.h"

#include <limits>
#include <map>
#include <optional>
#include <ostream>

namespace storyloom::cli {
namespace {

using namespace storyloom::scoring;
using Json = nlohmann::ordered_json;

constexpr std::size_t kTitleWidth = 50;
constexpr std::size_t kSwapsShown = 5;

/// "Today" for evidence recency, from the (possibly pinned) clock.
Date today(const Clock& clock) {
    constexpr long long kDayMs = 86'400'000;
    const long long ms = clock.nowMs();
    return Date::fromDays(ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs));
}

Framework frameworkOption(const std::string& text, const std::string& flag) {
    const auto f = parseFramework(text);
    if (!f)
        throw UsageError(flag + " '" + text + "' is not a framework; use one of " +
                         std::string(frameworkIdList()) + ".");
    return *f;
}

/// The workspace's scoring settings; a bad setting is a data problem of that file.
ScoringSettings settingsOf(const Workspace& ws, const std::string& path) {
    try {
        return ScoringSettings::fromSettings(ws.settings);
    } catch (const ScoringError& e) {
        throw DataError(std::string(e.what()) + " (in " + path +
                        "; fix it with storyloom-cli scoring -w PATH --set or --unset)");
    }
}

std::string scoreText(const ScoreValue& v) {
    return formatRounded(v.total, 4);
}

const Story& storyAt(const Ranker& ranker, Id id) {
    return ranker.workspace().stories[static_cast<std::size_t>(ranker.indexOfId(id))];
}

std::string keyOf(const Ranker& ranker, Id id) {
    const auto i = ranker.indexOfId(id);
    return i < 0 ? std::string() : ranker.workspace().stories[static_cast<std::size_t>(i)].key;
}

std::string noteFor(const Ranker& ranker, const RankedStory& e) {
    if (!e.score.scored)
        return "unscored: " + e.unscoredReason;
    std::string note;
    if (e.pinned)
        note = "pinned above " + keyOf(ranker, e.pinnedAbove);
    if (e.heldBack)
        note += (note.empty() ? "" : "; ") + std::string("held back by ") + keyOf(ranker, e.heldBackBy);
    return note;
}

bool hasTiers(Framework f, const ScoringSettings& s) {
    return f == Framework::Moscow || (f == Framework::Kano && s.kano.mode == KanoMode::Order);
}

Json entryJson(const Ranker& ranker, const RankedStory& e, const ScoringContext& context) {
    const Story& story = storyAt(ranker, e.storyId);
    Json j;
    j["position"] = e.position;
    j["key"] = story.key;
    j["title"] = story.title;
    j["scored"] = e.score.scored;
    j["score"] = e.score.scored ? Json(e.score.total) : Json(nullptr);
    if (hasTiers(context.settings().framework, context.settings())) {
        j["tier"] = e.score.scored ? Json(e.score.tier) : Json(nullptr);
        j["tierLabel"] = e.score.scored ? Json(score(story, context).tierLabel) : Json(nullptr);
    }
    j["unscoredReason"] = e.score.scored ? Json(nullptr) : Json(e.unscoredReason);
    j["pinnedAbove"] = e.pinned ? Json(keyOf(ranker, e.pinnedAbove)) : Json(nullptr);
    j["heldBackBy"] = e.heldBack ? Json(keyOf(ranker, e.heldBackBy)) : Json(nullptr);
    return j;
}

void printRanking(CliContext& ctx, const Ranker& ranker, const Ranking& ranking,
                  const ScoringContext& context, std::size_t top, bool json) {
    const std::size_t shown = std::min(top, ranking.entries.size());
    const bool tiers = hasTiers(ranking.framework, context.settings());
    for (const auto& w : ranking.warnings)
        ctx.err << "Warning: " << w << '\n';
    if (json) {
        Json j;
        j["framework"] = std::string(toId(ranking.framework));
        j["scored"] = ranking.scoredCount;
        j["unscored"] = ranking.entries.size() - ranking.scoredCount;
        j["stories"] = Json::array();
        for (std::size_t i = 0; i < shown; ++i)
            j["stories"].push_back(entryJson(ranker, ranking.entries[i], context));
        j["warnings"] = ranking.warnings;
        ctx.out << dumpJson(j);
        return;
    }
    ctx.out << "Ranked by " << label(ranking.framework) << ": " << ranking.scoredCount << " scored, "
            << ranking.entries.size() - ranking.scoredCount << " unscored.\n";
    if (shown == 0)
        return;
    std::vector<TextTable::Column> columns{{"#", TextTable::Align::Right}, {"Key"}};
    if (tiers)
        columns.push_back({ranking.framework == Framework::Moscow ? "Class" : "Category"});
    columns.push_back({"Score", TextTable::Align::Right});
    columns.push_back({"Title"});
    columns.push_back({"Note"});
    TextTable table(columns);
    for (std::size_t i = 0; i < shown; ++i) {
        const RankedStory& e = ranking.entries[i];
        const Story& story = storyAt(ranker, e.storyId);
        std::vector<std::string> row{std::to_string(e.position), story.key};
        if (tiers)
            row.push_back(e.score.scored ? score(story, context).tierLabel : "-");
        row.push_back(e.score.scored ? scoreText(e.score) : "-");
        row.push_back(truncate(singleLine(story.title), kTitleWidth));
        row.push_back(noteFor(ranker, e));
        table.addRow(std::move(row));
    }
    table.print(ctx.out);
}

Json breakdownJson(const Breakdown& b) {
    Json j;
    j["framework"] = std::string(toId(b.framework));
    j["scored"] = b.scored;
    j["total"] = b.scored ? Json(b.total) : Json(nullptr);
    j["combination"] = std::string(toId(b.combination));
    j["tier"] = b.tierLabel.empty() ? Json(nullptr) : Json(b.tier);
    j["tierLabel"] = b.tierLabel.empty() ? Json(nullptr) : Json(b.tierLabel);
    j["terms"] = Json::array();
    for (const auto& t : b.terms)
        j["terms"].push_back({{"name", t.name},
                              {"input", t.input},
                              {"factor", t.factor},
                              {"weight", t.weight},
                              {"contribution", t.contribution}});
    j["scale"] = b.scale;
    j["scaleName"] = b.scaleName.empty() ? Json(nullptr) : Json(b.scaleName);
    j["missing"] = b.missing;
    j["reason"] = b.reason.empty() ? Json(nullptr) : Json(b.reason);
    j["notes"] = b.notes;
    return j;
}

std::string changeText(const Ranker& ranker, const SwapChange& c) {
    const std::string whose = c.storyId ? keyOf(ranker, c.storyId) + " " : std::string();
    const std::string verb = c.to > c.from ? "raise" : "lower";
    if (c.kind == SwapChange::Kind::Class)
        return "move " + whose + "from " + c.fromText + " to " + c.toText;
    return verb + " " + whose + c.what + " from " + c.fromText +
           (c.beyond ? (c.to > c.from ? " above " : " below ") : " to ") + c.toText;
}

Json swapJson(const Ranker& ranker, const SwapAnalysis& a) {
    Json j;
    j["upper"] = keyOf(ranker, a.upperId);
    j["lower"] = keyOf(ranker, a.lowerId);
    j["constraint"] = a.constrained ? Json(a.constraint) : Json(nullptr);
    j["changes"] = Json::array();
    for (const auto& c : a.changes) {
        static constexpr const char* kKinds[] = {"input", "weight", "class"};
        j["changes"].push_back({{"kind", kKinds[static_cast<int>(c.kind)]},
                                {"story", c.storyId ? Json(keyOf(ranker, c.storyId)) : Json(nullptr)},
                                {"what", c.what},
                                {"from", c.from},
                                {"to", c.to},
                                {"beyond", c.beyond},
                                {"fromText", c.fromText},
                                {"toText", c.toText},
                                {"text", changeText(ranker, c)}});
    }
    return j;
}

void printSwap(CliContext& ctx, const Ranker& ranker, const SwapAnalysis& a, const std::string& heading) {
    ctx.out << '\n' << heading << '\n';
    if (a.constrained) {
        ctx.out << "  " << a.constraint << '\n';
        return;
    }
    if (a.changes.empty()) {
        ctx.out << "  No single change of an input or weight swaps them.\n";
        return;
    }
    for (std::size_t i = 0; i < a.changes.size() && i < kSwapsShown; ++i)
        ctx.out << "  - " << changeText(ranker, a.changes[i]) << '\n';
    if (a.changes.size() > kSwapsShown)
        ctx.out << "  (" << a.changes.size() - kSwapsShown << " more with --json)\n";
}

void explain(CliContext& ctx, const Ranker& ranker, const Ranking& ranking, const ScoringContext& context,
             const std::string& key, const std::string& path, bool json) {
    const auto index = ranker.indexOf(key);
    if (index < 0)
        throw DataError("No story " + key + " in " + path + ".");
    const Story& story = ranker.workspace().stories[static_cast<std::size_t>(index)];
    const RankedStory* entry = ranking.find(story.id);
    const Breakdown b = score(story, context);
    std::optional<SwapAnalysis> above, below;
    if (entry->score.scored && entry->position > 1)
        above = analyseSwap(ranker, ranking, entry->position - 1, context);
    if (entry->score.scored && entry->position < ranking.scoredCount)
        below = analyseSwap(ranker, ranking, entry->position, context);
    if (json) {
        Json j;
        j["key"] = story.key;
        j["title"] = story.title;
        j["position"] = entry->position;
        j["of"] = ranking.entries.size();
        j["breakdown"] = breakdownJson(b);
        j["pinnedAbove"] = entry->pinned ? Json(keyOf(ranker, entry->pinnedAbove)) : Json(nullptr);
        j["heldBackBy"] = entry->heldBack ? Json(keyOf(ranker, entry->heldBackBy)) : Json(nullptr);
        j["swapWithAbove"] = above ? swapJson(ranker, *above) : Json(nullptr);
        j["swapWithBelow"] = below ? swapJson(ranker, *below) : Json(nullptr);
        ctx.out << dumpJson(j);
        return;
    }
    ctx.out << story.key << "  " << singleLine(story.title) << '\n'
            << "Framework: " << label(b.framework) << '\n'
            << "Position: " << entry->position << " of " << ranking.entries.size() << '\n';
    if (!b.scored) {
        ctx.out << "Unscored: " << b.reason << '\n';
        return;
    }
    if (!b.tierLabel.empty())
        ctx.out << "Class: " << b.tierLabel << " (ranks before any lower class)\n";
    ctx.out << "Score: " << formatRounded(b.total, 6) << " (the "
            << (b.combination == Combination::Sum ? "sum" : "product") << " of the contributions"
            << (b.scaleName.empty() ? "" : ", times " + formatRounded(b.scale, 6) + " for " + b.scaleName)
            << ")\n";
    if (!b.terms.empty()) {
        TextTable table({{"Term"},
                         {"Input", TextTable::Align::Right},
                         {"Factor", TextTable::Align::Right},
                         {"Weight", TextTable::Align::Right},
                         {"Contribution", TextTable::Align::Right}});
        for (const auto& t : b.terms)
            table.addRow({t.name, formatRounded(t.input, 6), formatRounded(t.factor, 6),
                          formatRounded(t.weight, 6), formatRounded(t.contribution, 6)});
        table.print(ctx.out);
    }
    for (const auto& note : b.notes)
        ctx.out << "Note: " << note << '\n';
    if (entry->pinned)
        ctx.out << "Pinned above " << keyOf(ranker, entry->pinnedAbove) << ".\n";
    if (entry->heldBack)
        ctx.out << "Held back below " << keyOf(ranker, entry->heldBackBy) << ", which blocks it.\n";
    if (above)
        printSwap(ctx, ranker, *above, "To rank above " + keyOf(ranker, above->upperId) + ":");
    if (below)
        printSwap(ctx, ranker, *below, "To fall below " + keyOf(ranker, below->lowerId) + ":");
}

void compare(CliContext& ctx, const Ranker& ranker, const ScoringContext& context, const std::string& list,
             std::size_t top, bool json) {
    std::vector<Framework> frameworks;
    std::size_t start = 0;
    while (start <= list.size()) {
        const auto comma = std::min(list.find(',', start), list.size());
        frameworks.push_back(frameworkOption(list.substr(start, comma - start), "--compare"));
        start = comma + 1;
    }
    const Comparison c = compareFrameworks(ranker, context, frameworks);
    const std::size_t shown = std::min(top, c.rows.size());
    if (json) {
        Json j;
        j["frameworks"] = Json::array();
        for (auto f : frameworks)
            j["frameworks"].push_back(std::string(toId(f)));
        j["stories"] = Json::array();
        for (std::size_t r = 0; r < shown; ++r) {
            const auto& row = c.rows[r];
            Json s;
            s["key"] = keyOf(ranker, row.storyId);
            s["positions"] = Json::object();
            s["moves"] = Json::object();
            for (std::size_t k = 0; k < frameworks.size(); ++k) {
                const std::string id(toId(frameworks[k]));
                s["positions"][id] = row.positions[k] ? Json(*row.positions[k]) : Json(nullptr);
                if (k > 0)
                    s["moves"][id] = row.moves[k] ? Json(*row.moves[k]) : Json(nullptr);
            }
            j["stories"].push_back(s);
        }
        j["kendallTau"] = Json::array();
        for (std::size_t a = 0; a < frameworks.size(); ++a)
            for (std::size_t b = a + 1; b < frameworks.size(); ++b)
                j["kendallTau"].push_back({{"a", std::string(toId(frameworks[a]))},
                                           {"b", std::string(toId(frameworks[b]))},
                                           {"tau", c.tau[a][b] ? Json(*c.tau[a][b]) : Json(nullptr)}});
        ctx.out << dumpJson(j);
        return;
    }
    std::vector<TextTable::Column> columns{{"Key"}};
    for (std::size_t k = 0; k < frameworks.size(); ++k) {
        columns.push_back({std::string(label(frameworks[k])), TextTable::Align::Right});
        if (k > 0)
            columns.push_back({"Move", TextTable::Align::Right});
    }
    TextTable table(columns);
    for (std::size_t r = 0; r < shown; ++r) {
        const auto& row = c.rows[r];
        std::vector<std::string> cells{keyOf(ranker, row.storyId)};
        for (std::size_t k = 0; k < frameworks.size(); ++k) {
            cells.push_back(row.positions[k] ? std::to_string(*row.positions[k]) : "unscored");
            if (k > 0)
                cells.push_back(
                    !row.moves[k] ? "-" : (*row.moves[k] > 0 ? "+" : "") + std::to_string(*row.moves[k]));
        }
        table.addRow(std::move(cells));
    }
    table.print(ctx.out);
    ctx.out << "\nKendall's tau (1 = same order, -1 = reversed), over the stories scored under both:\n";
    for (std::size_t a = 0; a < frameworks.size(); ++a)
        for (std::size_t b = a + 1; b < frameworks.size(); ++b)
            ctx.out << "  " << label(frameworks[a]) << " vs " << label(frameworks[b]) << ": "
                    << (c.tau[a][b] ? formatRounded(*c.tau[a][b], 3)
                                    : std::string("n/a (fewer than 2 stories)"))
                    << '\n';
}

int rankVerb(CliContext& ctx) {
    const auto args = Arguments::parse(ctx.args, {workspaceOption(), Option::value("framework"),
                                                  Option::value("top"), Option::value("explain"),
                                                  Option::value("compare"), Option::flag("json")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);
    if (args.has("explain") && args.has("compare"))
        throw UsageError("--explain and --compare cannot be combined; run them one at a time.");
    std::size_t top = std::numeric_limits<std::size_t>::max();
    if (const auto t = args.value("top"))
        top = static_cast<std::size_t>(parseCount(*t, "--top", 1, std::numeric_limits<int>::max()));
    std::optional<Framework> framework;
    if (const auto f = args.value("framework"))
        framework = frameworkOption(*f, "--framework");

    const auto store = openWorkspaceForReading(path, ctx.clock);
    const Workspace ws = store->loadForRanking();
    ScoringSettings settings = settingsOf(ws, path);
    if (framework)
        settings.framework = *framework;
    try {
        const ScoringContext context(settings, ws.insights, today(ctx.clock));
        const Ranker ranker(ws);
        if (const auto list = args.value("compare")) {
            compare(ctx, ranker, context, *list, top, args.has("json"));
            return kOk;
        }
        const Ranking ranking = ranker.rank(context);
        if (const auto key = args.value("explain"))
            explain(ctx, ranker, ranking, context, *key, path, args.has("json"));
        else
            printRanking(ctx, ranker, ranking, context, top, args.has("json"));
    } catch (const ScoringError& e) {
        throw DataError(std::string(e.what()) + " (in " + path + ")");
    }
    return kOk;
}

/// "NAME=VALUE" split at the first '='.
std::pair<std::string, std::string> assignment(const std::string& text, const std::string& flag) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw UsageError(flag + " takes NAME=VALUE, not '" + text + "'.");
    return {text.substr(0, eq), text.substr(eq + 1)};
}

std::string settingKey(const std::string& name) {
    return name.rfind("scoring.", 0) == 0 ? name : "scoring." + name;
}

int scoringVerb(CliContext& ctx) {
    const auto args =
        Arguments::parse(ctx.args, {workspaceOption(), Option::value("framework"), Option::list("weight"),
                                    Option::value("formula"), Option::list("criterion"), Option::list("set"),
                                    Option::list("unset"), Option::flag("show")});
    args.expectPositional(0, "");
    const std::string path = workspacePath(args);
    const auto store = openWorkspace(path, ctx.clock);
    // The current settings are not validated here: a broken one must stay fixable with --set/--unset.
    const Workspace ws = store->load();

    std::map<std::string, std::string> wanted;
    for (const auto& [k, v] : ws.settings)
        if (k.rfind("scoring.", 0) == 0)
            wanted.emplace(k, v);
    // --unset first, so "--unset pins --set pins=..." replaces the pins.
    for (const auto& name : args.values("unset"))
        wanted.erase(settingKey(name));
    for (const auto& item : args.values("set")) {
        const auto [name, value] = assignment(item, "--set");
        wanted[settingKey(name)] = value;
    }
    if (const auto f = args.value("framework"))
        wanted["scoring.framework"] = std::string(toId(frameworkOption(*f, "--framework")));
    if (const auto formula = args.value("formula")) {
        try {
            if (!formula->empty())
                Formula::parse(*formula);
        } catch (const FormulaError& e) {
            throw DataError("The formula does not parse: " + std::string(e.what()) + ".");
        }
        if (formula->empty())
            wanted.erase("scoring.formula");
        else
            wanted["scoring.formula"] = *formula;
    }
    try {
        for (const auto& item : args.values("criterion")) {
            const auto [name, spec] = assignment(item, "--criterion");
            wanted["scoring.scorecard.criterion." + name] = formatCriterion(parseCriterion(name, spec));
        }
        // Weights apply to the criteria as they are after --criterion, so both can be given at once.
        const ScoringSettings withCriteria = ScoringSettings::fromSettings(wanted);
        for (const auto& item : args.values("weight")) {
            const auto [name, value] = assignment(item, "--weight");
            const auto number = parseNumber(value);
            if (!number || *number < 0)
                throw UsageError("--weight " + name + " needs a number zero or more, not '" + value + "'.");
            if (const ScorecardCriterion* c = withCriteria.criterion(name)) {
                ScorecardCriterion changed = *c;
                changed.weight = *number;
                wanted["scoring.scorecard.criterion." + name] = formatCriterion(changed);
            } else if (const auto category = parseKanoCategory(name);
                       category && *category != KanoCategory::Questionable) {
                wanted["scoring.kano.weight." + std::string(toId(*category))] = formatNumber(*number);
            } else {
                std::string criteria;
                for (const auto& sc : withCriteria.scorecard)
                    criteria += (criteria.empty() ? "" : ", ") + sc.name;
                throw DataError(
                    "There is no scorecard criterion or Kano category called '" + name + "' in " + path +
                    "; scorecard criteria: " + (criteria.empty() ? std::string("none yet") : criteria) +
                    "; Kano categories: must-be, one-dimensional, attractive, indifferent, reverse.");
            }
        }
        const ScoringSettings next = ScoringSettings::fromSettings(wanted);
        // Write the canonical form: only what differs from the defaults, one key per setting.
        const auto target = next.toSettings();
        std::vector<std::string> changes;
        for (const auto& [k, v] : target) {
            const auto it = ws.settings.find(k);
            if (it == ws.settings.end() || it->second != v) {
                store->setSetting(k, v);
                changes.push_back(k + " = " + v);
            }
        }
        for (const auto& [k, v] : ws.settings)
            if (k.rfind("scoring.", 0) == 0 && !target.count(k)) {
                store->removeSetting(k);
                changes.push_back(k + " removed (default)");
            }
        const bool changing = args.has("set") || args.has("unset") || args.has("framework") ||
                              args.has("formula") || args.has("criterion") || args.has("weight");
        if (changing) {
            if (changes.empty())
                ctx.out << "No change to the scoring settings of " << path << ".\n";
            else
                ctx.out << "Updated the scoring settings of " << path << ":\n";
            for (const auto& c : changes)
                ctx.out << "  " << singleLine(c) << '\n';
        }
        if (args.has("show") || !changing) {
            TextTable table({{"Setting"}, {"Value"}});
            for (const auto& [k, v] : next.describe())
                table.addRow({k, v});
            table.print(ctx.out);
        }
    } catch (const ScoringError& e) {
        throw DataError(std::string(e.what()) + " Nothing was changed in " + path + ".");
    }
    return kOk;
}

[[maybe_unused]] const bool rankRegistered = registerVerb(
    {"rank", "Rank the backlog by a prioritisation framework, explain or compare",
     "Usage: storyloom-cli rank -w PATH [--framework F] [--top N] [--explain KEY] [--compare F1,F2,...]\n"
     "           [--json]\n\n"
     "Orders the stories by the workspace's scoring framework (see storyloom-cli scoring) and prints\n"
     "position, key, score, title and a note: pinned, held back by a blocker, or why it is unscored.\n"
     "Unscored stories (an input is missing) come after the scored ones, in manual order.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --framework F          rank by F for this run only: rice, ice, wsjf, moscow, kano,\n"
     "                         value-effort, scorecard or formula\n"
     "  --top N                only the first N stories\n"
     "  --explain KEY          the story's score term by term, and what would swap it with the\n"
     "                         stories next to it\n"
     "  --compare F1,F2,...    each story's position under each framework, the moves and Kendall's tau\n"
     "  --json                 the same as JSON: {framework, scored, unscored, stories: [{position, key,\n"
     "                         title, scored, score, unscoredReason, pinnedAbove, heldBackBy}], warnings}\n\n"
     "See docs/scoring.md for every framework's formula.\n",
     &rankVerb});

[[maybe_unused]] const bool scoringRegistered = registerVerb(
    {"scoring", "Show or change the scoring settings (framework, weights, formula)",
     "Usage: storyloom-cli scoring -w PATH [--framework F] [--weight NAME=VALUE]... [--formula EXPR]\n"
     "           [--criterion NAME=SPEC]... [--set KEY=VALUE]... [--unset KEY]... [--show]\n\n"
     "Changes the workspace's scoring settings; without a change, prints them all. Every change is\n"
     "checked first: when one is wrong nothing is written and the message names the setting.\n\n"
     "Options:\n"
     "  -w, --workspace PATH   the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --framework F          the active framework: rice, ice, wsjf, moscow, kano, value-effort,\n"
     "                         scorecard or formula\n"
     "  --weight NAME=VALUE    a scorecard criterion's weight (--weight Revenue=3) or a Kano category's\n"
     "                         weight (--weight must-be=5)\n"
     "  --formula EXPR         the custom formula, e.g. 'reach * impact / effort' ('' removes it)\n"
     "  --criterion NAME=SPEC  add or replace a scorecard criterion:\n"
     "                         --criterion 'Revenue=min=1 max=5 weight=2 better=higher'\n"
     "  --set KEY=VALUE        any scoring setting, e.g. --set moscow.tieBreak=rice, --set evidence=on,\n"
     "                         --set 'pins=SHOP-3 above SHOP-7'\n"
     "  --unset KEY            back to the default (removes a criterion: --unset scorecard.criterion.NAME)\n"
     "  --show                 print every scoring setting with its value after the change\n\n"
     "See docs/scoring.md for the settings and their defaults.\n",
     &scoringVerb});

} // namespace
} // namespace storyloom::cli
