#pragma once

#include <stdexcept>
#include <string>

namespace storyloom::cli {

/// The command line itself is wrong (unknown flag, missing value, not a number): exit code kUsage,
/// and the message is followed by a hint to `--help`.
class UsageError : public std::runtime_error {
public:
    explicit UsageError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace storyloom::cli
