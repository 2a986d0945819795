#include "ExportTestSupport.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::jira;

namespace {

std::vector<jira::Problem> problemsFor(const Workspace& ws, const ExportRequest& request,
                                       const std::string& key) {
    std::vector<jira::Problem> out;
    for (const jira::Problem& p : validate(ws, request))
        if (p.key == key)
            out.push_back(p);
    return out;
}

bool mentions(const std::vector<jira::Problem>& problems, Severity severity, const std::string& fragment) {
    return std::any_of(problems.begin(), problems.end(), [&](const jira::Problem& p) {
        return p.severity == severity && p.message.find(fragment) != std::string::npos;
    });
}

Story& firstStory(Workspace& ws) {
    return ws.stories.front();
}

} // namespace

TEST_CASE("the sample and demo workspaces export without problems") {
    CHECK(validate(test::sampleWorkspace(), test::exportRequest()).empty());
    CHECK(validate(test::demoWorkspace(), test::exportRequest()).empty());
}

TEST_CASE("a title longer than 255 characters is an error; 255 is fine") {
    Workspace ws = test::sampleWorkspace();
    Story& s = firstStory(ws);
    s.title = std::string(255, 'x');
    CHECK(problemsFor(ws, test::exportRequest(), s.key).empty());
    s.title = std::string(256, 'x');
    CHECK(mentions(problemsFor(ws, test::exportRequest(), s.key), Severity::Error, "256 characters"));
    // Jira counts UTF-16 units: 128 emoji are 256 of them
    s.title.clear();
    for (int i = 0; i < 128; ++i)
        s.title += "\xF0\x9F\x98\x80";
    CHECK(mentions(problemsFor(ws, test::exportRequest(), s.key), Severity::Error, "256 characters"));
}

TEST_CASE("an empty title is an error because Jira needs a summary") {
    Workspace ws = test::sampleWorkspace();
    ws.epics.front().title = "  ";
    CHECK(mentions(problemsFor(ws, test::exportRequest(), ws.epics.front().key), Severity::Error, "empty"));
}

TEST_CASE("a description longer than 32,767 characters in Jira is an error") {
    Workspace ws = test::sampleWorkspace();
    Story& s = firstStory(ws);
    s.asA.clear();
    s.iWant.clear();
    s.soThat.clear();
    s.criteria.clear();
    s.description = std::string(32767, 'a');
    CHECK(problemsFor(ws, test::exportRequest(), s.key).empty());
    s.description = std::string(32766, 'a') + "*"; // escaping makes it 32,768
    CHECK(mentions(problemsFor(ws, test::exportRequest(), s.key), Severity::Error, "32768"));
}

TEST_CASE("a label with a space is an error unless the profile replaces spaces") {
    Workspace ws = test::sampleWorkspace();
    Story& s = firstStory(ws);
    s.labels = {"quick win"};
    ExportRequest request = test::exportRequest();
    CHECK(mentions(problemsFor(ws, request, s.key), Severity::Error, "\"quick win\""));
    request.profile.labelSpaces = LabelSpaces::Hyphenate;
    CHECK(problemsFor(ws, request, s.key).empty());
    CHECK(exportedLabels(s.labels, request.profile) == std::vector<std::string>{"quick-win"});
}

TEST_CASE("two items that would get the same issue id are an error") {
    Workspace ws = test::sampleWorkspace();
    ws.stories[1].key = ws.projectKey + "-" + std::to_string(keyNumber(ws.stories[0].key)) + "0";
    ws.stories[2].key = ws.stories[1].key; // a broken workspace: the same number twice
    const auto problems = problemsFor(ws, test::exportRequest(), ws.stories[2].key);
    CHECK(mentions(problems, Severity::Error, "issue id " + std::to_string(keyNumber(ws.stories[1].key))));
}

TEST_CASE("a story whose epic is not exported is a warning") {
    Workspace ws = test::sampleWorkspace();
    const Story& child =
        *std::find_if(ws.stories.begin(), ws.stories.end(), [](const Story& s) { return s.epicId; });
    ExportRequest request = test::exportRequest();
    request.selection = Selection::stories({child.id}, false);
    const auto problems = problemsFor(ws, request, child.key);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].severity == Severity::Warning);
    CHECK(problems[0].message.find(ws.findEpic(*child.epicId)->key) != std::string::npos);
    CHECK_FALSE(hasErrors(problems));
}

TEST_CASE("an unmapped status is an error only when the profile exports statuses") {
    Workspace ws = test::sampleWorkspace();
    Story& s = firstStory(ws);
    s.status = StoryStatus::Refined;
    ExportRequest request = test::exportRequest();
    CHECK(problemsFor(ws, request, s.key).empty());
    request.profile.statuses[StoryStatus::Ready] = "Selected for Development";
    CHECK(mentions(problemsFor(ws, request, s.key), Severity::Error, "\"Refined\""));
    request.profile.statuses[StoryStatus::Refined] = "Backlog";
    CHECK(problemsFor(ws, request, s.key).empty());
}

TEST_CASE("two epics with the same title are a warning when stories link by Epic Name") {
    Workspace ws = test::sampleWorkspace();
    REQUIRE(ws.epics.size() >= 2);
    ws.epics[1].title = ws.epics[0].title;
    const auto all = validate(ws, test::exportRequest());
    CHECK(std::count_if(all.begin(), all.end(),
                        [](const jira::Problem& p) { return p.severity == Severity::Warning; }) == 1);
    CHECK(validate(ws, test::exportRequest("Jira Cloud (team-managed)")).empty());
}
