#include "ImportTestSupport.h"

using namespace storyloom;
using namespace storyloom::test;

namespace {

const Story& story(const Workspace& ws, const std::string& title) {
    for (const auto& s : ws.stories)
        if (s.title == title)
            return s;
    FAIL("no story titled " << title);
    return ws.stories.front();
}

} // namespace

TEST_CASE("jira csv: a Jira Cloud export becomes epics and stories with their fields and links") {
    const auto result = importCsv(fixture("cloud-export.csv"));
    const Workspace& ws = result.workspace;
    CHECK(ws.projectKey == "SHOP");
    CHECK(ws.productName == "Shop");
    REQUIRE(ws.epics.size() == 1);
    REQUIRE(ws.stories.size() == 3);
    const Epic& epic = ws.epics[0];
    CHECK(epic.title == "Checkout revamp");
    CHECK(epic.description == "Rework the checkout, end to end.");

    const Story& pay = story(ws, "Pay with saved card");
    CHECK(pay.epicId == epic.id); // Parent = the epic's Issue id
    CHECK(pay.status == StoryStatus::InProgress);
    CHECK(pay.moscow == Moscow::Must);
    CHECK(pay.labels == std::vector<std::string>{"payments", "cards"}); // repeated Labels columns
    CHECK(pay.points == 5);                                             // "5.0"
    CHECK(pay.asA == "returning shopper");
    CHECK(pay.iWant == "to pay with a saved card");
    REQUIRE(pay.criteria.size() == 1);
    CHECK(pay.criteria[0].text == "The card list is shown.");

    const Story& remove = story(ws, "Remove \"expired\" cards");
    CHECK(remove.epicId == epic.id); // Epic Link = the epic's key
    CHECK(remove.status == StoryStatus::Done);
    CHECK(remove.moscow == Moscow::Could);
    CHECK(remove.points == 2);

    const Story& guest = story(ws, "Guest checkout");
    CHECK_FALSE(guest.epicId);
    CHECK(guest.status == StoryStatus::Draft); // Backlog
    CHECK(guest.moscow == Moscow::Unset);
    CHECK_FALSE(guest.points);
    CHECK(pay.blocks == std::vector<Id>{remove.id});   // Outward issue link (Blocks)
    CHECK(remove.blocks == std::vector<Id>{guest.id}); // Inward issue link (Blocks) on SHOP-4
    CHECK(result.warnings.empty());
    CHECK(validate(ws).empty());
    REQUIRE(result.keys.size() == 4);
    CHECK(result.keys[2].source == "SHOP-3"); // the Jira key is the mapping's source when there is one
}

TEST_CASE("jira csv: every issue knows its line, multi-line cells counted") {
    const auto source = jira::readJiraCsv(fixture("cloud-export.csv"), "c.csv", {});
    REQUIRE(source.issues.size() == 4);
    CHECK(source.issues[0].line == 2);
    CHECK(source.issues[1].line == 3);
    CHECK(source.issues[2].line == 9); // the quoted description of the story on line 3 ends on line 8
    CHECK(source.issues[3].line == 10);
}

TEST_CASE("jira csv: Storyloom's own columns, with Epic Name and Epic Link in any order") {
    const std::string text =
        "Issue ID,Issue Type,Summary,Parent,Description,Labels,Labels,Story Points,Priority,"
        "Epic Name,Epic Link\r\n"
        "1,Epic,Checkout,,,,,,,Checkout,\r\n"
        "3,Story,Pay,,\"*I want* to pay\",a,b,8,Highest,,Checkout\r\n";
    const auto ws = importCsv(text,
                              [] {
                                  jira::ImportOptions o;
                                  o.projectKey = "SHOP";
                                  return o;
                              }())
                        .workspace;
    REQUIRE(ws.stories.size() == 1);
    CHECK(ws.stories[0].epicId == ws.epics.at(0).id);
    CHECK(ws.stories[0].iWant == "to pay");
    CHECK(ws.stories[0].labels == std::vector<std::string>{"a", "b"});
    CHECK(ws.stories[0].points == 8);
    CHECK(ws.stories[0].moscow == Moscow::Must);
    CHECK(ws.productName == "SHOP");
}

TEST_CASE("jira csv: headers match whatever their case and surrounding spaces") {
    const auto ws = importCsv(" SUMMARY ,issue KEY, custom field (story points) \nx,AB-7,3\n").workspace;
    CHECK(ws.projectKey == "AB"); // from the issue keys when there is no Project key column
    CHECK(ws.stories.at(0).points == 3);
}

TEST_CASE("jira csv: a leading apostrophe that neutralised a formula is removed once, nothing else") {
    const std::string text = "Summary,Labels,Labels,Labels,Description\n"
                             "'=SUM(A1),'+x,'-y,'@z,\"'\tTab\"\n"
                             "'''quoted,'plain,'',o'clock,''=x\n";
    const auto ws = importCsv(text,
                              [] {
                                  jira::ImportOptions o;
                                  o.projectKey = "AB";
                                  return o;
                              }())
                        .workspace;
    REQUIRE(ws.stories.size() == 2);
    CHECK(ws.stories[0].title == "=SUM(A1)");
    CHECK(ws.stories[0].labels == std::vector<std::string>{"+x", "-y", "@z"});
    CHECK(ws.stories[0].description == "\tTab");
    CHECK(ws.stories[1].title == "''quoted");
    CHECK(ws.stories[1].labels == std::vector<std::string>{"'plain", "'", "o'clock"});
    CHECK(ws.stories[1].description == "'=x");

    jira::ImportOptions keep;
    keep.projectKey = "AB";
    keep.removeFormulaApostrophe = false;
    CHECK(importCsv(text, keep).workspace.stories[0].title == "'=SUM(A1)");
}

TEST_CASE("jira csv: acceptance criteria from a custom field column") {
    jira::ImportOptions options;
    options.projectKey = "AB";
    options.criteriaField = "Acceptance Criteria";
    const std::string text = "Summary,Description,Custom field (Acceptance Criteria)\n"
                             "s,\"*As a* user\",\"* (/) It works _(Functional)_\"\n"
                             "t,,\"free prose\"\n";
    const auto result = importCsv(text, options);
    const auto& ws = result.workspace;
    CHECK(ws.stories[0].asA == "user");
    REQUIRE(ws.stories[0].criteria.size() == 1);
    CHECK(ws.stories[0].criteria[0].done);
    CHECK(ws.stories[1].criteria.empty());
    CHECK(ws.stories[1].description == "free prose"); // kept, with a warning
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0], "line 3"));
}
