#include "Cli.h"

#include "exchange/ExchangeError.h"
#include "storage/StorageError.h"
#include "storage/WorkspaceStore.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <ostream>

#ifndef STORYLOOM_VERSION
#error "STORYLOOM_VERSION must be defined by the build (PROJECT_VERSION)"
#endif

namespace storyloom::cli {
namespace {

std::map<std::string, Verb, std::less<>>& registry() {
    // A function-local static: verbs register from other translation units' static initialisers.
    static std::map<std::string, Verb, std::less<>> verbs;
    return verbs;
}

void printHelp(std::ostream& out) {
    out << "storyloom-cli " STORYLOOM_VERSION " - the Storyloom backlog from the command line.\n\n"
           "Usage: storyloom-cli COMMAND [OPTIONS] [ARGUMENTS]\n"
           "       storyloom-cli COMMAND --help\n"
           "       storyloom-cli --version\n\n"
           "Commands:\n";
    std::size_t width = 0;
    for (const auto& [name, verb] : registry())
        width = std::max(width, name.size());
    for (const auto& [name, verb] : registry())
        out << "  " << name << std::string(width - name.size() + 3, ' ') << verb.summary << '\n';
    out << "\nCommands that work on a workspace take the file as --workspace PATH (or -w PATH), or\n"
           "from the STORYLOOM_WORKSPACE environment variable.\n"
           "Exit codes: 0 success, 1 the command line is wrong, 2 the file, a story or a value is wrong.\n";
}

bool asksForHelp(const std::vector<std::string>& args) {
    for (const auto& a : args) {
        if (a == "--")
            return false;
        if (a == "--help" || a == "-h")
            return true;
    }
    return false;
}

int usageFailure(std::ostream& err, const std::string& message, const std::string& verb) {
    err << "Error: " << message << '\n'
        << "Run 'storyloom-cli " << (verb.empty() ? std::string("--help") : verb + " --help")
        << "' to see how to use it.\n";
    return kUsage;
}

int dataFailure(std::ostream& err, const std::string& message) {
    err << "Error: " << message << '\n';
    return kData;
}

} // namespace

bool registerVerb(Verb verb) {
    auto& verbs = registry();
    if (verbs.count(verb.name)) {
        std::fprintf(stderr, "storyloom-cli: the command '%s' is registered twice\n", verb.name.c_str());
        std::abort();
    }
    const std::string name = verb.name;
    verbs.emplace(name, std::move(verb));
    return true;
}

std::vector<Verb> registeredVerbs() {
    std::vector<Verb> out;
    for (const auto& [name, verb] : registry())
        out.push_back(verb);
    return out;
}

const Verb* findVerb(std::string_view name) {
    const auto& verbs = registry();
    const auto it = verbs.find(name);
    return it == verbs.end() ? nullptr : &it->second;
}

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Clock& clock) {
    if (args.empty())
        return usageFailure(err, "No command given.", {});
    const std::string& first = args.front();
    if (first == "--help" || first == "-h" || first == "help") {
        printHelp(out);
        return kOk;
    }
    if (first == "--version") {
        out << "storyloom-cli " STORYLOOM_VERSION "\n";
        return kOk;
    }
    if (!first.empty() && first[0] == '-')
        return usageFailure(err, "Unknown option " + first + ".", {});
    const Verb* verb = findVerb(first);
    if (!verb)
        return usageFailure(err, "Unknown command '" + first + "'.", {});

    CliContext context{verb->name, std::vector<std::string>(args.begin() + 1, args.end()), out, err, clock};
    if (asksForHelp(context.args)) {
        out << verb->usage;
        if (verb->usage.empty() || verb->usage.back() != '\n')
            out << '\n';
        return kOk;
    }
    try {
        const int code = verb->run(context);
        out.flush();
        return code;
    } catch (const UsageError& e) {
        return usageFailure(err, e.what(), verb->name);
    } catch (const DataError& e) {
        return dataFailure(err, e.what());
    } catch (const StorageError& e) {
        return dataFailure(err, e.what());
    } catch (const ExchangeError& e) {
        return dataFailure(err, e.what());
    } catch (const std::exception& e) {
        return dataFailure(err, std::string("storyloom-cli stopped on an unexpected problem: ") + e.what());
    }
}

Option workspaceOption() {
    return Option::value("workspace", 'w');
}

std::string workspacePath(const Arguments& args) {
    if (auto path = args.value("workspace"))
        return *path;
    if (const char* env = std::getenv("STORYLOOM_WORKSPACE"); env && *env)
        return env;
    throw UsageError("No workspace given: pass --workspace PATH or set STORYLOOM_WORKSPACE.");
}

std::unique_ptr<WorkspaceStore> openWorkspace(const std::string& path, const Clock& clock) {
    return WorkspaceStore::open(path, clock);
}

std::unique_ptr<WorkspaceStore> openWorkspaceForReading(const std::string& path, const Clock& clock) {
    return WorkspaceStore::open(path, clock, WorkspaceStore::PageCheck::Skip);
}

long long parseCount(std::string_view text, std::string_view what, long long min, long long max) {
    long long value = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size() || value < min || value > max)
        throw UsageError(std::string(what) + " must be a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + std::string(text) + "'.");
    return value;
}

} // namespace storyloom::cli
