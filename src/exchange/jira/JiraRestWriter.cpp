// writeRest(): bulk-create payloads for Jira REST (Cloud v3 with ADF, Data Center v2 with wiki markup) and
// the manifest that tells a script the order and the placeholders to replace (docs/jira-export.md).
#include "JiraRestWriter.h"

#include "Adf.h"
#include "AsciiJson.h"
#include "JiraDescription.h"
#include "JiraExport.h"

#include "exchange/JsonWriter.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <unordered_map>

namespace storyloom::jira {
namespace {

struct Location {
    std::size_t batch = 0; ///< index into the batch list
    std::size_t index = 0; ///< position in that batch's issueUpdates
};

std::string joinPath(const std::string& directory, const std::string& file) {
    return (std::filesystem::path(directory) / file).string();
}

class BatchWriter {
public:
    BatchWriter(const Workspace& ws, const Profile& profile, const Selected& selected)
        : m_ws(ws), m_profile(profile), m_selected(selected) {}

    std::string write(const RestBatch& batch) {
        JsonWriter w;
        w.beginObject();
        w.key("issueUpdates");
        w.beginArray();
        for (const Epic* e : batch.epics)
            epic(w, *e);
        for (const Story* s : batch.stories)
            story(w, *s);
        w.endArray();
        w.endObject();
        std::string text = w.take();
        toAsciiJson(text);
        return text;
    }

private:
    bool cloud() const { return m_profile.site == Site::Cloud; }

    void beginFields(JsonWriter& w, const std::string& type, const std::string& summary) {
        w.beginObject();
        w.key("fields");
        w.beginObject();
        w.key("project");
        w.beginObject();
        w.stringMember("key", m_ws.projectKey);
        w.endObject();
        w.key("issuetype");
        w.beginObject();
        w.stringMember("name", type);
        w.endObject();
        w.stringMember("summary", summary);
    }

    void endFields(JsonWriter& w) {
        w.endObject();
        w.endObject();
    }

    void epic(JsonWriter& w, const Epic& e) {
        beginFields(w, m_profile.epicType, e.title);
        if (!e.description.empty()) {
            w.key("description");
            if (cloud())
                adf::writeText(w, e.description);
            else
                w.string(epicDescription(e));
        }
        if (!cloud() && m_profile.epicLinking == EpicLinking::EpicLink)
            w.stringMember(m_profile.epicNameFieldId, e.title);
        endFields(w);
    }

    void story(JsonWriter& w, const Story& s) {
        beginFields(w, m_profile.storyType, s.title);
        if (cloud()) {
            if (adf::hasStoryDescription(s, m_profile)) {
                w.key("description");
                adf::writeStoryDescription(w, s, m_profile);
            }
        } else if (const std::string d = storyDescription(s, m_profile); !d.empty()) {
            w.stringMember("description", d);
        }
        if (!s.labels.empty()) {
            w.key("labels");
            w.beginArray();
            for (const std::string& label : exportedLabels(s.labels, m_profile))
                w.string(label);
            w.endArray();
        }
        if (const std::string priority = priorityName(m_profile, s.moscow); !priority.empty()) {
            w.key("priority");
            w.beginObject();
            w.stringMember("name", priority);
            w.endObject();
        }
        if (s.points)
            w.integerMember(m_profile.storyPointsFieldId, *s.points);
        if (m_profile.criteriaLocation == CriteriaLocation::CustomField && !s.criteria.empty()) {
            w.key(m_profile.criteriaFieldId.empty() ? m_profile.criteriaField : m_profile.criteriaFieldId);
            if (cloud())
                adf::writeCriteria(w, s);
            else
                w.string(criteriaBlocks(s));
        }
        if (const Epic* e = m_selected.epicOf(s)) {
            if (cloud()) {
                w.key("parent");
                w.beginObject();
                w.stringMember("key", e->key); // placeholder: the manifest says what replaces it
                w.endObject();
            } else {
                w.stringMember(m_profile.epicLinkFieldId, e->key); // placeholder, as above
            }
        }
        endFields(w);
    }

    const Workspace& m_ws;
    const Profile& m_profile;
    const Selected& m_selected;
};

} // namespace

std::string batchFileName(std::size_t number) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "batch-%03zu.json", number);
    return buf;
}

std::vector<RestBatch> planRestBatches(const Selected& selected, std::size_t maxIssues) {
    maxIssues = std::max<std::size_t>(maxIssues, 1);
    std::vector<RestBatch> batches;
    for (std::size_t i = 0; i < selected.epics.size(); i += maxIssues) {
        RestBatch b;
        const std::size_t end = std::min(selected.epics.size(), i + maxIssues);
        b.epics.assign(selected.epics.begin() + static_cast<std::ptrdiff_t>(i),
                       selected.epics.begin() + static_cast<std::ptrdiff_t>(end));
        batches.push_back(std::move(b));
    }
    for (std::size_t i = 0; i < selected.stories.size(); i += maxIssues) {
        RestBatch b;
        const std::size_t end = std::min(selected.stories.size(), i + maxIssues);
        b.stories.assign(selected.stories.begin() + static_cast<std::ptrdiff_t>(i),
                         selected.stories.begin() + static_cast<std::ptrdiff_t>(end));
        batches.push_back(std::move(b));
    }
    for (std::size_t i = 0; i < batches.size(); ++i)
        batches[i].file = batchFileName(i + 1);
    return batches;
}

void writeRest(const Workspace& workspace, const ExportRequest& request, const std::string& directory,
               const FileSink& sink) {
    const Selected selected = resolve(workspace, request.selection);
    const Profile& profile = request.profile;
    const std::vector<RestBatch> batches = planRestBatches(selected, request.maxIssuesPerBatch);

    std::unordered_map<Id, Location> epicLocation;
    std::unordered_map<Id, const Story*> exportedStories;
    for (std::size_t b = 0; b < batches.size(); ++b) {
        for (std::size_t i = 0; i < batches[b].epics.size(); ++i)
            epicLocation[batches[b].epics[i]->id] = {b, i};
        for (const Story* s : batches[b].stories)
            exportedStories.emplace(s->id, s);
    }

    BatchWriter writer(workspace, profile, selected);
    for (const RestBatch& batch : batches)
        sink(joinPath(directory, batch.file), writer.write(batch));

    const SystemClock systemClock;
    const Clock& clock = request.clock ? *request.clock : systemClock;
    const bool cloud = profile.site == Site::Cloud;
    JsonWriter w;
    w.beginObject();
    w.stringMember("format", "storyloom-jira-rest");
    w.integerMember("formatVersion", 1);
    w.stringMember("generatedAt", jiraTimestamp(clock.nowMs()));
    w.stringMember("profile", profile.name);
    w.stringMember("endpoint", cloud ? "/rest/api/3/issue/bulk" : "/rest/api/2/issue/bulk");
    w.stringMember("project", workspace.projectKey);
    w.key("batches");
    w.beginArray();
    for (const RestBatch& batch : batches) {
        w.beginObject();
        w.stringMember("file", batch.file);
        w.key("issues");
        w.beginArray();
        for (const Epic* e : batch.epics)
            w.string(e->key);
        for (const Story* s : batch.stories)
            w.string(s->key);
        w.endArray();
        w.key("replace");
        w.beginArray();
        const std::size_t offset = batch.epics.size();
        for (std::size_t i = 0; i < batch.stories.size(); ++i) {
            const Epic* e = selected.epicOf(*batch.stories[i]);
            if (!e)
                continue;
            const Location& from = epicLocation.at(e->id);
            w.beginObject();
            w.stringMember("placeholder", e->key);
            w.stringMember("path", ".issueUpdates[" + std::to_string(offset + i) + "].fields." +
                                       (cloud ? std::string("parent.key") : profile.epicLinkFieldId));
            w.stringMember("createdIn", batches[from.batch].file);
            w.integerMember("index", static_cast<long long>(from.index));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.key("links");
    w.beginArray();
    for (const Story* s : selected.stories) {
        for (Id blocked : s->blocks) {
            const auto it = exportedStories.find(blocked);
            if (it == exportedStories.end())
                continue;
            w.beginObject();
            w.stringMember("type", "Blocks");
            w.stringMember("outward", s->key);
            w.stringMember("inward", it->second->key);
            w.endObject();
        }
    }
    w.endArray();
    w.endObject();
    std::string manifest = w.take();
    toAsciiJson(manifest);
    sink(joinPath(directory, "manifest.json"), std::move(manifest));
}

} // namespace storyloom::jira
