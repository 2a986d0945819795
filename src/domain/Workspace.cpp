#include "Workspace.h"

#include "Rank.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <set>
#include <unordered_set>
#include <utility>

namespace storyloom {

bool isValidStoryPoints(int p) {
    return p == 0 || p == 1 || p == 2 || p == 3 || p == 5 || p == 8 || p == 13 || p == 21;
}

bool isValidImpact(double v) { return v == 3.0 || v == 2.0 || v == 1.0 || v == 0.5 || v == 0.25; }

bool isValidModifiedFibonacci(int v) {
    return v == 1 || v == 2 || v == 3 || v == 5 || v == 8 || v == 13 || v == 20;
}

bool isValidOneToTen(int v) { return v >= 1 && v <= 10; }

bool isValidProjectKey(std::string_view key) {
    if (key.size() < 2 || key.size() > 10 || key[0] < 'A' || key[0] > 'Z')
        return false;
    return std::all_of(key.begin(), key.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; });
}

bool isValidColour(std::string_view c) {
    if (c.size() != 7 || c[0] != '#')
        return false;
    return std::all_of(c.begin() + 1, c.end(), [](char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
    });
}

long long keyNumber(std::string_view key) {
    const auto dash = key.rfind('-');
    if (dash == std::string_view::npos || dash == 0 || dash + 1 >= key.size())
        return 0;
    long long n = 0;
    auto [ptr, ec] = std::from_chars(key.data() + dash + 1, key.data() + key.size(), n);
    if (ec != std::errc() || ptr != key.data() + key.size() || n <= 0)
        return 0;
    return n;
}

std::string Workspace::allocateKey() { return projectKey + "-" + std::to_string(nextKeyNumber++); }

const Story* Workspace::findStory(std::string_view key) const {
    for (const auto& s : stories)
        if (s.key == key)
            return &s;
    return nullptr;
}

Story* Workspace::findStory(std::string_view key) {
    return const_cast<Story*>(std::as_const(*this).findStory(key));
}

const Story* Workspace::findStory(Id id) const {
    for (const auto& s : stories)
        if (s.id == id)
            return &s;
    return nullptr;
}

const Epic* Workspace::findEpic(std::string_view key) const {
    for (const auto& e : epics)
        if (e.key == key)
            return &e;
    return nullptr;
}

const Epic* Workspace::findEpic(Id id) const {
    for (const auto& e : epics)
        if (e.id == id)
            return &e;
    return nullptr;
}

std::vector<const Story*> Workspace::storiesInRankOrder() const {
    std::vector<const Story*> out;
    out.reserve(stories.size());
    for (const auto& s : stories)
        out.push_back(&s);
    std::sort(out.begin(), out.end(), [](const Story* a, const Story* b) {
        if (a->rank != b->rank)
            return a->rank < b->rank;
        return keyNumber(a->key) < keyNumber(b->key);
    });
    return out;
}

namespace {

void add(std::vector<Problem>& out, const std::string& where, std::string message) {
    out.push_back({where, std::move(message)});
}

void checkInputs(std::vector<Problem>& out, const std::string& w, const ScoringInputs& in) {
    if (in.reach && (*in.reach < 0 || !std::isfinite(*in.reach)))
        add(out, w, "reach must be zero or more");
    if (in.impact && !isValidImpact(*in.impact))
        add(out, w, "impact must be 3, 2, 1, 0.5 or 0.25");
    if (in.confidence && (*in.confidence < 0 || *in.confidence > 100 || !std::isfinite(*in.confidence)))
        add(out, w, "confidence must be a percentage from 0 to 100");
    if (in.effort && (*in.effort < 0.5 || !std::isfinite(*in.effort)))
        add(out, w, "effort must be at least 0.5 person-months");
    for (auto [name, v] : {std::pair{"iceImpact", in.iceImpact}, std::pair{"iceConfidence", in.iceConfidence},
                           std::pair{"iceEase", in.iceEase}, std::pair{"value", in.value},
                           std::pair{"valueEffort", in.valueEffort}})
        if (v && !isValidOneToTen(*v))
            add(out, w, std::string(name) + " must be from 1 to 10");
    for (auto [name, v] : {std::pair{"businessValue", in.businessValue},
                           std::pair{"timeCriticality", in.timeCriticality},
                           std::pair{"riskReduction", in.riskReduction}, std::pair{"jobSize", in.jobSize}})
        if (v && !isValidModifiedFibonacci(*v))
            add(out, w, std::string(name) + " must be one of 1, 2, 3, 5, 8, 13, 20");
    for (const auto& [name, v] : in.scorecard)
        if (name.empty() || !std::isfinite(v))
            add(out, w, "scorecard values need a criterion name and a finite number");
}

} // namespace

std::vector<Problem> validate(const Story& s) {
    std::vector<Problem> out;
    const std::string w = s.key.empty() ? std::string("new story") : s.key;
    if (keyNumber(s.key) == 0)
        add(out, w, "the key must look like PROJECT-123");
    if (s.title.empty())
        add(out, w, "the title is empty");
    if (s.points && !isValidStoryPoints(*s.points))
        add(out, w, "story points must be one of 0, 1, 2, 3, 5, 8, 13, 21");
    if (!rank::isValid(s.rank))
        add(out, w, "the manual rank '" + s.rank + "' is not a valid rank key");
    for (const auto& l : s.labels)
        if (l.empty())
            add(out, w, "a label is empty");
    for (const auto& c : s.criteria) {
        if (c.format == CriterionFormat::FreeText && c.text.empty())
            add(out, w, "an acceptance criterion has no text");
        if (!c.wcag.empty()) {
            // "1.4.3": three dot-separated numbers
            int parts = 1;
            bool ok = std::isdigit(static_cast<unsigned char>(c.wcag.front())) &&
                      std::isdigit(static_cast<unsigned char>(c.wcag.back()));
            for (char ch : c.wcag) {
                if (ch == '.')
                    ++parts;
                else if (!std::isdigit(static_cast<unsigned char>(ch)))
                    ok = false;
            }
            if (!ok || parts != 3)
                add(out, w, "WCAG reference '" + c.wcag + "' must look like 1.4.3");
        }
    }
    if (std::find(s.blocks.begin(), s.blocks.end(), s.id) != s.blocks.end() && s.id != 0)
        add(out, w, "a story cannot block itself");
    checkInputs(out, w, s.inputs);
    return out;
}

std::vector<Problem> validate(const Epic& e) {
    std::vector<Problem> out;
    const std::string w = e.key.empty() ? std::string("new epic") : e.key;
    if (keyNumber(e.key) == 0)
        add(out, w, "the key must look like PROJECT-123");
    if (e.title.empty())
        add(out, w, "the title is empty");
    if (!isValidColour(e.colour))
        add(out, w, "the colour must be #RRGGBB");
    if (e.startDate && e.endDate && *e.endDate < *e.startDate)
        add(out, w, "the end date is before the start date");
    if (!rank::isValid(e.rank))
        add(out, w, "the manual rank '" + e.rank + "' is not a valid rank key");
    return out;
}

std::vector<Problem> validate(const Workspace& ws) {
    std::vector<Problem> out;
    if (ws.productName.empty())
        add(out, "workspace", "the product name is empty");
    if (!isValidProjectKey(ws.projectKey))
        add(out, "workspace", "the Jira project key '" + ws.projectKey +
                                  "' must be 2-10 upper-case letters, digits or _, starting with a letter");

    auto ids = [&](const auto& items, const char* what) {
        std::unordered_set<Id> seen;
        for (const auto& it : items)
            if (it.id <= 0 || !seen.insert(it.id).second)
                add(out, what, "id " + std::to_string(it.id) + " is missing or used twice");
        return seen;
    };
    const auto themeIds = ids(ws.themes, "themes");
    const auto releaseIds = ids(ws.releases, "releases");
    const auto personaIds = ids(ws.personas, "personas");
    const auto insightIds = ids(ws.insights, "insights");
    const auto epicIds = ids(ws.epics, "epics");
    const auto storyIds = ids(ws.stories, "stories");

    for (const auto& t : ws.themes)
        if (!isValidColour(t.colour) || t.name.empty())
            add(out, "theme " + t.name, "a theme needs a name and a #RRGGBB colour");
    for (const auto& r : ws.releases)
        if (r.name.empty())
            add(out, "releases", "a release has no name");
    for (const auto& p : ws.personas)
        if (p.name.empty())
            add(out, "personas", "a persona has no name");
    for (const auto& i : ws.insights)
        if (i.title.empty() || i.strength < Insight::kMinStrength || i.strength > Insight::kMaxStrength)
            add(out, "insight " + i.title, "an insight needs a title and a strength from 1 to 5");

    std::set<std::string> keys;
    auto checkKey = [&](const std::string& key) {
        if (!keys.insert(key).second)
            add(out, key, "the key is used twice");
        const std::string prefix = ws.projectKey + "-";
        if (key.compare(0, prefix.size(), prefix) != 0)
            add(out, key, "the key does not start with the project key " + ws.projectKey);
        if (keyNumber(key) >= ws.nextKeyNumber)
            add(out, key, "the key number is not below the workspace's next key number");
    };
    for (const auto& e : ws.epics) {
        for (auto& p : validate(e))
            out.push_back(std::move(p));
        checkKey(e.key);
        if (e.themeId && !themeIds.count(*e.themeId))
            add(out, e.key, "the theme does not exist");
        if (e.targetReleaseId && !releaseIds.count(*e.targetReleaseId))
            add(out, e.key, "the target release does not exist");
    }
    for (const auto& s : ws.stories) {
        for (auto& p : validate(s))
            out.push_back(std::move(p));
        checkKey(s.key);
        if (s.epicId && !epicIds.count(*s.epicId))
            add(out, s.key, "the epic does not exist");
        if (s.releaseId && !releaseIds.count(*s.releaseId))
            add(out, s.key, "the release does not exist");
        for (Id p : s.personaIds)
            if (!personaIds.count(p))
                add(out, s.key, "a linked persona does not exist");
        for (Id i : s.insightIds)
            if (!insightIds.count(i))
                add(out, s.key, "a linked insight does not exist");
        for (Id b : s.blocks)
            if (!storyIds.count(b))
                add(out, s.key, "a story it blocks does not exist");
    }
    return out;
}

} // namespace storyloom
