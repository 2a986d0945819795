#pragma once

#include "ScoringError.h"

namespace storyloom::scoring {

/// A custom formula that does not parse. `what()` reads "position 7: expected ')' after argument
/// list"; position() is the 1-based character (not byte) position in the formula text.
class FormulaError : public ScoringError {
public:
    FormulaError(int position, const std::string& reason)
        : ScoringError("position " + std::to_string(position) + ": " + reason, "scoring.formula"),
          m_position(position), m_reason(reason) {}

    int position() const { return m_position; }
    const std::string& reason() const { return m_reason; }

private:
    int m_position;
    std::string m_reason;
};

} // namespace storyloom::scoring
