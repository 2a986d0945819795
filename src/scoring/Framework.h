#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace storyloom::scoring {

/// The prioritisation frameworks a workspace can rank by (see docs/scoring.md).
enum class Framework { Rice, Ice, Wsjf, Moscow, Kano, ValueEffort, Scorecard, Formula };

inline constexpr std::array<Framework, 8> kAllFrameworks{
    Framework::Rice, Framework::Ice,         Framework::Wsjf,      Framework::Moscow,
    Framework::Kano, Framework::ValueEffort, Framework::Scorecard, Framework::Formula};

/// Stable identifier used in settings, the CLI and JSON: "rice", "ice", "wsjf", "moscow", "kano",
/// "value-effort", "scorecard", "formula".
std::string_view toId(Framework framework);
/// Name in a product owner's words: "RICE", "Value vs effort", ...
std::string_view label(Framework framework);
/// Parses the identifier (case-insensitive; '_' and ' ' may stand for '-').
std::optional<Framework> parseFramework(std::string_view text);
/// "rice, ice, wsjf, ..." for error messages.
std::string_view frameworkIdList();

} // namespace storyloom::scoring
