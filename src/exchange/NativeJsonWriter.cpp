// nativejson::write(); the reader is in NativeJsonReader.cpp. The key order here IS the documented
// order of docs/file-format.md: change both together.
#include "NativeJson.h"

#include "JsonWriter.h"

#include <algorithm>
#include <cmath>

namespace storyloom::nativejson {
namespace {

[[noreturn]] void cannotWrite(const std::string& subject, const std::string& problem) {
    throw ExchangeError("Cannot save the workspace: " + subject + ": " + problem +
                            ". Correct it in Storyloom and save again.",
                        {}, 0, 0, subject);
}

/// Entities are written in id order whatever order they are held in, so the file does not change
/// when nothing in it did.
template <typename T> std::vector<const T*> inIdOrder(const std::vector<T>& items) {
    std::vector<const T*> out;
    out.reserve(items.size());
    for (const auto& item : items)
        out.push_back(&item);
    std::stable_sort(out.begin(), out.end(), [](const T* a, const T* b) { return a->id < b->id; });
    return out;
}

void nullableId(JsonWriter& w, std::string_view key, const std::optional<Id>& id) {
    w.key(key);
    if (id)
        w.integer(*id);
    else
        w.null();
}

void nullableDate(JsonWriter& w, std::string_view key, const std::optional<Date>& date,
                  const std::string& subject) {
    w.key(key);
    if (!date) {
        w.null();
        return;
    }
    if (!date->isValid())
        cannotWrite(subject, std::string(key) + " is not a real calendar date");
    w.string(date->toString());
}

void timestamp(JsonWriter& w, std::string_view key, long long ms, const std::string& subject) {
    // parseTimestamp() reads years 0001 to 9999 only; a time outside them could not be read back.
    static const long long kMin = Date{1, 1, 1}.toDays() * 86400000LL;
    static const long long kMax = (Date{9999, 12, 31}.toDays() + 1) * 86400000LL - 1;
    if (ms < kMin || ms > kMax)
        cannotWrite(subject, std::string(key) + " is outside the years 1 to 9999");
    w.stringMember(key, formatTimestamp(ms));
}

void number(JsonWriter& w, std::string_view key, double value, const std::string& subject) {
    if (!std::isfinite(value))
        cannotWrite(subject, std::string(key) + " is not a finite number");
    w.key(key);
    w.number(value);
}

template <typename T>
void optionalInput(JsonWriter& w, std::string_view key, const std::optional<T>& value,
                   const std::string& subject) {
    if (!value)
        return; // absent means "not entered"
    if constexpr (std::is_same_v<T, double>)
        number(w, key, *value, subject);
    else if constexpr (std::is_same_v<T, KanoAnswer>)
        w.stringMember(key, toId(*value));
    else
        w.integerMember(key, *value);
}

void writeInputs(JsonWriter& w, const ScoringInputs& in, const std::string& subject) {
    w.key("inputs");
    w.beginObject();
    optionalInput(w, "reach", in.reach, subject);
    optionalInput(w, "impact", in.impact, subject);
    optionalInput(w, "confidence", in.confidence, subject);
    optionalInput(w, "effort", in.effort, subject);
    optionalInput(w, "iceImpact", in.iceImpact, subject);
    optionalInput(w, "iceConfidence", in.iceConfidence, subject);
    optionalInput(w, "iceEase", in.iceEase, subject);
    optionalInput(w, "businessValue", in.businessValue, subject);
    optionalInput(w, "timeCriticality", in.timeCriticality, subject);
    optionalInput(w, "riskReduction", in.riskReduction, subject);
    optionalInput(w, "jobSize", in.jobSize, subject);
    optionalInput(w, "kanoFunctional", in.kanoFunctional, subject);
    optionalInput(w, "kanoDysfunctional", in.kanoDysfunctional, subject);
    optionalInput(w, "value", in.value, subject);
    optionalInput(w, "valueEffort", in.valueEffort, subject);
    if (!in.scorecard.empty()) {
        w.key("scorecard");
        w.beginObject();
        for (const auto& [criterion, value] : in.scorecard)
            number(w, criterion, value, subject);
        w.endObject();
    }
    w.endObject();
}

void writeCriterion(JsonWriter& w, const AcceptanceCriterion& c) {
    w.beginObject();
    w.integerMember("id", c.id);
    w.stringMember("format", toId(c.format));
    w.stringMember("text", c.text);
    w.stringMember("given", c.given);
    w.stringMember("when", c.when);
    w.stringMember("then", c.then);
    w.stringMember("kind", toId(c.kind));
    w.stringMember("wcag", c.wcag);
    w.key("done");
    w.boolean(c.done);
    w.endObject();
}

void idList(JsonWriter& w, std::string_view key, const std::vector<Id>& ids) {
    w.key(key);
    w.beginArray();
    for (Id id : ids)
        w.integer(id);
    w.endArray();
}

void writeStory(JsonWriter& w, const Story& s) {
    w.beginObject();
    w.integerMember("id", s.id);
    w.stringMember("key", s.key);
    nullableId(w, "epic", s.epicId);
    w.stringMember("title", s.title);
    w.stringMember("asA", s.asA);
    w.stringMember("iWant", s.iWant);
    w.stringMember("soThat", s.soThat);
    w.stringMember("description", s.description);
    w.stringMember("status", toId(s.status));
    w.key("points");
    if (s.points)
        w.integer(*s.points);
    else
        w.null();
    w.stringMember("moscow", toId(s.moscow));
    w.key("labels");
    w.beginArray();
    for (const auto& label : s.labels)
        w.string(label);
    w.endArray();
    idList(w, "personas", s.personaIds);
    idList(w, "insights", s.insightIds);
    idList(w, "blocks", s.blocks);
    nullableId(w, "release", s.releaseId);
    w.stringMember("rank", s.rank);
    timestamp(w, "createdAt", s.createdAt, s.key);
    timestamp(w, "updatedAt", s.updatedAt, s.key);
    writeInputs(w, s.inputs, s.key);
    w.key("criteria");
    w.beginArray();
    for (const auto& c : s.criteria) // criteria keep their order: it is the order the story shows
        writeCriterion(w, c);
    w.endArray();
    w.endObject();
}

void writeEpic(JsonWriter& w, const Epic& e) {
    w.beginObject();
    w.integerMember("id", e.id);
    w.stringMember("key", e.key);
    w.stringMember("title", e.title);
    w.stringMember("description", e.description);
    nullableId(w, "theme", e.themeId);
    w.stringMember("status", toId(e.status));
    w.stringMember("colour", e.colour);
    w.stringMember("horizon", toId(e.horizon));
    nullableDate(w, "startDate", e.startDate, e.key);
    nullableDate(w, "endDate", e.endDate, e.key);
    nullableId(w, "targetRelease", e.targetReleaseId);
    w.stringMember("rank", e.rank);
    w.endObject();
}

void writeWorkspaceHeader(JsonWriter& w, const Workspace& ws) {
    w.key("workspace");
    w.beginObject();
    w.stringMember("productName", ws.productName);
    w.stringMember("projectKey", ws.projectKey);
    w.integerMember("nextKeyNumber", ws.nextKeyNumber);
    w.key("settings");
    w.beginObject();
    for (const auto& [name, value] : ws.settings) // a std::map: already in a stable order
        w.stringMember(name, value);
    w.endObject();
    w.endObject();
}

} // namespace

std::string write(const Workspace& ws) {
    JsonWriter w;
    w.beginObject();
    w.stringMember("format", kFormatName);
    w.integerMember("formatVersion", kFormatVersion);
    writeWorkspaceHeader(w, ws);

    w.key("themes");
    w.beginArray();
    for (const Theme* t : inIdOrder(ws.themes)) {
        w.beginObject();
        w.integerMember("id", t->id);
        w.stringMember("name", t->name);
        w.stringMember("colour", t->colour);
        w.endObject();
    }
    w.endArray();

    w.key("releases");
    w.beginArray();
    for (const Release* r : inIdOrder(ws.releases)) {
        w.beginObject();
        w.integerMember("id", r->id);
        w.stringMember("name", r->name);
        nullableDate(w, "date", r->date, "release " + std::to_string(r->id));
        w.endObject();
    }
    w.endArray();

    w.key("personas");
    w.beginArray();
    for (const Persona* p : inIdOrder(ws.personas)) {
        w.beginObject();
        w.integerMember("id", p->id);
        w.stringMember("name", p->name);
        w.stringMember("role", p->role);
        w.stringMember("goals", p->goals);
        w.stringMember("frustrations", p->frustrations);
        w.endObject();
    }
    w.endArray();

    w.key("insights");
    w.beginArray();
    for (const Insight* i : inIdOrder(ws.insights)) {
        w.beginObject();
        w.integerMember("id", i->id);
        w.stringMember("title", i->title);
        w.stringMember("source", toId(i->source));
        nullableDate(w, "date", i->date, "insight " + std::to_string(i->id));
        w.stringMember("summary", i->summary);
        w.integerMember("strength", i->strength);
        w.endObject();
    }
    w.endArray();

    w.key("epics");
    w.beginArray();
    for (const Epic* e : inIdOrder(ws.epics))
        writeEpic(w, *e);
    w.endArray();

    w.key("stories");
    w.beginArray();
    for (const Story* s : inIdOrder(ws.stories))
        writeStory(w, *s);
    w.endArray();

    w.endObject();
    return w.take();
}

} // namespace storyloom::nativejson
