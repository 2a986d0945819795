#pragma once

#include "Measure.h"

#include <string>
#include <vector>

namespace storyloom::bench {

/// Everything measured on one generated workspace.
struct SizeReport {
    std::size_t stories = 0;
    std::size_t epics = 0;
    std::size_t criteria = 0;
    double fileMb = 0;
    std::vector<Figure> figures;
    double sqliteReadMs = 0; ///< median of the plain sqlite3 read: the ratio's denominator
    struct Memory {
        std::string name;
        long mb = -1;
        std::string target;
    };
    std::vector<Memory> memory; ///< the first entry is the sqlite3 read (the ratio's denominator)
};

/// The Markdown section for docs/benchmarks.md (between the bench markers).
std::string markdown(const std::vector<SizeReport>& reports, int runs, const std::string& command);
/// Replaces the text between "<!-- storyloom-bench:begin -->" and "<!-- storyloom-bench:end -->" in
/// `file` (atomically). Throws with a sentence naming the file when the markers are missing.
void updateSection(const std::string& file, const std::string& section);

} // namespace storyloom::bench
