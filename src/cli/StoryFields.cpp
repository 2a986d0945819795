#include "StoryFields.h"

#include "DataError.h"
#include "UsageError.h"
#include "domain/Workspace.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

namespace storyloom::cli {
namespace {

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(first, last - first + 1));
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool isNone(std::string_view value) {
    return lower(trim(value)) == "none";
}

std::string who(const Story& story) {
    return story.key.empty() ? std::string("The new story") : story.key;
}

[[noreturn]] void reject(const Story& story, std::string_view field, std::string_view value,
                         std::string_view rule) {
    throw DataError(who(story) + ": " + std::string(field) + " " + std::string(rule) + ", not '" +
                    std::string(value) + "'.");
}

std::optional<double> toDouble(std::string_view text) {
    const std::string t = trim(text);
    double v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || ec != std::errc() || ptr != t.data() + t.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

std::optional<int> toInt(std::string_view text) {
    const std::string t = trim(text);
    int v = 0;
    const auto [ptr, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (t.empty() || ec != std::errc() || ptr != t.data() + t.size())
        return std::nullopt;
    return v;
}

struct DoubleInput {
    const char* name;
    std::optional<double> ScoringInputs::*member;
    const char* rule;
    bool (*allowed)(double);
};

struct IntInput {
    const char* name;
    std::optional<int> ScoringInputs::*member;
    const char* rule;
    bool (*allowed)(int);
};

bool isOneToTen(int v) {
    return isValidOneToTen(v);
}
bool isModifiedFibonacci(int v) {
    return isValidModifiedFibonacci(v);
}

constexpr DoubleInput kDoubleInputs[] = {
    {"reach", &ScoringInputs::reach, "must be a number of zero or more", [](double v) { return v >= 0; }},
    {"impact", &ScoringInputs::impact, "must be one of 3, 2, 1, 0.5, 0.25 or none", &isValidImpact},
    {"confidence", &ScoringInputs::confidence, "must be a percentage from 0 to 100 or none",
     [](double v) { return v >= 0 && v <= 100; }},
    {"effort", &ScoringInputs::effort, "must be at least 0.5 person-months or none",
     [](double v) { return v >= 0.5; }},
};

constexpr IntInput kIntInputs[] = {
    {"iceImpact", &ScoringInputs::iceImpact, "must be a whole number from 1 to 10 or none", &isOneToTen},
    {"iceConfidence", &ScoringInputs::iceConfidence, "must be a whole number from 1 to 10 or none",
     &isOneToTen},
    {"iceEase", &ScoringInputs::iceEase, "must be a whole number from 1 to 10 or none", &isOneToTen},
    {"businessValue", &ScoringInputs::businessValue, "must be one of 1, 2, 3, 5, 8, 13, 20 or none",
     &isModifiedFibonacci},
    {"timeCriticality", &ScoringInputs::timeCriticality, "must be one of 1, 2, 3, 5, 8, 13, 20 or none",
     &isModifiedFibonacci},
    {"riskReduction", &ScoringInputs::riskReduction, "must be one of 1, 2, 3, 5, 8, 13, 20 or none",
     &isModifiedFibonacci},
    {"jobSize", &ScoringInputs::jobSize, "must be one of 1, 2, 3, 5, 8, 13, 20 or none",
     &isModifiedFibonacci},
    {"value", &ScoringInputs::value, "must be a whole number from 1 to 10 or none", &isOneToTen},
    {"valueEffort", &ScoringInputs::valueEffort, "must be a whole number from 1 to 10 or none", &isOneToTen},
};

constexpr const char* kKanoRule = "must be one of like, expect, neutral, tolerate, dislike or none";

} // namespace

const std::vector<std::string>& settableFields() {
    static const std::vector<std::string> fields = [] {
        std::vector<std::string> f = {"title",  "as-a",   "i-want", "so-that", "description",
                                      "status", "points", "moscow", "epic",    "labels"};
        for (const auto& in : kDoubleInputs)
            f.emplace_back(in.name);
        for (const auto& in : kIntInputs)
            f.emplace_back(in.name);
        f.emplace_back("kanoFunctional");
        f.emplace_back("kanoDysfunctional");
        return f;
    }();
    return fields;
}

void setStoryField(Story& story, std::string_view field, std::string_view value, const EpicResolver& epicId) {
    const std::string text(value);
    if (field == "title") {
        if (trim(value).empty())
            reject(story, field, value, "must not be empty");
        story.title = text;
    } else if (field == "as-a") {
        story.asA = text;
    } else if (field == "i-want") {
        story.iWant = text;
    } else if (field == "so-that") {
        story.soThat = text;
    } else if (field == "description") {
        story.description = text;
    } else if (field == "status") {
        const auto status = parseStoryStatus(trim(value));
        if (!status)
            reject(story, field, value, "must be one of draft, refined, ready, in-progress, done, wont-do");
        story.status = *status;
    } else if (field == "points") {
        if (isNone(value)) {
            story.points.reset();
            return;
        }
        const auto points = toInt(value);
        if (!points || !isValidStoryPoints(*points))
            reject(story, field, value, "must be one of 0, 1, 2, 3, 5, 8, 13, 21 or none");
        story.points = *points;
    } else if (field == "moscow") {
        const auto moscow = parseMoscow(trim(value));
        if (!moscow)
            reject(story, field, value, "must be one of must, should, could, wont, unset");
        story.moscow = *moscow;
    } else if (field == "epic") {
        if (isNone(value))
            story.epicId.reset();
        else
            story.epicId = epicId(trim(value));
    } else if (field == "labels") {
        story.labels = isNone(value) ? std::vector<std::string>{} : parseLabels(value);
    } else if (field == "kanoFunctional" || field == "kanoDysfunctional") {
        auto& slot = field == "kanoFunctional" ? story.inputs.kanoFunctional : story.inputs.kanoDysfunctional;
        if (isNone(value)) {
            slot.reset();
            return;
        }
        const auto answer = parseKanoAnswer(trim(value));
        if (!answer)
            reject(story, field, value, kKanoRule);
        slot = *answer;
    } else {
        for (const auto& in : kDoubleInputs) {
            if (field != in.name)
                continue;
            if (isNone(value)) {
                (story.inputs.*in.member).reset();
                return;
            }
            const auto v = toDouble(value);
            if (!v || !in.allowed(*v))
                reject(story, field, value, in.rule);
            story.inputs.*in.member = *v;
            return;
        }
        for (const auto& in : kIntInputs) {
            if (field != in.name)
                continue;
            if (isNone(value)) {
                (story.inputs.*in.member).reset();
                return;
            }
            const auto v = toInt(value);
            if (!v || !in.allowed(*v))
                reject(story, field, value, in.rule);
            story.inputs.*in.member = *v;
            return;
        }
        std::string known;
        for (const auto& f : settableFields())
            known += (known.empty() ? "" : ", ") + f;
        throw UsageError("Unknown field '" + std::string(field) + "'; use one of " + known + ".");
    }
}

AcceptanceCriterion parseCriterion(std::string_view text) {
    AcceptanceCriterion c;
    const std::string l = lower(text);
    const std::string t = trim(text);
    const auto givenAt = l.find_first_not_of(" \t");
    const auto whenAt = l.find(" when ");
    const auto thenAt = whenAt == std::string::npos ? std::string::npos : l.find(" then ", whenAt + 6);
    if (givenAt != std::string::npos && l.compare(givenAt, 6, "given ") == 0 && thenAt != std::string::npos) {
        c.format = CriterionFormat::GivenWhenThen;
        c.given = trim(std::string_view(text).substr(givenAt + 6, whenAt - givenAt - 6));
        c.when = trim(std::string_view(text).substr(whenAt + 6, thenAt - whenAt - 6));
        c.then = trim(std::string_view(text).substr(thenAt + 6));
        auto dropComma = [](std::string& s) {
            if (!s.empty() && s.back() == ',')
                s.pop_back();
        };
        dropComma(c.given);
        dropComma(c.when);
        if (!c.given.empty() && !c.when.empty() && !c.then.empty())
            return c;
        c = AcceptanceCriterion{};
    }
    c.text = t;
    return c;
}

std::vector<std::string> parseLabels(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const auto comma = text.find(',', start);
        const std::string label = trim(
            text.substr(start, comma == std::string_view::npos ? std::string_view::npos : comma - start));
        if (!label.empty() && std::find(out.begin(), out.end(), label) == out.end())
            out.push_back(label);
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    return out;
}

void requireValid(const Story& story) {
    const auto problems = validate(story);
    if (problems.empty())
        return;
    std::string message = who(story) + " cannot be saved: ";
    for (std::size_t i = 0; i < problems.size(); ++i)
        message += (i ? "; " : "") + problems[i].message;
    throw DataError(message + ".");
}

} // namespace storyloom::cli
