#include "StoryJson.h"

#include "WorkspaceDirectory.h"
#include "domain/Date.h"

namespace storyloom::cli {
namespace {

template <typename T> nlohmann::ordered_json orNull(const std::optional<T>& v) {
    return v ? nlohmann::ordered_json(*v) : nlohmann::ordered_json(nullptr);
}

nlohmann::ordered_json criterionJson(const AcceptanceCriterion& c, std::size_t position) {
    nlohmann::ordered_json j;
    j["position"] = position;
    j["format"] = std::string(toId(c.format));
    if (c.format == CriterionFormat::GivenWhenThen) {
        j["given"] = c.given;
        j["when"] = c.when;
        j["then"] = c.then;
    } else {
        j["text"] = c.text;
    }
    j["kind"] = std::string(toId(c.kind));
    j["wcag"] = c.wcag.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.wcag);
    j["done"] = c.done;
    return j;
}

nlohmann::ordered_json inputsJson(const ScoringInputs& in) {
    nlohmann::ordered_json j;
    j["reach"] = orNull(in.reach);
    j["impact"] = orNull(in.impact);
    j["confidence"] = orNull(in.confidence);
    j["effort"] = orNull(in.effort);
    j["iceImpact"] = orNull(in.iceImpact);
    j["iceConfidence"] = orNull(in.iceConfidence);
    j["iceEase"] = orNull(in.iceEase);
    j["businessValue"] = orNull(in.businessValue);
    j["timeCriticality"] = orNull(in.timeCriticality);
    j["riskReduction"] = orNull(in.riskReduction);
    j["jobSize"] = orNull(in.jobSize);
    j["value"] = orNull(in.value);
    j["valueEffort"] = orNull(in.valueEffort);
    auto kano = [](const std::optional<KanoAnswer>& a) {
        return a ? nlohmann::ordered_json(std::string(toId(*a))) : nlohmann::ordered_json(nullptr);
    };
    j["kanoFunctional"] = kano(in.kanoFunctional);
    j["kanoDysfunctional"] = kano(in.kanoDysfunctional);
    j["scorecard"] = nlohmann::ordered_json::object();
    for (const auto& [name, value] : in.scorecard)
        j["scorecard"][name] = value;
    return j;
}

} // namespace

nlohmann::ordered_json storySummaryJson(const Story& story, const std::string& epicKey) {
    nlohmann::ordered_json j;
    j["key"] = story.key;
    j["title"] = story.title;
    j["epic"] = epicKey.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(epicKey);
    j["status"] = std::string(toId(story.status));
    j["points"] = orNull(story.points);
    j["moscow"] = std::string(toId(story.moscow));
    j["labels"] = story.labels;
    j["rank"] = story.rank;
    return j;
}

nlohmann::ordered_json storyDetailJson(const Story& story, const WorkspaceDirectory& directory) {
    nlohmann::ordered_json j = storySummaryJson(story, directory.epicKey(story.epicId));
    j["asA"] = story.asA;
    j["iWant"] = story.iWant;
    j["soThat"] = story.soThat;
    j["description"] = story.description;
    const Release* release = directory.release(story.releaseId);
    j["release"] = release ? nlohmann::ordered_json(release->name) : nlohmann::ordered_json(nullptr);
    j["criteria"] = nlohmann::ordered_json::array();
    for (std::size_t i = 0; i < story.criteria.size(); ++i)
        j["criteria"].push_back(criterionJson(story.criteria[i], i + 1));
    j["personas"] = nlohmann::ordered_json::array();
    for (Id id : story.personaIds)
        if (const Persona* p = directory.persona(id))
            j["personas"].push_back({{"name", p->name}, {"role", p->role}});
    j["insights"] = nlohmann::ordered_json::array();
    for (Id id : story.insightIds)
        if (const Insight* i = directory.insight(id))
            j["insights"].push_back(
                {{"title", i->title}, {"source", std::string(toId(i->source))}, {"strength", i->strength}});
    j["blocks"] = nlohmann::ordered_json::array();
    for (Id id : story.blocks)
        if (const Story* s = directory.story(id))
            j["blocks"].push_back(s->key);
    j["blockedBy"] = nlohmann::ordered_json::array();
    for (const Story* s : directory.blockers(story.id))
        j["blockedBy"].push_back(s->key);
    j["inputs"] = inputsJson(story.inputs);
    j["createdAt"] = formatTimestamp(story.createdAt);
    j["updatedAt"] = formatTimestamp(story.updatedAt);
    return j;
}

std::string dumpJson(const nlohmann::ordered_json& json) {
    return json.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

} // namespace storyloom::cli
