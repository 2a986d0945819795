#pragma once

#include <stdexcept>
#include <string>

namespace storyloom::cli {

/// The command line is well formed but the data says no (unknown story key, a value that breaks a
/// rule, a file that already exists): exit code kData. The message is a sentence naming the file or
/// story key involved.
class DataError : public std::runtime_error {
public:
    explicit DataError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace storyloom::cli
