#include "JiraSelection.h"

#include "exchange/ExchangeError.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <unordered_set>

namespace storyloom::jira {
namespace {

using nlohmann::json;

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

/// The facets of a saved backlog filter (src/app/BacklogFilter.h writes them as compact JSON, version 1).
struct FilterFacets {
    std::string text; ///< lower-cased
    std::vector<Id> epicIds;
    std::vector<StoryStatus> statuses;
    std::vector<std::string> labels;
    std::vector<Id> personaIds;
    std::vector<Id> releaseIds;
};

[[noreturn]] void badFilter(const std::string& name, const std::string& problem) {
    throw ExchangeError("The saved filter \"" + name + "\" " + problem, {}, 0, 0, name);
}

FilterFacets parseFilter(const std::string& name, const std::string& text) {
    json o;
    try {
        o = json::parse(text);
    } catch (const json::parse_error&) {
        badFilter(name, "is not readable. Save the filter again in the backlog view.");
    }
    if (!o.is_object() || o.value("version", 0) != 1)
        badFilter(name,
                  "was saved by a newer Storyloom or is damaged. Save the filter again in the backlog view.");
    FilterFacets f;
    try {
        f.text = lowered(o.value("text", std::string()));
        const auto ids = [&](const char* key) {
            std::vector<Id> out;
            for (const auto& v : o.value(key, json::array()))
                out.push_back(v.get<Id>());
            return out;
        };
        f.epicIds = ids("epics");
        f.personaIds = ids("personas");
        f.releaseIds = ids("releases");
        for (const auto& v : o.value("statuses", json::array())) {
            const auto s = parseStoryStatus(v.get<std::string>());
            if (!s)
                badFilter(name, "names an unknown status. Save the filter again in the backlog view.");
            f.statuses.push_back(*s);
        }
        for (const auto& v : o.value("labels", json::array()))
            f.labels.push_back(v.get<std::string>());
        if (o.value("readiness", std::string("any")) != "any")
            badFilter(name, "filters by readiness, which the command line cannot apply. Export it from the "
                            "backlog view, or save a filter without the readiness facet.");
    } catch (const json::type_error&) {
        badFilter(name, "is damaged. Save the filter again in the backlog view.");
    }
    return f;
}

template <typename T> bool anyOf(const std::vector<T>& wanted, const T& value) {
    return wanted.empty() || std::find(wanted.begin(), wanted.end(), value) != wanted.end();
}

bool textMatches(const Story& s, const std::string& needle) {
    if (needle.empty())
        return true;
    const auto has = [&](const std::string& t) { return lowered(t).find(needle) != std::string::npos; };
    if (has(s.title) || has(s.asA) || has(s.iWant) || has(s.soThat) || has(s.description))
        return true;
    for (const auto& c : s.criteria)
        if (has(c.text) || has(c.given) || has(c.when) || has(c.then))
            return true;
    return false;
}

bool matches(const Story& s, const FilterFacets& f) {
    if (!f.epicIds.empty() && (!s.epicId || !anyOf(f.epicIds, *s.epicId)))
        return false;
    if (!anyOf(f.statuses, s.status))
        return false;
    if (!f.releaseIds.empty() && (!s.releaseId || !anyOf(f.releaseIds, *s.releaseId)))
        return false;
    if (!f.labels.empty() && std::none_of(s.labels.begin(), s.labels.end(),
                                          [&](const std::string& l) { return anyOf(f.labels, l); }))
        return false;
    if (!f.personaIds.empty() &&
        std::none_of(s.personaIds.begin(), s.personaIds.end(), [&](Id p) { return anyOf(f.personaIds, p); }))
        return false;
    return textMatches(s, f.text);
}

std::vector<const Epic*> epicsInRankOrder(const Workspace& ws) {
    std::vector<const Epic*> out;
    out.reserve(ws.epics.size());
    for (const Epic& e : ws.epics)
        out.push_back(&e);
    std::stable_sort(out.begin(), out.end(), [](const Epic* a, const Epic* b) {
        if (a->rank != b->rank)
            return a->rank < b->rank;
        return keyNumber(a->key) < keyNumber(b->key);
    });
    return out;
}

Selected resolveLists(const Workspace& ws, const Selection& selection) {
    Selected out;
    const std::vector<const Story*> ranked = ws.storiesInRankOrder();
    std::vector<const Story*>& stories = out.stories;
    switch (selection.kind) {
    case Selection::Kind::Everything:
        out.epics = epicsInRankOrder(ws);
        out.stories = ranked;
        return out;
    case Selection::Kind::Epic: {
        const Epic* epic = ws.findEpic(selection.name);
        if (!epic)
            throw ExchangeError("There is no epic " + selection.name +
                                    " in this workspace. Check the key with \"storyloom-cli list\".",
                                {}, 0, 0, selection.name);
        out.epics.push_back(epic);
        for (const Story* s : ranked)
            if (s->epicId == epic->id)
                stories.push_back(s);
        return out;
    }
    case Selection::Kind::Release: {
        const auto it = std::find_if(ws.releases.begin(), ws.releases.end(),
                                     [&](const Release& r) { return r.name == selection.name; });
        if (it == ws.releases.end())
            throw ExchangeError("There is no release called \"" + selection.name +
                                    "\" in this workspace. Check its name in the roadmap.",
                                {}, 0, 0, selection.name);
        for (const Story* s : ranked)
            if (s->releaseId == it->id)
                stories.push_back(s);
        break;
    }
    case Selection::Kind::Filter: {
        const auto it = ws.settings.find("backlog.filter." + selection.name);
        if (it == ws.settings.end())
            throw ExchangeError("There is no saved filter called \"" + selection.name +
                                    "\" in this workspace. Save it from the backlog view first.",
                                {}, 0, 0, selection.name);
        const FilterFacets facets = parseFilter(selection.name, it->second);
        for (const Story* s : ranked)
            if (matches(*s, facets))
                stories.push_back(s);
        break;
    }
    case Selection::Kind::Stories: {
        std::unordered_set<Id> wanted(selection.storyIds.begin(), selection.storyIds.end());
        for (Id id : selection.storyIds)
            if (!ws.findStory(id))
                throw ExchangeError(
                    "There is no story with id " + std::to_string(id) +
                        " in this workspace; it may have been deleted. Select the stories again.",
                    {}, 0, 0, std::to_string(id));
        for (const Story* s : ranked)
            if (wanted.count(s->id) > 0)
                stories.push_back(s);
        break;
    }
    }
    if (selection.includeEpicsOfStories) {
        std::unordered_set<Id> epicIds;
        for (const Story* s : stories)
            if (s->epicId)
                epicIds.insert(*s->epicId);
        for (const Epic* e : epicsInRankOrder(ws))
            if (epicIds.count(e->id) > 0)
                out.epics.push_back(e);
    }
    return out;
}

} // namespace

Selected resolve(const Workspace& ws, const Selection& selection) {
    Selected out = resolveLists(ws, selection);
    for (const Epic* e : out.epics)
        out.epicById.emplace(e->id, e);
    return out;
}

} // namespace storyloom::jira
