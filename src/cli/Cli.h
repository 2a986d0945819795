#pragma once

#include "Arguments.h"
#include "DataError.h"
#include "UsageError.h"
#include "domain/Clock.h"

#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace storyloom {
class WorkspaceStore;
}

namespace storyloom::cli {

/// Exit codes of storyloom-cli.
constexpr int kOk = 0;
constexpr int kUsage = 1; ///< the command line is wrong; the message ends with a hint to --help
constexpr int kData = 2;  ///< the file, a story key or a value is wrong; the message names it

/// What a verb runs with. Verbs print data to `out` and nothing else; `err` is for warnings. Errors
/// are thrown (UsageError, DataError, StorageError, ExchangeError) and printed by runCli.
struct CliContext {
    std::string verb;              ///< the verb's name, for messages
    std::vector<std::string> args; ///< the arguments after the verb
    std::ostream& out;
    std::ostream& err;
    const Clock& clock;
};

using VerbFunction = int (*)(CliContext&);

/// One storyloom-cli command.
struct Verb {
    std::string name;    ///< "list"
    std::string summary; ///< one line for `storyloom-cli --help`
    std::string usage;   ///< the text of `storyloom-cli VERB --help`, starting "Usage: storyloom-cli VERB"
    VerbFunction run = nullptr;
};

/// Adds a verb to the registry; call it from a namespace-scope static in the verb's own .cpp:
///   static const bool registered = registerVerb({"list", "summary", "usage", &listVerb});
/// Returns true so the result can initialise that static. A second verb with the same name is a
/// programming error and aborts at start-up.
bool registerVerb(Verb verb);
/// Every registered verb, sorted by name.
std::vector<Verb> registeredVerbs();
const Verb* findVerb(std::string_view name);

/// The whole command line: global options (--help, --version), verb dispatch, `VERB --help`, and
/// the translation of exceptions into messages on `err` and exit codes.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Clock& clock);

// Helpers shared by the verbs.

/// --workspace PATH / -w PATH.
Option workspaceOption();
/// The workspace file from --workspace, else from STORYLOOM_WORKSPACE; UsageError when neither.
std::string workspacePath(const Arguments& args);
/// Opens an existing workspace (StorageError when it cannot be opened).
std::unique_ptr<WorkspaceStore> openWorkspace(const std::string& path, const Clock& clock);
/// For verbs that only read a few rows (list, show, rank): skips the page-by-page check on open, so a
/// quick look at a large file stays quick. Damage is still reported when a damaged page is read, and
/// `check` reads every page.
std::unique_ptr<WorkspaceStore> openWorkspaceForReading(const std::string& path, const Clock& clock);

/// A whole number in [min, max] given for `what` (a flag or field name); UsageError otherwise.
long long parseCount(std::string_view text, std::string_view what, long long min, long long max);

} // namespace storyloom::cli
