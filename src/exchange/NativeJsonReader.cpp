// nativejson::read(); the writer is in NativeJsonWriter.cpp and the format in docs/file-format.md.
#include "NativeJson.h"

#include "JsonParser.h"
#include "ObjectReader.h"
#include "ReadError.h"

#include <climits>
#include <initializer_list>
#include <optional>

namespace storyloom::nativejson {
namespace {

using json = nlohmann::json;

constexpr long long kMaxId = LLONG_MAX;
constexpr const char* kPointsChoices = "one of 0, 1, 2, 3, 5, 8, 13, 21, or null";
constexpr const char* kFibonacciChoices = "one of 1, 2, 3, 5, 8, 13, 20";
constexpr const char* kOneToTen = "a whole number from 1 to 10";
/// How many validate() problems a message lists before "and N more".
constexpr std::size_t kProblemsShown = 5;

/// "draft, refined, ready, in-progress, done or wont-do": the ids a message offers (`orNull` adds null
/// as the last choice).
template <typename E> std::string choices(std::initializer_list<E> values, bool orNull = false) {
    std::string out;
    const std::size_t count = values.size() + (orNull ? 1 : 0);
    std::size_t i = 0;
    for (E v : values) {
        if (i > 0)
            out += i + 1 == count ? " or " : ", ";
        out += toId(v);
        ++i;
    }
    if (orNull)
        out += " or null";
    return out;
}

const std::string& storyStatuses() {
    static const std::string s = choices({StoryStatus::Draft, StoryStatus::Refined, StoryStatus::Ready,
                                          StoryStatus::InProgress, StoryStatus::Done, StoryStatus::WontDo});
    return s;
}
const std::string& moscows() {
    static const std::string s =
        choices({Moscow::Unset, Moscow::Must, Moscow::Should, Moscow::Could, Moscow::Wont});
    return s;
}
const std::string& horizons() {
    static const std::string s = choices({Horizon::Now, Horizon::Next, Horizon::Later});
    return s;
}
const std::string& epicStatuses() {
    static const std::string s = choices({EpicStatus::Proposed, EpicStatus::Planned, EpicStatus::InProgress,
                                          EpicStatus::Done, EpicStatus::Cancelled});
    return s;
}
const std::string& criterionKinds() {
    static const std::string s = choices({CriterionKind::Functional, CriterionKind::Accessibility,
                                          CriterionKind::Performance, CriterionKind::Content});
    return s;
}
const std::string& criterionFormats() {
    static const std::string s = choices({CriterionFormat::FreeText, CriterionFormat::GivenWhenThen});
    return s;
}
const std::string& insightSources() {
    static const std::string s =
        choices({InsightSource::Interview, InsightSource::UsabilityTest, InsightSource::Analytics,
                 InsightSource::Survey, InsightSource::SupportTicket, InsightSource::AbTest});
    return s;
}
const std::string& kanoAnswers() {
    static const std::string s = choices({KanoAnswer::Like, KanoAnswer::Expect, KanoAnswer::Neutral,
                                          KanoAnswer::Tolerate, KanoAnswer::Dislike},
                                         true);
    return s;
}

/// Calls `element(value, path)` for each element of the list under `key` (absent = no elements).
template <typename F> void forEach(ObjectReader& r, std::string_view key, F&& element) {
    json* list = r.optionalArray(key);
    if (!list)
        return;
    const JsonPath listPath(r.path(), key);
    auto& elements = list->get_ref<json::array_t&>();
    for (std::size_t i = 0; i < elements.size(); ++i)
        element(elements[i], JsonPath(listPath, i));
}

std::vector<Id> readIds(ObjectReader& r, std::string_view key) {
    std::vector<Id> ids;
    forEach(r, key, [&](json& v, const JsonPath& at) {
        ids.push_back(r.integerAt(v, at, "each id in " + std::string(key), 1, kMaxId));
    });
    return ids;
}

void readInputs(ObjectReader& story, ScoringInputs& in) {
    json* value = story.optionalObject("inputs");
    if (!value)
        return;
    const JsonPath at(story.path(), "inputs");
    ObjectReader r(*value, at, story.file(), story.subject());
    in.reach = r.nullableNumber("reach");
    in.impact = r.nullableNumber("impact");
    if (in.impact && !isValidImpact(*in.impact))
        r.fail(JsonPath(at, "impact"), "impact must be one of 3, 2, 1, 0.5, 0.25 or null");
    in.confidence = r.nullableNumber("confidence");
    in.effort = r.nullableNumber("effort");
    in.iceImpact = r.nullableChoice("iceImpact", isValidOneToTen, kOneToTen);
    in.iceConfidence = r.nullableChoice("iceConfidence", isValidOneToTen, kOneToTen);
    in.iceEase = r.nullableChoice("iceEase", isValidOneToTen, kOneToTen);
    in.businessValue = r.nullableChoice("businessValue", isValidModifiedFibonacci, kFibonacciChoices);
    in.timeCriticality = r.nullableChoice("timeCriticality", isValidModifiedFibonacci, kFibonacciChoices);
    in.riskReduction = r.nullableChoice("riskReduction", isValidModifiedFibonacci, kFibonacciChoices);
    in.jobSize = r.nullableChoice("jobSize", isValidModifiedFibonacci, kFibonacciChoices);
    in.kanoFunctional = r.nullableEnum("kanoFunctional", parseKanoAnswer, kanoAnswers());
    in.kanoDysfunctional = r.nullableEnum("kanoDysfunctional", parseKanoAnswer, kanoAnswers());
    in.value = r.nullableChoice("value", isValidOneToTen, kOneToTen);
    in.valueEffort = r.nullableChoice("valueEffort", isValidOneToTen, kOneToTen);
    if (json* scorecard = r.optionalObject("scorecard")) {
        const JsonPath scorecardPath(at, "scorecard");
        for (auto& [criterion, v] : scorecard->get_ref<json::object_t&>())
            in.scorecard[criterion] =
                r.numberAt(v, JsonPath(scorecardPath, criterion), "each scorecard value");
    }
    r.finish();
}

AcceptanceCriterion readCriterion(json& value, const JsonPath& at, const ObjectReader& story) {
    ObjectReader r(value, at, story.file(), story.subject());
    AcceptanceCriterion c;
    c.id = r.optionalInteger("id", 0, 0, kMaxId);
    c.format = r.optionalEnum("format", CriterionFormat::FreeText, parseCriterionFormat, criterionFormats());
    c.text = r.optionalString("text");
    c.given = r.optionalString("given");
    c.when = r.optionalString("when");
    c.then = r.optionalString("then");
    c.kind = r.optionalEnum("kind", CriterionKind::Functional, parseCriterionKind, criterionKinds());
    c.wcag = r.optionalString("wcag");
    c.done = r.optionalBool("done", false);
    r.finish();
    return c;
}

Story readStory(json& value, const JsonPath& at, const std::string& file) {
    ObjectReader r(value, at, file);
    Story s;
    s.key = r.requiredString("key");
    r.setSubject(s.key);
    s.id = r.requiredInteger("id", 1, kMaxId);
    s.epicId = r.nullableInteger("epic", 1, kMaxId);
    s.title = r.requiredString("title");
    s.asA = r.optionalString("asA");
    s.iWant = r.optionalString("iWant");
    s.soThat = r.optionalString("soThat");
    s.description = r.optionalString("description");
    s.status = r.optionalEnum("status", StoryStatus::Draft, parseStoryStatus, storyStatuses());
    s.points = r.nullableChoice("points", isValidStoryPoints, kPointsChoices);
    s.moscow = r.optionalEnum("moscow", Moscow::Unset, parseMoscow, moscows());
    forEach(r, "labels",
            [&](json& v, const JsonPath& p) { s.labels.push_back(r.stringAt(v, p, "each label")); });
    s.personaIds = readIds(r, "personas");
    s.insightIds = readIds(r, "insights");
    s.blocks = readIds(r, "blocks");
    s.releaseId = r.nullableInteger("release", 1, kMaxId);
    s.rank = r.requiredString("rank");
    s.createdAt = r.optionalTimestamp("createdAt", 0);
    s.updatedAt = r.optionalTimestamp("updatedAt", s.createdAt);
    readInputs(r, s.inputs);
    forEach(r, "criteria", [&](json& v, const JsonPath& p) { s.criteria.push_back(readCriterion(v, p, r)); });
    r.finish();
    return s;
}

Epic readEpic(json& value, const JsonPath& at, const std::string& file) {
    ObjectReader r(value, at, file);
    Epic e;
    e.key = r.requiredString("key");
    r.setSubject(e.key);
    e.id = r.requiredInteger("id", 1, kMaxId);
    e.title = r.requiredString("title");
    e.description = r.optionalString("description");
    e.themeId = r.nullableInteger("theme", 1, kMaxId);
    e.status = r.optionalEnum("status", EpicStatus::Proposed, parseEpicStatus, epicStatuses());
    e.colour = r.optionalString("colour", Epic{}.colour);
    e.horizon = r.optionalEnum("horizon", Horizon::Later, parseHorizon, horizons());
    e.startDate = r.nullableDate("startDate");
    e.endDate = r.nullableDate("endDate");
    e.targetReleaseId = r.nullableInteger("targetRelease", 1, kMaxId);
    e.rank = r.requiredString("rank");
    r.finish();
    return e;
}

Theme readTheme(json& value, const JsonPath& at, const std::string& file) {
    ObjectReader r(value, at, file);
    Theme t;
    t.name = r.requiredString("name");
    r.setSubject("theme \"" + utf8::forMessage(t.name, 40) + "\"");
    t.id = r.requiredInteger("id", 1, kMaxId);
    t.colour = r.optionalString("colour", Theme{}.colour);
    r.finish();
    return t;
}

Release readRelease(json& value, const JsonPath& at, const std::string& file) {
    ObjectReader r(value, at, file);
    Release rel;
    rel.name = r.requiredString("name");
    r.setSubject("release \"" + utf8::forMessage(rel.name, 40) + "\"");
    rel.id = r.requiredInteger("id", 1, kMaxId);
    rel.date = r.nullableDate("date");
    r.finish();
    return rel;
}

Persona readPersona(json& value, const JsonPath& at, const std::string& file) {
    ObjectReader r(value, at, file);
    Persona p;
    p.name = r.requiredString("name");
    r.setSubject("persona \"" + utf8::forMessage(p.name, 40) + "\"");
    p.id = r.requiredInteger("id", 1, kMaxId);
    p.role = r.optionalString("role");
    p.goals = r.optionalString("goals");
    p.frustrations = r.optionalString("frustrations");
    r.finish();
    return p;
}

Insight readInsight(json& value, const JsonPath& at, const std::string& file) {
    ObjectReader r(value, at, file);
    Insight i;
    i.title = r.requiredString("title");
    r.setSubject("insight \"" + utf8::forMessage(i.title, 40) + "\"");
    i.id = r.requiredInteger("id", 1, kMaxId);
    i.source = r.optionalEnum("source", InsightSource::Interview, parseInsightSource, insightSources());
    i.date = r.nullableDate("date");
    i.summary = r.optionalString("summary");
    i.strength = static_cast<int>(
        r.optionalInteger("strength", Insight{}.strength, Insight::kMinStrength, Insight::kMaxStrength));
    r.finish();
    return i;
}

/// Refuses anything that is not a workspace file of a version this build understands, before looking
/// at the rest: a newer file may mean something else by the same keys.
void checkFormat(ObjectReader& doc) {
    json* format = doc.find("format");
    if (!format || !format->is_string() || format->get_ref<const std::string&>() != kFormatName) {
        const std::string found =
            !format ? std::string("it has no \"format\" key")
            : format->is_string()
                ? "its \"format\" is \"" + utf8::forMessage(format->get<std::string>()) + "\""
                : std::string("its \"format\" is not text");
        throwReadError(doc.file(),
                       "it is not a Storyloom workspace file (" + found + ", not \"" +
                           std::string(kFormatName) + "\")",
                       "Choose a workspace file saved by Storyloom", 0, 0, "format");
    }
    const JsonPath versionPath(doc.path(), "formatVersion");
    const long long version =
        doc.integerAt(doc.require("formatVersion"), versionPath, "formatVersion", 1, LLONG_MAX);
    if (version > kFormatVersion)
        throwReadError(doc.file(),
                       "it was made by a newer Storyloom (file format version " + std::to_string(version) +
                           "; this version reads up to " + std::to_string(kFormatVersion) + ")",
                       "Update Storyloom to open it", 0, 0, "formatVersion");
}

void readHeader(ObjectReader& doc, Workspace& ws) {
    const JsonPath at(doc.path(), "workspace");
    ObjectReader r(doc.require("workspace"), at, doc.file());
    ws.productName = r.requiredString("productName");
    ws.projectKey = r.requiredString("projectKey");
    ws.nextKeyNumber = r.requiredInteger("nextKeyNumber", 1, LLONG_MAX);
    if (json* settings = r.optionalObject("settings")) {
        const JsonPath settingsPath(at, "settings");
        for (auto& [name, v] : settings->get_ref<json::object_t&>())
            ws.settings[name] = r.stringAt(v, JsonPath(settingsPath, name), "each setting");
    }
    r.finish();
}

/// Where the entity a validate() problem names sits in the file ("stories[3]"), or "".
std::string pathOf(const Workspace& ws, const std::string& key) {
    for (std::size_t i = 0; i < ws.stories.size(); ++i)
        if (ws.stories[i].key == key)
            return "stories[" + std::to_string(i) + "]";
    for (std::size_t i = 0; i < ws.epics.size(); ++i)
        if (ws.epics[i].key == key)
            return "epics[" + std::to_string(i) + "]";
    return {};
}

void checkRules(const Workspace& ws, const std::string& file) {
    const auto problems = validate(ws);
    if (problems.empty())
        return;
    std::string text = "the workspace breaks " + std::to_string(problems.size()) +
                       (problems.size() == 1 ? " rule: " : " rules: ");
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) {
        if (i > 0)
            text += "; ";
        text += utf8::forMessage(problems[i].where);
        if (const std::string path = pathOf(ws, problems[i].where); !path.empty())
            text += " (" + path + ")";
        text += ": " + utf8::forMessage(problems[i].message, 200);
    }
    if (problems.size() > kProblemsShown)
        text += "; and " + std::to_string(problems.size() - kProblemsShown) + " more";
    throwReadError(file, text, "Correct the file and open it again", 0, 0, problems.front().where);
}

} // namespace

Workspace read(std::string_view text, const std::string& fileName) {
    Workspace ws;
    // Entities are converted as the parser finishes each one, so a large file is never held whole as
    // a JSON tree. The first problem found is kept, not thrown at once: "format" and "formatVersion"
    // may come after the lists, and a file from a newer version must say so rather than report
    // whatever this version does not understand in it.
    std::optional<ExchangeError> firstProblem;
    const JsonPath rootPath;
    const auto convert = [&](std::string_view key, std::size_t index, json& element) -> bool {
        if (firstProblem)
            return true; // nothing after the first problem is kept
        const JsonPath listPath(rootPath, key);
        const JsonPath at(listPath, index);
        try {
            if (key == "stories")
                ws.stories.push_back(readStory(element, at, fileName));
            else if (key == "epics")
                ws.epics.push_back(readEpic(element, at, fileName));
            else if (key == "themes")
                ws.themes.push_back(readTheme(element, at, fileName));
            else if (key == "releases")
                ws.releases.push_back(readRelease(element, at, fileName));
            else if (key == "personas")
                ws.personas.push_back(readPersona(element, at, fileName));
            else if (key == "insights")
                ws.insights.push_back(readInsight(element, at, fileName));
            else
                return false; // not a list of this format: finish() below reports the key
        } catch (const ExchangeError& e) {
            firstProblem = e;
        }
        return true;
    };
    json root = parseJson(text, fileName, convert);

    ObjectReader doc(root, rootPath, fileName);
    checkFormat(doc);
    if (firstProblem)
        throw *firstProblem;
    readHeader(doc, ws);
    // The lists were emptied by `convert`; asking for them checks they are lists and marks them known.
    for (const char* list : {"themes", "releases", "personas", "insights", "epics", "stories"})
        doc.optionalArray(list);
    doc.finish();
    checkRules(ws, fileName);
    return ws;
}

} // namespace storyloom::nativejson
