#include "ExportTestSupport.h"

#include "exchange/ExchangeError.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::jira;

namespace {

std::string profileError(const std::string& text) {
    try {
        profilesFromJson(text);
    } catch (const ExchangeError& e) {
        return e.what();
    }
    FAIL("the profiles were read without an error");
    return {};
}

} // namespace

TEST_CASE("the three presets target company-managed, team-managed and Data Center projects") {
    const auto p = presets();
    REQUIRE(p.size() == 3);
    CHECK(p[0].name == "Jira Cloud (company-managed)");
    CHECK(p[0].site == Site::Cloud);
    CHECK(p[0].epicLinking == EpicLinking::EpicLink);
    CHECK(p[0].storyPointsField == "Story Points");
    CHECK(p[0].storyPointsFieldId == "customfield_10016");
    CHECK(p[1].name == "Jira Cloud (team-managed)");
    CHECK(p[1].epicLinking == EpicLinking::Parent);
    CHECK(p[1].storyPointsField == "Story point estimate");
    CHECK(p[2].name == "Jira Data Center");
    CHECK(p[2].site == Site::DataCenter);
    CHECK(p[2].epicLinking == EpicLinking::EpicLink);
    for (const Profile& profile : p) {
        CHECK_FALSE(profile.exportsStatuses()); // unknown statuses fail imports: off by default
        CHECK(profile.priorities.at(Moscow::Must) == "Highest");
        CHECK(profile.priorities.count(Moscow::Unset) == 0);
        CHECK(profile.criteriaLocation == CriteriaLocation::Description);
        CHECK(profile.epicType == "Epic");
        CHECK(profile.storyType == "Story");
    }
}

TEST_CASE("profiles survive a round trip through the workspace settings") {
    Workspace ws = test::sampleWorkspace();
    Profile custom = presets()[2];
    custom.name = "Our DC";
    custom.storyPointsField = "Estimate";
    custom.statuses = {{StoryStatus::Ready, "Selected for Development"}, {StoryStatus::Done, "Done"}};
    custom.priorities = {{Moscow::Must, "Blocker"}};
    custom.criteriaLocation = CriteriaLocation::CustomField;
    custom.criteriaField = "Acceptance Criteria";
    custom.criteriaFieldId = "customfield_10200";
    custom.labelSpaces = LabelSpaces::Hyphenate;
    saveProfiles(ws, {custom}, "Our DC");
    CHECK(ws.settings.at("jira.profile") == "Our DC");
    CHECK(profilesFromJson(ws.settings.at("jira.profiles")) == std::vector<Profile>{custom});
    CHECK(findProfile(ws, std::nullopt) == custom);
    CHECK(findProfile(ws, std::string("Jira Data Center")) == presets()[2]);
    CHECK(availableProfiles(ws).size() == 4);
}

TEST_CASE("a saved profile with a preset's name replaces the preset") {
    Workspace ws;
    Profile changed = presets()[0];
    changed.storyPointsFieldId = "customfield_10028";
    saveProfiles(ws, {changed}, changed.name);
    CHECK(availableProfiles(ws).size() == 3);
    CHECK(findProfile(ws, std::nullopt).storyPointsFieldId == "customfield_10028");
}

TEST_CASE("without saved profiles the first preset is used, and unknown names are listed") {
    Workspace ws;
    CHECK(findProfile(ws, std::nullopt) == presets()[0]);
    try {
        findProfile(ws, std::string("Nope"));
        FAIL("an unknown profile was accepted");
    } catch (const ExchangeError& e) {
        CHECK(std::string(e.what()).find("\"Nope\"") != std::string::npos);
        CHECK(std::string(e.what()).find("\"Jira Data Center\"") != std::string::npos);
    }
}

TEST_CASE("members left out of a saved profile keep their defaults") {
    const auto profiles = profilesFromJson(R"([{"name":"Mini","statuses":{"ready":"To Do"}}])");
    REQUIRE(profiles.size() == 1);
    CHECK(profiles[0].storyPointsField == "Story Points");
    CHECK(profiles[0].statuses.at(StoryStatus::Ready) == "To Do");
}

TEST_CASE("profile errors name the profile and the field") {
    const std::string badSite = profileError(R"([{"name":"Ours","site":"moon"}])");
    CHECK(badSite.find("\"Ours\"") != std::string::npos);
    CHECK(badSite.find("\"site\"") != std::string::npos);
    CHECK(badSite.find("moon") != std::string::npos);
    const std::string badStatus = profileError(R"([{"name":"Ours","statuses":{"almost":"Done"}}])");
    CHECK(badStatus.find("\"statuses.almost\"") != std::string::npos);
    const std::string emptyPriority = profileError(R"([{"name":"Ours","priorities":{"must":""}}])");
    CHECK(emptyPriority.find("\"priorities.must\"") != std::string::npos);
    const std::string wrongType = profileError(R"([{"name":"Ours","storyPointsField":5}])");
    CHECK(wrongType.find("\"storyPointsField\"") != std::string::npos);
    const std::string unknown = profileError(R"([{"name":"Ours","colour":"red"}])");
    CHECK(unknown.find("\"colour\"") != std::string::npos);
    const std::string noName = profileError(R"([{"site":"cloud"}])");
    CHECK(noName.find("\"#1\"") != std::string::npos);
    CHECK(noName.find("\"name\"") != std::string::npos);
    const std::string noField = profileError(R"([{"name":"Ours","criteriaLocation":"custom-field"}])");
    CHECK(noField.find("\"criteriaField\"") != std::string::npos);
    CHECK(profileError("[{").find("not valid JSON") != std::string::npos);
    CHECK(profileError(R"([{"name":"A"},{"name":"A"}])").find("two profiles") != std::string::npos);
}
