#include "ExportTestSupport.h"

#include "exchange/jira/JiraDescription.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::jira;

namespace {

AcceptanceCriterion gwt(std::string given, std::string when, std::string then, bool done) {
    AcceptanceCriterion c;
    c.format = CriterionFormat::GivenWhenThen;
    c.given = std::move(given);
    c.when = std::move(when);
    c.then = std::move(then);
    c.done = done;
    return c;
}

AcceptanceCriterion freeText(std::string text, CriterionKind kind, std::string wcag, bool done) {
    AcceptanceCriterion c;
    c.text = std::move(text);
    c.kind = kind;
    c.wcag = std::move(wcag);
    c.done = done;
    return c;
}

/// The story of the example in docs/jira-export.md ("Description layout").
Story documentedStory() {
    Story s;
    s.key = "SHOP-9";
    s.title = "Pay with my saved card";
    s.asA = "returning shopper";
    s.iWant = "my card [ending 4417] preselected";
    s.soThat = "I pay faster";
    s.description = "Confirmed by the A/B test.\nSee *notes* - v2";
    s.criteria = {gwt("a shopper with one saved card", "they reach payment", "that card is selected", true),
                  freeText("An expired card is never preselected.", CriterionKind::Content, "", true),
                  freeText("The card radio button announces brand and expiry.", CriterionKind::Accessibility,
                           "4.1.2", false),
                  gwt("two saved cards", "they reach payment",
                      "the last-used card is selected\nand the other is listed", false)};
    return s;
}

/// The text of the code block after "### Example" in the documentation.
std::string documentedExample() {
    const std::string doc = test::readBytes(std::string(STORYLOOM_SOURCE_DIR) + "/docs/jira-export.md");
    const auto section = doc.find("### Example");
    REQUIRE(section != std::string::npos);
    const auto start = doc.find("```\n", section);
    REQUIRE(start != std::string::npos);
    const auto end = doc.find("\n```", start + 4);
    REQUIRE(end != std::string::npos);
    return doc.substr(start + 4, end - start - 4);
}

} // namespace

TEST_CASE("the description of the documented example is exactly the documented markup") {
    CHECK(storyDescription(documentedStory(), presets().front()) == documentedExample());
}

TEST_CASE("a description leaves out the parts a story does not have") {
    const Profile profile = presets().front();
    Story s;
    CHECK(storyDescription(s, profile).empty());
    s.iWant = "to pay";
    CHECK(storyDescription(s, profile) == "*I want* to pay");
    s.description = "Why";
    CHECK(storyDescription(s, profile) == "*I want* to pay\n\nWhy");
    s.iWant.clear();
    s.criteria = {freeText("", CriterionKind::Functional, "", false)};
    CHECK(storyDescription(s, profile) == "Why\n\nh3. Acceptance criteria\n\n* (x)  _(Functional)_");
}

TEST_CASE("user text cannot imitate the layout's own lines") {
    const Profile profile = presets().front();
    Story s;
    s.description = "*As a* fake\nh3. Acceptance criteria\n|x|y|";
    const std::string markup = storyDescription(s, profile);
    CHECK(markup == "\\*As a\\* fake\n\\h3. Acceptance criteria\n\\|x\\|y\\|");
    CHECK(markup.find("\nh3.") == std::string::npos);
}

TEST_CASE("empty table cells are written as one space and separators in cells are escaped") {
    Story s;
    s.criteria = {gwt("a|b", "", "c", false)};
    s.criteria[0].wcag = "";
    CHECK(criteriaBlocks(s) == "||Given||When||Then||Kind||WCAG||Done||\n|a\\|b| |c|Functional| |(x)|");
}

TEST_CASE("criteria go to their own field without a heading when the profile says so") {
    Profile profile = presets().front();
    profile.criteriaLocation = CriteriaLocation::CustomField;
    profile.criteriaField = "Acceptance Criteria";
    Story s = documentedStory();
    const std::string description = storyDescription(s, profile);
    CHECK(description.find("Acceptance criteria") == std::string::npos);
    const std::string blocks = criteriaBlocks(s);
    CHECK(blocks.rfind("||Given||", 0) == 0);
    CHECK(documentedExample().find(blocks) != std::string::npos);
}

TEST_CASE("an epic's description is its escaped text") {
    Epic e;
    e.description = "h2. Goals\n- faster";
    CHECK(epicDescription(e) == "\\h2. Goals\n\\- faster");
}
