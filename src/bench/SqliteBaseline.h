#pragma once

#include <string>

namespace storyloom::bench {

/// The yardstick every figure is compared with: a plain sqlite3 read of every story row (all
/// columns stepped and their bytes touched), no Storyloom code involved. Returns the number of
/// bytes read; `keep` also copies every row into memory (for the memory comparison).
std::size_t readStoryRowsWithSqlite(const std::string& path, bool keep);

} // namespace storyloom::bench
