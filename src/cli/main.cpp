// storyloom-cli: every Storyloom feature, headless and scriptable. See `storyloom-cli --help`.

#include "Cli.h"
#include "domain/Date.h"

#include <cstdlib>
#include <iostream>
#include <memory>

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args(argv + 1, argv + argc);

    // STORYLOOM_NOW ("2026-01-31T09:00:00Z") pins the clock, so scripts and tests get reproducible
    // timestamps.
    std::unique_ptr<storyloom::Clock> clock = std::make_unique<storyloom::SystemClock>();
    if (const char* now = std::getenv("STORYLOOM_NOW"); now && *now) {
        const auto ms = storyloom::parseTimestamp(now);
        if (!ms) {
            std::cerr << "Error: STORYLOOM_NOW='" << now
                      << "' is not a timestamp like 2026-01-31T09:00:00Z; fix or unset it.\n";
            return storyloom::cli::kUsage;
        }
        clock = std::make_unique<storyloom::FixedClock>(*ms);
    }
    const int code = storyloom::cli::runCli(args, std::cout, std::cerr, *clock);
    std::cout.flush();
    return code;
}
