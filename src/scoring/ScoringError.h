#pragma once

#include <stdexcept>
#include <string>

namespace storyloom::scoring {

/// A scoring setting or request Storyloom cannot use. `what()` is a sentence that names the setting
/// (e.g. "scoring.ice.combiner") and says what to do; `setting()` gives the name alone.
class ScoringError : public std::runtime_error {
public:
    ScoringError(const std::string& message, std::string setting = {})
        : std::runtime_error(message), m_setting(std::move(setting)) {}

    const std::string& setting() const { return m_setting; }

private:
    std::string m_setting;
};

} // namespace storyloom::scoring
