#include "ScoringSettings.h"

#include "Formula.h"
#include "FormulaError.h"
#include "NumberText.h"
#include "ScoringError.h"
#include "domain/Enums.h"

#include <algorithm>
#include <cctype>

namespace storyloom::scoring {
namespace {

const std::string kPrefix = "scoring.";
const std::string kCriterionPrefix = "scoring.scorecard.criterion.";
const std::string kKanoWeightPrefix = "scoring.kano.weight.";
const std::string kSourcePrefix = "scoring.evidence.source.";

constexpr std::array<KanoCategory, 5> kWeightedCategories{KanoCategory::MustBe, KanoCategory::OneDimensional,
                                                          KanoCategory::Attractive, KanoCategory::Indifferent,
                                                          KanoCategory::Reverse};
constexpr std::array<InsightSource, 6> kSources{InsightSource::Interview,     InsightSource::UsabilityTest,
                                                InsightSource::Analytics,     InsightSource::Survey,
                                                InsightSource::SupportTicket, InsightSource::AbTest};

std::string lower(std::string_view text) {
    std::string out;
    for (char c : text)
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

std::string trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
        text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.remove_suffix(1);
    return std::string(text);
}

[[noreturn]] void bad(const std::string& key, const std::string& value, const std::string& fix) {
    throw ScoringError("The scoring setting " + key + " is '" + value + "'; " + fix + ".", key);
}

bool parseBool(const std::string& key, const std::string& value) {
    const std::string v = lower(trim(value));
    if (v == "true" || v == "on" || v == "yes" || v == "1")
        return true;
    if (v == "false" || v == "off" || v == "no" || v == "0")
        return false;
    bad(key, value, "use on or off");
}

double parseIn(const std::string& key, const std::string& value, double min, double max, bool minExclusive,
               const std::string& rangeText) {
    const auto v = parseNumber(value);
    if (!v || *v > max || *v < min || (minExclusive && *v == min))
        bad(key, value, "use " + rangeText);
    return *v;
}

Framework parseFrameworkSetting(const std::string& key, const std::string& value) {
    const auto f = parseFramework(trim(value));
    if (!f)
        bad(key, value, "use one of " + std::string(frameworkIdList()));
    return *f;
}

std::optional<Framework> parseBaseFramework(const std::string& key, const std::string& value) {
    if (lower(trim(value)) == "none" || trim(value).empty())
        return std::nullopt;
    const auto f = parseFramework(trim(value));
    if (!f || *f == Framework::Moscow || *f == Framework::Kano)
        bad(key, value, "use none, rice, ice, wsjf, value-effort, scorecard or formula");
    return f;
}

std::string onOff(bool v) {
    return v ? "on" : "off";
}
std::string baseId(const std::optional<Framework>& f) {
    return f ? std::string(toId(*f)) : "none";
}

std::string knownKeys() {
    return "scoring.framework, scoring.ice.combiner, scoring.moscow.tieBreak, scoring.kano.mode, "
           "scoring.kano.base, scoring.kano.weight.<category>, scoring.scorecard.criterion.<name>, "
           "scoring.formula, scoring.evidence, scoring.evidence.floor, scoring.evidence.halfLifeDays, "
           "scoring.evidence.saturation, scoring.evidence.undatedFactor, scoring.evidence.source.<source>, "
           "scoring.respectBlockers, scoring.pins";
}

} // namespace

std::vector<Pin> parsePins(const std::string& text) {
    std::vector<Pin> pins;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find_first_of(";\n", start);
        if (end == std::string::npos)
            end = text.size();
        const std::string item = trim(std::string_view(text).substr(start, end - start));
        start = end + 1;
        if (item.empty())
            continue;
        const std::string l = lower(item);
        const auto at = l.find(" above ");
        const std::string above = at == std::string::npos ? std::string() : trim(item.substr(0, at));
        const std::string below = at == std::string::npos ? std::string() : trim(item.substr(at + 7));
        if (above.empty() || below.empty() || above.find(' ') != std::string::npos ||
            below.find(' ') != std::string::npos)
            throw ScoringError("The pin '" + item +
                                   "' in scoring.pins should read 'KEY-A above KEY-B', one pin per "
                                   "line or separated by ';'.",
                               "scoring.pins");
        if (above == below)
            throw ScoringError("The pin '" + item + "' in scoring.pins pins " + above +
                                   " above itself; remove it.",
                               "scoring.pins");
        pins.push_back({above, below});
    }
    return pins;
}

std::string formatPins(const std::vector<Pin>& pins) {
    std::string out;
    for (const auto& p : pins)
        out += (out.empty() ? "" : "; ") + p.above + " above " + p.below;
    return out;
}

ScorecardCriterion parseCriterion(const std::string& name, const std::string& spec) {
    const std::string key = kCriterionPrefix + name;
    if (trim(name).empty() || trim(name) != name)
        throw ScoringError("A scorecard criterion (" + key +
                               ") has an empty name or spaces around it; give it "
                               "a name such as 'Revenue'.",
                           key);
    ScorecardCriterion c;
    c.name = name;
    std::string token;
    auto apply = [&](const std::string& item) {
        if (item.empty())
            return;
        const auto eq = item.find('=');
        const std::string field = lower(trim(item.substr(0, eq)));
        const std::string value = eq == std::string::npos ? std::string() : trim(item.substr(eq + 1));
        if (field == "better") {
            const std::string v = lower(value);
            if (v != "higher" && v != "lower")
                bad(key, spec, "write better=higher or better=lower");
            c.higherIsBetter = v == "higher";
            return;
        }
        const auto number = parseNumber(value);
        if (field == "min" && number)
            c.min = *number;
        else if (field == "max" && number)
            c.max = *number;
        else if (field == "weight" && number && *number >= 0)
            c.weight = *number;
        else
            bad(key, spec, "write it as 'min=1 max=5 weight=2 better=higher' (weight zero or more)");
    };
    for (char ch : spec) {
        if (ch == ' ' || ch == ',' || ch == ';' || ch == '\t') {
            apply(token);
            token.clear();
        } else {
            token.push_back(ch);
        }
    }
    apply(token);
    if (!(c.max > c.min))
        bad(key, spec, "the scale's max must be above its min");
    return c;
}

std::string formatCriterion(const ScorecardCriterion& c) {
    return "min=" + formatNumber(c.min) + " max=" + formatNumber(c.max) +
           " weight=" + formatNumber(c.weight) + " better=" + (c.higherIsBetter ? "higher" : "lower");
}

ScoringSettings ScoringSettings::fromSettings(const std::map<std::string, std::string>& settings) {
    ScoringSettings s;
    for (const auto& [key, value] : settings) {
        if (key.compare(0, kPrefix.size(), kPrefix) != 0)
            continue;
        if (key == "scoring.framework") {
            s.framework = parseFrameworkSetting(key, value);
        } else if (key == "scoring.ice.combiner") {
            const std::string v = lower(trim(value));
            if (v != "mean" && v != "product")
                bad(key, value, "use mean or product");
            s.iceCombiner = v == "mean" ? IceCombiner::Mean : IceCombiner::Product;
        } else if (key == "scoring.moscow.tieBreak") {
            s.moscowTieBreak = parseBaseFramework(key, value);
        } else if (key == "scoring.kano.mode") {
            const std::string v = lower(trim(value));
            if (v != "order" && v != "weight")
                bad(key, value, "use order or weight");
            s.kano.mode = v == "order" ? KanoMode::Order : KanoMode::Weight;
        } else if (key == "scoring.kano.base") {
            s.kano.base = parseBaseFramework(key, value);
        } else if (key.compare(0, kKanoWeightPrefix.size(), kKanoWeightPrefix) == 0) {
            const auto category = parseKanoCategory(key.substr(kKanoWeightPrefix.size()));
            if (!category || *category == KanoCategory::Questionable)
                throw ScoringError("There is no Kano category called '" +
                                       key.substr(kKanoWeightPrefix.size()) + "' (" + key +
                                       "); use must-be, one-dimensional, attractive, "
                                       "indifferent or reverse.",
                                   key);
            s.kano.weights[static_cast<std::size_t>(*category)] =
                parseIn(key, value, 0, 1e9, false, "a number zero or more");
        } else if (key.compare(0, kCriterionPrefix.size(), kCriterionPrefix) == 0) {
            s.scorecard.push_back(parseCriterion(key.substr(kCriterionPrefix.size()), value));
        } else if (key == "scoring.formula") {
            try {
                if (!trim(value).empty())
                    Formula::parse(value);
            } catch (const FormulaError& e) {
                throw ScoringError(
                    "The custom formula in scoring.formula does not parse: " + std::string(e.what()) + ".",
                    key);
            }
            s.formula = trim(value);
        } else if (key == "scoring.evidence") {
            s.evidence.enabled = parseBool(key, value);
        } else if (key == "scoring.evidence.floor") {
            s.evidence.floor = parseIn(key, value, 0, 100, false, "a percentage from 0 to 100");
        } else if (key == "scoring.evidence.halfLifeDays") {
            s.evidence.halfLifeDays = parseIn(key, value, 0, 1e6, true, "a number of days above 0");
        } else if (key == "scoring.evidence.saturation") {
            s.evidence.saturation = parseIn(key, value, 0, 1e6, true, "a number of evidence points above 0");
        } else if (key == "scoring.evidence.undatedFactor") {
            s.evidence.undatedFactor = parseIn(key, value, 0, 1, false, "a number from 0 to 1");
        } else if (key.compare(0, kSourcePrefix.size(), kSourcePrefix) == 0) {
            const auto source = parseInsightSource(key.substr(kSourcePrefix.size()));
            if (!source)
                throw ScoringError("There is no insight source called '" + key.substr(kSourcePrefix.size()) +
                                       "' (" + key +
                                       "); use interview, usability-test, analytics, survey, "
                                       "support-ticket or ab-test.",
                                   key);
            s.evidence.sourceWeights[static_cast<std::size_t>(*source)] =
                parseIn(key, value, 0, 100, false, "a number from 0 to 100");
        } else if (key == "scoring.respectBlockers") {
            s.respectBlockers = parseBool(key, value);
        } else if (key == "scoring.pins") {
            s.pins = parsePins(value);
        } else {
            throw ScoringError("There is no scoring setting called " + key + "; remove it or use one of " +
                                   knownKeys() + ".",
                               key);
        }
    }
    return s;
}

std::vector<std::pair<std::string, std::string>> ScoringSettings::describe() const {
    std::vector<std::pair<std::string, std::string>> out;
    out.emplace_back("scoring.framework", std::string(toId(framework)));
    out.emplace_back("scoring.ice.combiner", iceCombiner == IceCombiner::Mean ? "mean" : "product");
    out.emplace_back("scoring.moscow.tieBreak", baseId(moscowTieBreak));
    out.emplace_back("scoring.kano.mode", kano.mode == KanoMode::Order ? "order" : "weight");
    out.emplace_back("scoring.kano.base", baseId(kano.base));
    for (auto c : kWeightedCategories)
        out.emplace_back(kKanoWeightPrefix + std::string(toId(c)),
                         formatNumber(kano.weights[static_cast<std::size_t>(c)]));
    for (const auto& c : scorecard)
        out.emplace_back(kCriterionPrefix + c.name, formatCriterion(c));
    if (!formula.empty())
        out.emplace_back("scoring.formula", formula);
    out.emplace_back("scoring.evidence", onOff(evidence.enabled));
    out.emplace_back("scoring.evidence.floor", formatNumber(evidence.floor));
    out.emplace_back("scoring.evidence.halfLifeDays", formatNumber(evidence.halfLifeDays));
    out.emplace_back("scoring.evidence.saturation", formatNumber(evidence.saturation));
    out.emplace_back("scoring.evidence.undatedFactor", formatNumber(evidence.undatedFactor));
    for (auto src : kSources)
        out.emplace_back(kSourcePrefix + std::string(toId(src)),
                         formatNumber(evidence.sourceWeights[static_cast<std::size_t>(src)]));
    out.emplace_back("scoring.respectBlockers", onOff(respectBlockers));
    if (!pins.empty())
        out.emplace_back("scoring.pins", formatPins(pins));
    return out;
}

std::map<std::string, std::string> ScoringSettings::toSettings() const {
    std::map<std::string, std::string> defaults;
    for (auto& [k, v] : ScoringSettings{}.describe())
        defaults.emplace(k, v);
    std::map<std::string, std::string> out;
    for (auto& [k, v] : describe()) {
        const auto d = defaults.find(k);
        if (k == "scoring.framework" || d == defaults.end() || d->second != v)
            out.emplace(k, v);
    }
    return out;
}

const ScorecardCriterion* ScoringSettings::criterion(const std::string& name) const {
    for (const auto& c : scorecard)
        if (c.name == name)
            return &c;
    return nullptr;
}

} // namespace storyloom::scoring
