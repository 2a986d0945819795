#pragma once

#include <span>
#include <string_view>

namespace storyloom {

/// Conformance level of a WCAG success criterion.
enum class WcagLevel { A, AA, AAA };

/// One success criterion of WCAG 2.2: its number ("1.4.3"), its short name ("Contrast (Minimum)")
/// and its level. AcceptanceCriterion::wcag stores the number.
struct WcagCriterion {
    std::string_view number;
    std::string_view name;
    WcagLevel level = WcagLevel::A;
};

/// "A", "AA", "AAA".
std::string_view toString(WcagLevel level);

/// Every success criterion of WCAG 2.2 (W3C Recommendation, 5 October 2023) in document order:
/// 86 criteria. 4.1.1 Parsing is obsolete in 2.2 and is not listed.
std::span<const WcagCriterion> wcag22Criteria();

/// The criterion with this number ("2.4.11"), nullptr when WCAG 2.2 has none (including the
/// removed 4.1.1).
const WcagCriterion* findWcagCriterion(std::string_view number);

} // namespace storyloom
