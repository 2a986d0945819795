// storyloom-cli roadmap: the roadmap views as PDF, SVG, PNG or HTML, headless; saved views and the
// review baseline.

#include "Cli.h"
#include "TerminalText.h"
#include "exchange/AtomicFile.h"
#include "roadmap/Baseline.h"
#include "roadmap/HtmlWriter.h"
#include "roadmap/Layouts.h"
#include "roadmap/RoadmapError.h"
#include "roadmap/RoadmapSpec.h"
#include "roadmap/SvgWriter.h"
#include "roadmap/render/QtTextMetrics.h"
#include "roadmap/render/RoadmapExport.h"
#include "storage/WorkspaceStore.h"

#include <QGuiApplication>

#include <cstdio>
#include <memory>
#include <ostream>

namespace storyloom::cli {
namespace {

using namespace storyloom::roadmap;

enum class Format { Pdf, Svg, Png, Html };

Date todayOf(const Clock& clock) {
    constexpr long long kDayMs = 86'400'000;
    const long long ms = clock.nowMs();
    return Date::fromDays(ms >= 0 ? ms / kDayMs : -((-ms + kDayMs - 1) / kDayMs));
}

Format formatOf(const Arguments& args, const std::string& output) {
    std::string text = args.value("format").value_or("");
    if (text.empty()) {
        const auto dot = output.find_last_of('.');
        text = dot == std::string::npos ? std::string() : output.substr(dot + 1);
        if (text == "htm")
            text = "html";
        if (text.empty())
            throw UsageError(
                "Give --format pdf, svg, png or html (the output file name has no extension to go by).");
    }
    if (text == "pdf")
        return Format::Pdf;
    if (text == "svg")
        return Format::Svg;
    if (text == "png")
        return Format::Png;
    if (text == "html")
        return Format::Html;
    throw UsageError("Unknown format '" + text + "'; use pdf, svg, png or html.");
}

/// The views to export, from --view, --layout or --all-views, with --audience applied.
std::vector<RoadmapSpec> chosenViews(const Arguments& args, const std::vector<RoadmapSpec>& saved,
                                     const std::string& path) {
    const int given = args.has("view") + args.has("layout") + args.has("all-views");
    if (given == 0)
        throw UsageError(
            "Choose what to export: --view NAME, --layout board|timeline|matrix or --all-views.");
    if (given > 1)
        throw UsageError("Give only one of --view, --layout and --all-views.");
    std::vector<RoadmapSpec> views;
    if (const auto name = args.value("view")) {
        const RoadmapSpec* v = findView(saved, *name);
        if (!v) {
            std::string names;
            for (std::size_t i = 0; i < saved.size(); ++i)
                names += (i ? ", \"" : "\"") + saved[i].name + "\"";
            throw DataError("There is no roadmap view named \"" + *name + "\" in " + path +
                            "; the views are " + names + " (list them with storyloom-cli roadmap " + path +
                            " --list-views).");
        }
        views.push_back(*v);
    } else if (const auto layout = args.value("layout")) {
        const auto parsed = parseLayout(*layout);
        if (!parsed)
            throw UsageError("Unknown layout '" + *layout + "'; use board, timeline or matrix.");
        RoadmapSpec spec;
        spec.layout = *parsed;
        spec.name = std::string(label(*parsed));
        views.push_back(spec);
    } else {
        views = saved;
    }
    if (const auto audience = args.value("audience")) {
        const auto parsed = parseAudience(*audience);
        if (!parsed)
            throw UsageError("Unknown audience '" + *audience + "'; use team or executive.");
        for (auto& v : views)
            v.audience = *parsed;
    }
    return views;
}

int listViews(CliContext& ctx, const Workspace& ws) {
    const bool saved = ws.settings.count(std::string(kViewsSetting)) > 0;
    const auto views = savedViews(ws);
    ctx.out << (saved ? "Saved roadmap views:\n" : "No saved roadmap views; the default views are:\n");
    for (const auto& v : views)
        ctx.out << "  " << v.name << "  (" << toId(v.layout) << ", " << toId(v.audience) << ")\n";
    return kOk;
}

int saveBaseline(CliContext& ctx, const std::string& path) {
    auto store = openWorkspace(path, ctx.clock);
    const Workspace ws = store->load();
    const Baseline baseline = captureBaseline(ws, todayOf(ctx.clock));
    store->setSetting(std::string(kBaselineSetting), baselineToSetting(baseline));
    ctx.out << "Saved a roadmap baseline of " << counted(baseline.epics.size(), "epic", "epics") << " dated "
            << baseline.date.toString() << " in " << path << ".\n";
    return kOk;
}

/// A QGuiApplication for painting, on the offscreen platform unless the user chose one.
std::unique_ptr<QGuiApplication> guiApplication() {
    if (QGuiApplication::instance())
        return nullptr;
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt's start-up chatter (no XDG_RUNTIME_DIR and the like) is not for a command-line user; only
    // critical messages get through to stderr.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext&, const QString& message) {
        if (type == QtCriticalMsg || type == QtFatalMsg)
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    static int argc = 1;
    static char name[] = "storyloom-cli";
    static char* argv[] = {name, nullptr};
    return std::make_unique<QGuiApplication>(argc, argv);
}

int roadmapVerb(CliContext& ctx) {
    const auto args = Arguments::parse(
        ctx.args,
        {workspaceOption(), Option::value("output", 'o'), Option::value("format"), Option::value("view"),
         Option::value("layout"), Option::value("audience"), Option::value("page"), Option::flag("all-views"),
         Option::flag("baseline"), Option::flag("save-baseline"), Option::flag("list-views")});
    if (args.positional().size() > 1 || (args.positional().size() == 1 && args.has("workspace")))
        throw UsageError("Give the workspace once: as WORKSPACE or with --workspace.");
    const std::string path = args.positional().empty() ? workspacePath(args) : args.positional().front();

    try {
        if (args.has("save-baseline")) {
            for (const char* other :
                 {"view", "layout", "all-views", "output", "format", "list-views", "baseline"})
                if (args.has(other))
                    throw UsageError(std::string("--save-baseline does not export; drop --") + other + ".");
            return saveBaseline(ctx, path);
        }
        const Workspace ws = openWorkspaceForReading(path, ctx.clock)->loadForRanking();
        if (args.has("list-views"))
            return listViews(ctx, ws);

        const std::string output = args.required("output");
        const Format format = formatOf(args, output);
        const auto views = chosenViews(args, savedViews(ws), path);
        if (views.empty())
            throw DataError("There are no roadmap views to export in " + path + ".");
        if ((format == Format::Png || format == Format::Svg) && views.size() > 1)
            throw UsageError(
                "PNG and SVG hold one view each; choose one with --view, or use --format pdf or html for "
                "all views.");
        PageSize page = PageSize::Slide16x9;
        if (const auto p = args.value("page")) {
            const auto parsed = parsePageSize(*p);
            if (!parsed)
                throw UsageError("Unknown page size '" + *p + "'; use a4, letter or slide.");
            if (format != Format::Pdf)
                throw UsageError("--page applies to --format pdf only.");
            page = *parsed;
        }
        std::optional<Baseline> baseline;
        if (args.has("baseline")) {
            baseline = loadBaseline(ws);
            if (!baseline)
                throw DataError("No roadmap baseline is saved in " + path + "; save one at a review with " +
                                "storyloom-cli roadmap " + path + " --save-baseline.");
        }

        LayoutOptions options;
        options.today = todayOf(ctx.clock);
        options.baseline = baseline ? &*baseline : nullptr;
        const bool painted = format == Format::Png || format == Format::Pdf;
        const auto app = painted ? guiApplication() : nullptr;
        const ApproximateTextMetrics approximate;
        const QtTextMetrics qtMetrics;
        const TextMetrics& metrics = painted ? static_cast<const TextMetrics&>(qtMetrics) : approximate;
        std::vector<Scene> scenes;
        for (const auto& v : views) {
            std::size_t themes = 0;
            std::size_t releases = 0;
            existingFilters(ws, v.filters, &themes, &releases);
            if (themes + releases > 0)
                ctx.err << "Warning: the view \"" << v.name << "\" filters on "
                        << (themes > 0 ? counted(themes, "theme", "themes") : "")
                        << (themes > 0 && releases > 0 ? " and " : "")
                        << (releases > 0 ? counted(releases, "release", "releases") : "")
                        << " no longer in " << path << "; the view is exported with its other filters.\n";
            scenes.push_back(layoutView(ws, v, metrics, options));
        }

        std::string bytes;
        switch (format) {
        case Format::Pdf:
            bytes = exportPdf(scenes, page);
            break;
        case Format::Png:
            bytes = exportPng(scenes.front(), 2.0);
            break;
        case Format::Svg:
            bytes = writeSvg(scenes.front());
            break;
        case Format::Html:
            bytes = writeHtml(scenes,
                              (ws.productName.empty() ? std::string("Product") : ws.productName) + " roadmap",
                              options.today);
            break;
        }
        writeFileAtomically(output, bytes);
        ctx.out << "Wrote " << views.size() << (views.size() == 1 ? " roadmap view (" : " roadmap views (");
        for (std::size_t i = 0; i < views.size(); ++i)
            ctx.out << (i ? ", \"" : "\"") << views[i].name << "\"";
        ctx.out << ") to " << output << ".\n";
        return kOk;
    } catch (const RoadmapError& e) {
        throw DataError(std::string(e.what()) + " (in " + path + ")");
    }
}

[[maybe_unused]] const bool registered = registerVerb(
    {"roadmap", "Export roadmap views as PDF, SVG, PNG or HTML; save a review baseline",
     "Usage: storyloom-cli roadmap WORKSPACE (--view NAME | --layout LAYOUT | --all-views)\n"
     "                             [--audience team|executive] [--format pdf|svg|png|html] [--page "
     "a4|letter|slide]\n"
     "                             [--baseline] -o FILE\n"
     "       storyloom-cli roadmap WORKSPACE --list-views\n"
     "       storyloom-cli roadmap WORKSPACE --save-baseline\n\n"
     "Renders the roadmap without a display (see docs/roadmap.md). PDF holds one page per view, scaled to\n"
     "fit; PNG is drawn at 2x for slides; SVG and HTML are self-contained (HTML holds every chosen view, a\n"
     "text list of the items and no scripts or links). FILE is replaced in one step.\n\n"
     "Options:\n"
     "  WORKSPACE, -w PATH      the workspace file (default: $STORYLOOM_WORKSPACE)\n"
     "  --view NAME             a saved view (see --list-views; names ignore case)\n"
     "  --layout LAYOUT         board, timeline or matrix with default settings\n"
     "  --all-views             every saved view (pdf and html only)\n"
     "  --audience AUDIENCE     team or executive, overriding the view's audience\n"
     "  --format FORMAT         pdf, svg, png or html (default: from FILE's extension)\n"
     "  --page SIZE             PDF page size: a4, letter or slide (16:9, the default)\n"
     "  --baseline              show what changed since the saved baseline\n"
     "  -o, --output FILE       the file to write\n"
     "  --list-views            print the saved views (or the defaults when none are saved)\n"
     "  --save-baseline         snapshot the epics now as the baseline for later comparisons\n",
     &roadmapVerb});

} // namespace
} // namespace storyloom::cli
