#include "JiraProfile.h"

#include "domain/Workspace.h"
#include "exchange/ExchangeError.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>

namespace storyloom::jira {
namespace {

using nlohmann::json;

constexpr std::array<StoryStatus, 6> kStatuses{StoryStatus::Draft, StoryStatus::Refined,
                                               StoryStatus::Ready, StoryStatus::InProgress,
                                               StoryStatus::Done,  StoryStatus::WontDo};
constexpr std::array<Moscow, 4> kMoscows{Moscow::Must, Moscow::Should, Moscow::Could, Moscow::Wont};

std::map<Moscow, std::string> defaultPriorities() {
    return {{Moscow::Must, "Highest"},
            {Moscow::Should, "High"},
            {Moscow::Could, "Low"},
            {Moscow::Wont, "Lowest"}};
}

std::string siteId(Site s) {
    return s == Site::Cloud ? "cloud" : "data-center";
}
std::string linkingId(EpicLinking e) {
    return e == EpicLinking::EpicLink ? "epic-link" : "parent";
}
std::string criteriaId(CriteriaLocation c) {
    return c == CriteriaLocation::Description ? "description" : "custom-field";
}
std::string labelSpacesId(LabelSpaces l) {
    return l == LabelSpaces::Error ? "error" : "hyphenate";
}

[[noreturn]] void badField(const std::string& profile, const std::string& field, const std::string& problem) {
    throw ExchangeError("The Jira profile \"" + profile + "\" in the workspace setting \"" +
                            std::string(kProfilesSetting) + "\" has a bad \"" + field + "\": " + problem +
                            ". Correct it in the export settings or remove the profile.",
                        {}, 0, 0, field);
}

std::string readString(const json& o, const std::string& profile, const char* field, std::string fallback) {
    const auto it = o.find(field);
    if (it == o.end())
        return fallback;
    if (!it->is_string())
        badField(profile, field, "it must be text");
    return it->get<std::string>();
}

/// Reads a member whose value is one of two identifiers.
template <typename E>
E readChoice(const json& o, const std::string& profile, const char* field, E fallback, std::string_view first,
             E firstValue, std::string_view second, E secondValue) {
    const std::string text = readString(o, profile, field, {});
    if (o.find(field) == o.end())
        return fallback;
    if (text == first)
        return firstValue;
    if (text == second)
        return secondValue;
    badField(profile, field,
             "\"" + text + "\" is neither \"" + std::string(first) + "\" nor \"" + std::string(second) +
                 "\"");
}

template <typename E, typename Parse>
std::map<E, std::string> readMap(const json& o, const std::string& profile, const char* field,
                                 std::map<E, std::string> fallback, Parse parse) {
    const auto it = o.find(field);
    if (it == o.end())
        return fallback;
    if (!it->is_object())
        badField(profile, field, "it must be an object of names");
    std::map<E, std::string> out;
    for (const auto& [k, v] : it->items()) {
        const auto key = parse(k);
        if (!key)
            badField(profile, std::string(field) + "." + k, "\"" + k + "\" is not a Storyloom value");
        if (!v.is_string() || v.template get<std::string>().empty())
            badField(profile, std::string(field) + "." + k, "it must be a non-empty Jira name");
        out[*key] = v.template get<std::string>();
    }
    return out;
}

Profile profileFromJson(const json& o, std::size_t index) {
    const std::string fallbackName = "#" + std::to_string(index + 1);
    if (!o.is_object())
        badField(fallbackName, "profile", "each profile must be a JSON object");
    const auto nameIt = o.find("name");
    if (nameIt == o.end() || !nameIt->is_string() || nameIt->get<std::string>().empty())
        badField(fallbackName, "name", "every profile needs a non-empty name");
    Profile p;
    p.name = nameIt->get<std::string>();
    const std::string& n = p.name;
    static const std::array<std::string_view, 15> kKnown{"epicNameFieldId",
                                                         "name",
                                                         "site",
                                                         "epicLinking",
                                                         "epicType",
                                                         "storyType",
                                                         "storyPointsField",
                                                         "storyPointsFieldId",
                                                         "epicLinkFieldId",
                                                         "criteriaLocation",
                                                         "criteriaField",
                                                         "criteriaFieldId",
                                                         "statuses",
                                                         "priorities",
                                                         "labelSpaces"};
    for (const auto& [k, v] : o.items()) {
        if (std::find(kKnown.begin(), kKnown.end(), k) == kKnown.end())
            badField(n, k, "Storyloom does not know this field");
    }
    p.site = readChoice(o, n, "site", p.site, "cloud", Site::Cloud, "data-center", Site::DataCenter);
    p.epicLinking = readChoice(o, n, "epicLinking", p.epicLinking, "epic-link", EpicLinking::EpicLink,
                               "parent", EpicLinking::Parent);
    p.epicType = readString(o, n, "epicType", p.epicType);
    p.storyType = readString(o, n, "storyType", p.storyType);
    p.storyPointsField = readString(o, n, "storyPointsField", p.storyPointsField);
    p.storyPointsFieldId = readString(o, n, "storyPointsFieldId", p.storyPointsFieldId);
    p.epicLinkFieldId = readString(o, n, "epicLinkFieldId", p.epicLinkFieldId);
    p.epicNameFieldId = readString(o, n, "epicNameFieldId", p.epicNameFieldId);
    p.criteriaLocation =
        readChoice(o, n, "criteriaLocation", p.criteriaLocation, "description", CriteriaLocation::Description,
                   "custom-field", CriteriaLocation::CustomField);
    p.criteriaField = readString(o, n, "criteriaField", p.criteriaField);
    p.criteriaFieldId = readString(o, n, "criteriaFieldId", p.criteriaFieldId);
    p.statuses =
        readMap(o, n, "statuses", p.statuses, [](std::string_view t) { return parseStoryStatus(t); });
    p.priorities = readMap(o, n, "priorities", p.priorities, [](std::string_view t) {
        const auto m = parseMoscow(t);
        return m == Moscow::Unset ? std::nullopt : m;
    });
    p.labelSpaces = readChoice(o, n, "labelSpaces", p.labelSpaces, "error", LabelSpaces::Error, "hyphenate",
                               LabelSpaces::Hyphenate);
    if (p.epicType.empty())
        badField(n, "epicType", "the epic issue type name is empty");
    if (p.storyType.empty())
        badField(n, "storyType", "the story issue type name is empty");
    if (p.storyPointsField.empty())
        badField(n, "storyPointsField", "the story points field name is empty");
    if (p.criteriaLocation == CriteriaLocation::CustomField && p.criteriaField.empty())
        badField(n, "criteriaField", "acceptance criteria go to a custom field, but its name is empty");
    return p;
}

} // namespace

std::vector<Profile> presets() {
    Profile company;
    company.name = std::string(kCloudCompanyManaged);
    company.site = Site::Cloud;
    company.epicLinking = EpicLinking::EpicLink;
    company.storyPointsField = "Story Points";
    company.storyPointsFieldId = "customfield_10016";
    company.priorities = defaultPriorities();

    Profile team = company;
    team.name = std::string(kCloudTeamManaged);
    team.epicLinking = EpicLinking::Parent;
    team.storyPointsField = "Story point estimate";

    Profile dc = company;
    dc.name = std::string(kDataCenter);
    dc.site = Site::DataCenter;
    dc.storyPointsField = "Story Points";
    dc.storyPointsFieldId = "customfield_10106";
    dc.epicLinkFieldId = "customfield_10101";
    dc.epicNameFieldId = "customfield_10102";
    return {company, team, dc};
}

std::string profilesToJson(const std::vector<Profile>& profiles) {
    json out = json::array();
    for (const Profile& p : profiles) {
        json o = json::object();
        o["name"] = p.name;
        o["site"] = siteId(p.site);
        o["epicLinking"] = linkingId(p.epicLinking);
        o["epicType"] = p.epicType;
        o["storyType"] = p.storyType;
        o["storyPointsField"] = p.storyPointsField;
        o["storyPointsFieldId"] = p.storyPointsFieldId;
        o["epicLinkFieldId"] = p.epicLinkFieldId;
        o["epicNameFieldId"] = p.epicNameFieldId;
        o["criteriaLocation"] = criteriaId(p.criteriaLocation);
        o["criteriaField"] = p.criteriaField;
        o["criteriaFieldId"] = p.criteriaFieldId;
        json statuses = json::object();
        for (StoryStatus s : kStatuses)
            if (const auto it = p.statuses.find(s); it != p.statuses.end())
                statuses[std::string(toId(s))] = it->second;
        o["statuses"] = statuses;
        json priorities = json::object();
        for (Moscow m : kMoscows)
            if (const auto it = p.priorities.find(m); it != p.priorities.end())
                priorities[std::string(toId(m))] = it->second;
        o["priorities"] = priorities;
        o["labelSpaces"] = labelSpacesId(p.labelSpaces);
        out.push_back(std::move(o));
    }
    return out.dump(2);
}

std::vector<Profile> profilesFromJson(std::string_view text) {
    json doc;
    try {
        doc = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        throw ExchangeError("The workspace setting \"" + std::string(kProfilesSetting) +
                                "\" is not valid JSON (" + e.what() +
                                "). Recreate the Jira profiles in the export settings.",
                            {}, 0, 0, std::string(kProfilesSetting));
    }
    if (!doc.is_array())
        throw ExchangeError("The workspace setting \"" + std::string(kProfilesSetting) +
                                "\" must be a JSON array of profiles. Recreate the Jira profiles in the "
                                "export settings.",
                            {}, 0, 0, std::string(kProfilesSetting));
    std::vector<Profile> out;
    for (std::size_t i = 0; i < doc.size(); ++i) {
        Profile p = profileFromJson(doc[i], i);
        for (const Profile& earlier : out)
            if (earlier.name == p.name)
                badField(p.name, "name", "two profiles have this name");
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<Profile> availableProfiles(const Workspace& workspace) {
    std::vector<Profile> out = presets();
    const auto it = workspace.settings.find(std::string(kProfilesSetting));
    if (it == workspace.settings.end())
        return out;
    for (Profile& saved : profilesFromJson(it->second)) {
        auto same =
            std::find_if(out.begin(), out.end(), [&](const Profile& p) { return p.name == saved.name; });
        if (same != out.end())
            *same = std::move(saved);
        else
            out.push_back(std::move(saved));
    }
    return out;
}

Profile findProfile(const Workspace& workspace, const std::optional<std::string>& name) {
    const std::vector<Profile> profiles = availableProfiles(workspace);
    std::string wanted;
    if (name) {
        wanted = *name;
    } else if (const auto it = workspace.settings.find(std::string(kActiveProfileSetting));
               it != workspace.settings.end() && !it->second.empty()) {
        wanted = it->second;
    } else {
        return profiles.front();
    }
    for (const Profile& p : profiles)
        if (p.name == wanted)
            return p;
    std::string names;
    for (const Profile& p : profiles)
        names += (names.empty() ? "\"" : ", \"") + p.name + "\"";
    throw ExchangeError("There is no Jira profile called \"" + wanted + "\". Use one of " + names + ".", {},
                        0, 0, wanted);
}

void saveProfiles(Workspace& workspace, const std::vector<Profile>& profiles, const std::string& activeName) {
    workspace.settings[std::string(kProfilesSetting)] = profilesToJson(profiles);
    workspace.settings[std::string(kActiveProfileSetting)] = activeName;
}

} // namespace storyloom::jira
