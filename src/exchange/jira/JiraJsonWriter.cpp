// writeJson(): the JSON file for Jira's External System Import (docs/jira-export.md, "JSON importer file").
#include "JiraJsonWriter.h"

#include "AsciiJson.h"
#include "JiraDescription.h"
#include "JiraExport.h"

#include "domain/Date.h"
#include "exchange/JsonWriter.h"

#include <algorithm>
#include <unordered_map>

namespace storyloom::jira {
namespace {

constexpr std::string_view kFloatField = "com.atlassian.jira.plugin.system.customfieldtypes:float";
constexpr std::string_view kTextareaField = "com.atlassian.jira.plugin.system.customfieldtypes:textarea";
constexpr std::string_view kEpicNameField = "com.pyxis.greenhopper.jira:gh-epic-label";
constexpr std::string_view kEpicLinkField = "com.pyxis.greenhopper.jira:gh-epic-link";

void customField(JsonWriter& w, std::string_view name, std::string_view type, std::string_view value) {
    w.beginObject();
    w.stringMember("fieldName", name);
    w.stringMember("fieldType", type);
    w.stringMember("value", value);
    w.endObject();
}

struct Link {
    std::string name;
    std::string source;
    std::string destination;
};

class JsonFileWriter {
public:
    JsonFileWriter(const Workspace& ws, const ExportRequest& request, const Selected& selected)
        : m_ws(ws), m_profile(request.profile), m_selected(selected) {
        for (const Story* s : selected.stories)
            if (s->releaseId)
                m_usedReleases.push_back(*s->releaseId);
        std::sort(m_usedReleases.begin(), m_usedReleases.end());
        m_usedReleases.erase(std::unique(m_usedReleases.begin(), m_usedReleases.end()), m_usedReleases.end());
        for (const Release& r : ws.releases)
            m_releaseNames.emplace(r.id, &r);
        const SystemClock systemClock;
        const long long now = request.clock ? request.clock->nowMs() : systemClock.nowMs();
        m_today = Date::fromDays(now >= 0 ? now / 86400000 : -((-now + 86399999) / 86400000));
    }

    std::string write(const JsonFilePlan& plan, const std::vector<Link>& links) {
        JsonWriter w;
        w.beginObject();
        w.key("projects");
        w.beginArray();
        w.beginObject();
        w.stringMember("name", m_ws.productName);
        w.stringMember("key", m_ws.projectKey);
        w.stringMember("type", "software");
        versions(w);
        w.key("issues");
        w.beginArray();
        for (const Epic* e : plan.epics)
            epic(w, *e);
        for (const Story* s : plan.stories)
            story(w, *s);
        w.endArray();
        w.endObject();
        w.endArray();
        w.key("links");
        w.beginArray();
        for (const Link& l : links) {
            w.beginObject();
            w.stringMember("name", l.name);
            w.stringMember("sourceId", l.source);
            w.stringMember("destinationId", l.destination);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        std::string text = w.take();
        toAsciiJson(text);
        return text;
    }

private:
    void versions(JsonWriter& w) {
        w.key("versions");
        w.beginArray();
        for (const Release& r : m_ws.releases) {
            if (!std::binary_search(m_usedReleases.begin(), m_usedReleases.end(), r.id))
                continue;
            w.beginObject();
            w.stringMember("name", r.name);
            w.key("released");
            w.boolean(r.date && r.date->isValid() && *r.date < m_today);
            if (r.date && r.date->isValid())
                w.stringMember("releaseDate", jiraTimestamp(r.date->toDays() * 86400000LL));
            w.endObject();
        }
        w.endArray();
    }

    void epic(JsonWriter& w, const Epic& e) {
        w.beginObject();
        w.stringMember("externalId", externalId(e.key, e.id));
        w.stringMember("issueType", m_profile.epicType);
        w.stringMember("summary", e.title);
        if (!e.description.empty())
            w.stringMember("description", epicDescription(e));
        if (m_profile.epicLinking == EpicLinking::EpicLink) {
            w.key("customFieldValues");
            w.beginArray();
            customField(w, "Epic Name", kEpicNameField, e.title);
            w.endArray();
        }
        w.endObject();
    }

    void story(JsonWriter& w, const Story& s) {
        w.beginObject();
        w.stringMember("externalId", externalId(s.key, s.id));
        w.stringMember("issueType", m_profile.storyType);
        w.stringMember("summary", s.title);
        if (const std::string priority = priorityName(m_profile, s.moscow); !priority.empty())
            w.stringMember("priority", priority);
        if (const std::string status = statusName(m_profile, s.status); !status.empty())
            w.stringMember("status", status);
        if (const std::string description = storyDescription(s, m_profile); !description.empty())
            w.stringMember("description", description);
        if (!s.labels.empty()) {
            w.key("labels");
            w.beginArray();
            for (const std::string& label : exportedLabels(s.labels, m_profile))
                w.string(label);
            w.endArray();
        }
        if (s.releaseId) {
            if (const auto it = m_releaseNames.find(*s.releaseId); it != m_releaseNames.end()) {
                w.key("fixedVersions");
                w.beginArray();
                w.string(it->second->name);
                w.endArray();
            }
        }
        if (s.createdAt > 0)
            w.stringMember("created", jiraTimestamp(s.createdAt));
        if (s.updatedAt > 0)
            w.stringMember("updated", jiraTimestamp(s.updatedAt));
        const Epic* epic = m_profile.epicLinking == EpicLinking::EpicLink ? m_selected.epicOf(s) : nullptr;
        const bool criteriaField =
            m_profile.criteriaLocation == CriteriaLocation::CustomField && !s.criteria.empty();
        if (s.points || epic || criteriaField) {
            w.key("customFieldValues");
            w.beginArray();
            if (s.points)
                customField(w, m_profile.storyPointsField, kFloatField, std::to_string(*s.points));
            if (epic)
                customField(w, "Epic Link", kEpicLinkField, epic->title);
            if (criteriaField)
                customField(w, m_profile.criteriaField, kTextareaField, criteriaBlocks(s));
            w.endArray();
        }
        w.endObject();
    }

    const Workspace& m_ws;
    const Profile& m_profile;
    const Selected& m_selected;
    std::vector<Id> m_usedReleases;
    std::unordered_map<Id, const Release*> m_releaseNames;
    Date m_today;
};

} // namespace

std::vector<JsonFilePlan> planJsonFiles(const Selected& selected, std::size_t maxIssues) {
    maxIssues = std::max<std::size_t>(maxIssues, 2);
    std::unordered_map<Id, std::vector<const Story*>> children;
    std::vector<const Story*> orphans;
    for (const Story* s : selected.stories) {
        if (const Epic* e = selected.epicOf(*s))
            children[e->id].push_back(s);
        else
            orphans.push_back(s);
    }
    std::vector<JsonFilePlan> files(1);
    const auto startFile = [&] {
        if (files.back().size() > 0)
            files.emplace_back();
    };
    const auto addStory = [&](const Story* s) {
        if (files.back().size() >= maxIssues)
            files.emplace_back();
        files.back().stories.push_back(s);
    };
    for (const Epic* e : selected.epics) {
        const auto& stories = children[e->id];
        const std::size_t groupSize = 1 + stories.size();
        if (files.back().size() + groupSize > maxIssues)
            startFile();
        files.back().epics.push_back(e);
        for (const Story* s : stories)
            addStory(s);
    }
    for (const Story* s : orphans)
        addStory(s);
    return files;
}

void writeJson(const Workspace& workspace, const ExportRequest& request, const std::string& path,
               const FileSink& sink) {
    const Selected selected = resolve(workspace, request.selection);
    const std::vector<JsonFilePlan> plans = planJsonFiles(selected, request.maxIssuesPerFile);

    // Each link goes into the file of its later endpoint, so both issues exist when it is imported.
    std::unordered_map<Id, std::pair<std::size_t, const Story*>> fileOfStory;
    for (std::size_t f = 0; f < plans.size(); ++f)
        for (const Story* s : plans[f].stories)
            fileOfStory.emplace(s->id, std::make_pair(f, s));
    std::vector<std::vector<Link>> links(plans.size());
    for (std::size_t f = 0; f < plans.size(); ++f) {
        for (const Story* s : plans[f].stories) {
            if (request.profile.epicLinking == EpicLinking::Parent) {
                if (const Epic* e = selected.epicOf(*s))
                    links[f].push_back(
                        {"sub-task-link", externalId(s->key, s->id), externalId(e->key, e->id)});
            }
            for (Id blocked : s->blocks) {
                const auto other = fileOfStory.find(blocked);
                if (other == fileOfStory.end())
                    continue;
                const Story* target = other->second.second;
                links[std::max(f, other->second.first)].push_back(
                    {"Blocks", externalId(s->key, s->id), externalId(target->key, target->id)});
            }
        }
    }
    JsonFileWriter writer(workspace, request, selected);
    for (std::size_t f = 0; f < plans.size(); ++f)
        sink(partPath(path, f + 1), writer.write(plans[f], links[f]));
}

} // namespace storyloom::jira
