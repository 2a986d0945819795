#include "ReadError.h"

#include "ExchangeError.h"

namespace storyloom {

void throwReadError(const std::string& file, const std::string& problem, const std::string& advice, int line,
                    int column, std::string where) {
    std::string message =
        file.empty() ? std::string("Cannot read the document") : "Cannot read \"" + file + "\"";
    message += ": ";
    message += problem;
    if (!problem.empty() && problem.back() != '.')
        message += '.';
    if (!advice.empty()) {
        message += ' ';
        message += advice;
        if (advice.back() != '.')
            message += '.';
    }
    throw ExchangeError(message, file, line, column, std::move(where));
}

} // namespace storyloom
