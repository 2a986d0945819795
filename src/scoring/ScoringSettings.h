#pragma once

#include "Framework.h"
#include "KanoCategory.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace storyloom::scoring {

/// How ICE combines impact, confidence and ease (sources disagree, so it is a setting).
enum class IceCombiner { Mean, Product };
/// Whether Kano categories order stories in classes or weight another framework's score.
enum class KanoMode { Order, Weight };

/// One criterion of the weighted scorecard. A story's value v on [min, max] is normalised to
/// (v - min) / (max - min), or 1 minus that when lower is better, then multiplied by the weight.
struct ScorecardCriterion {
    std::string name;
    double min = 1;
    double max = 5;
    double weight = 1;
    bool higherIsBetter = true;

    bool operator==(const ScorecardCriterion&) const = default;
};

/// "KEY-A above KEY-B": a manual override of the score order.
struct Pin {
    std::string above;
    std::string below;

    bool operator==(const Pin&) const = default;
};

/// Parameters of evidence-based confidence (see EvidenceConfidence.h and docs/scoring.md).
struct EvidenceSettings {
    bool enabled = false;
    double floor = 20;          ///< confidence % of a story with no linked evidence
    double halfLifeDays = 365;  ///< an insight's weight halves every this many days of age
    double saturation = 5;      ///< evidence points that halve the remaining doubt
    double undatedFactor = 0.5; ///< recency factor of an insight without a date
    /// Weight of each source type, indexed by InsightSource (interview, usability test, analytics,
    /// survey, support ticket, A/B test).
    std::array<double, 6> sourceWeights{0.6, 0.8, 0.9, 0.6, 0.4, 1.0};

    bool operator==(const EvidenceSettings&) const = default;
};

struct KanoSettings {
    KanoMode mode = KanoMode::Order;
    /// Order mode: breaks ties inside a category. Weight mode: the score the category weight
    /// multiplies (none: the weight alone is the score).
    std::optional<Framework> base;
    /// Indexed by KanoCategory (must-be, one-dimensional, attractive, indifferent, reverse).
    std::array<double, 5> weights{4, 3, 2, 1, 0};

    bool operator==(const KanoSettings&) const = default;
};

/// Everything that decides a ranking, stored in Workspace::settings under "scoring.*" keys
/// (the full list with defaults is in docs/scoring.md).
struct ScoringSettings {
    Framework framework = Framework::Rice;
    IceCombiner iceCombiner = IceCombiner::Mean;
    std::optional<Framework> moscowTieBreak; ///< none: manual order breaks ties inside a class
    KanoSettings kano;
    std::vector<ScorecardCriterion> scorecard;
    std::string formula;
    EvidenceSettings evidence;
    bool respectBlockers = false;
    std::vector<Pin> pins;

    /// Reads every "scoring.*" key of a workspace's settings (other keys are ignored); missing keys
    /// keep their defaults. Throws ScoringError naming the setting for an unknown key or a value
    /// that does not parse or is out of range; also checks that the formula parses.
    static ScoringSettings fromSettings(const std::map<std::string, std::string>& settings);
    /// The "scoring.*" keys that differ from the defaults (scoring.framework always), such that
    /// fromSettings(toSettings()) == *this.
    std::map<std::string, std::string> toSettings() const;
    /// Every setting with its effective value, defaults included, in documentation order.
    std::vector<std::pair<std::string, std::string>> describe() const;

    /// Weight of a criterion by name, nullptr when there is no such criterion.
    const ScorecardCriterion* criterion(const std::string& name) const;

    bool operator==(const ScoringSettings&) const = default;
};

/// "KEY-A above KEY-B; KEY-C above KEY-D" <-> pins. parsePins throws ScoringError.
std::vector<Pin> parsePins(const std::string& text);
std::string formatPins(const std::vector<Pin>& pins);
/// "min=1 max=5 weight=2 better=higher" <-> criterion (name excluded). Throws ScoringError.
ScorecardCriterion parseCriterion(const std::string& name, const std::string& spec);
std::string formatCriterion(const ScorecardCriterion& criterion);

} // namespace storyloom::scoring
