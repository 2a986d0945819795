#include "Builders.h"
#include "exchange/jira/JiraDescription.h"
#include "exchange/jira/JiraDescriptionReader.h"
#include "exchange/jira/WikiMarkup.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::jira;

namespace {

/// The example of docs/jira-export.md, "Description layout".
const std::string kExample =
    "*As a* returning shopper\n"
    "*I want* my card \\[ending 4417\\] preselected\n"
    "*So that* I pay faster\n"
    "\n"
    "Confirmed by the A/B test.\n"
    "See \\*notes\\* \\- v2\n"
    "\n"
    "h3. Acceptance criteria\n"
    "\n"
    "||Given||When||Then||Kind||WCAG||Done||\n"
    "|a shopper with one saved card|they reach payment|that card is selected|Functional| |(/)|\n"
    "\n"
    "* (/) An expired card is never preselected. _(Content)_\n"
    "* (x) The card radio button announces brand and expiry. _(Accessibility, WCAG 4.1.2)_\n"
    "\n"
    "||Given||When||Then||Kind||WCAG||Done||\n"
    "|two saved cards|they reach payment|the last-used card is selected\\\\and the other is "
    "listed|Functional| |(x)|";

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

/// A story as the export writes it, without the fields a description does not carry.
Story storyWith(std::string asA, std::string iWant, std::string soThat, std::string description,
                std::vector<AcceptanceCriterion> criteria) {
    Story s;
    s.key = "SHOP-1";
    s.title = "t";
    s.asA = std::move(asA);
    s.iWant = std::move(iWant);
    s.soThat = std::move(soThat);
    s.description = std::move(description);
    s.criteria = std::move(criteria);
    return s;
}

void checkRoundTrip(const Story& s) {
    const std::string written = storyDescription(s, presets().front());
    INFO(written);
    const StoryText read = readStoryDescription(written);
    CHECK(read.asA == s.asA);
    CHECK(read.iWant == s.iWant);
    CHECK(read.soThat == s.soThat);
    CHECK(read.description == s.description);
    CHECK(read.criteria == s.criteria);
}

} // namespace

TEST_CASE("description: the documented example reads back into every part") {
    const StoryText s = readStoryDescription(kExample);
    CHECK(s.asA == "returning shopper");
    CHECK(s.iWant == "my card [ending 4417] preselected");
    CHECK(s.soThat == "I pay faster");
    CHECK(s.description == "Confirmed by the A/B test.\nSee *notes* - v2");
    REQUIRE(s.criteria.size() == 4);
    CHECK(s.criteria[0] ==
          gwt("a shopper with one saved card", "they reach payment", "that card is selected", true));
    CHECK(s.criteria[1] ==
          freeText("An expired card is never preselected.", CriterionKind::Content, "", true));
    CHECK(s.criteria[2] == freeText("The card radio button announces brand and expiry.",
                                    CriterionKind::Accessibility, "4.1.2", false));
    CHECK(s.criteria[3] == gwt("two saved cards", "they reach payment",
                               "the last-used card is selected\nand the other is listed", false));
}

TEST_CASE("description: CR LF line ends read like LF") {
    std::string crlf;
    for (char c : kExample)
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
    CHECK(readStoryDescription(crlf).criteria.size() == 4);
    CHECK(readStoryDescription(crlf).description == "Confirmed by the A/B test.\nSee *notes* - v2");
}

TEST_CASE("description: text not in Storyloom's layout becomes the description, unescaped") {
    const auto plain = readStoryDescription("Just a note with a \\{brace\\} and &#92;n");
    CHECK(plain.description == "Just a note with a {brace} and \\n");
    CHECK(plain.asA.empty());
    CHECK(plain.criteria.empty());
    // A heading followed by a list that is not in the layout stays as written.
    const auto foreign = readStoryDescription("Intro\n\nh3. Acceptance criteria\n* works offline\n* fast");
    CHECK(foreign.description == "Intro\n\nh3. Acceptance criteria\n* works offline\n* fast");
    CHECK(foreign.criteria.empty());
    // User-story lines not followed by an empty line are not the layout either.
    const auto run = readStoryDescription("*As a* user\nmore text");
    CHECK(run.asA.empty());
    CHECK(run.description == "*As a* user\nmore text"); // wiki markup that is not escaped stays
    CHECK(readStoryDescription("").description.empty());
}

TEST_CASE("description: only some parts present") {
    const auto onlyCriteria = readStoryDescription("h3. Acceptance criteria\n\n* (x) Works _(Performance)_");
    CHECK(onlyCriteria.description.empty());
    REQUIRE(onlyCriteria.criteria.size() == 1);
    CHECK(onlyCriteria.criteria[0].kind == CriterionKind::Performance);
    const auto onlyStory = readStoryDescription("*I want* a pony");
    CHECK(onlyStory.iWant == "a pony");
    CHECK(onlyStory.description.empty());
    const auto storyAndText = readStoryDescription("*So that* x\n\n\nstarts with a blank line");
    CHECK(storyAndText.soThat == "x");
    CHECK(storyAndText.description == "\nstarts with a blank line");
}

TEST_CASE("description: criteria blocks alone, as a custom field holds them") {
    const auto blocks =
        readCriteriaBlocks("* (/) A _(Functional)_\n\n||Given||When||Then||Kind||WCAG||Done||\n"
                           "|g| |t|Content|1.4.3|(x)|");
    REQUIRE(blocks);
    REQUIRE(blocks->size() == 2);
    CHECK((*blocks)[1].when.empty());
    CHECK((*blocks)[1].wcag == "1.4.3");
    CHECK_FALSE(readCriteriaBlocks("* not a criterion"));
}

TEST_CASE("description: what the export writes reads back exactly, hostile text included") {
    checkRoundTrip(storyWith("shopper", "to pay", "I save time", "Plain text.", {}));
    checkRoundTrip(
        storyWith("", "", "", "", {freeText("only a criterion", CriterionKind::Functional, "", false)}));
    checkRoundTrip(storyWith("a", "", "c", "", {}));
    checkRoundTrip(storyWith("", "", "", "Description\n\nwith blank lines\n", {}));
    const char* tricky[] = {"h3. Acceptance criteria",
                            "* (x) fake _(Functional)_",
                            "||Given||When||Then||",
                            "*As a* spoof",
                            "back\\slash &#92; &#38; &amp;",
                            " _(Content)_ ",
                            "|pipe|cell|",
                            "line\nbreak",
                            "-- ---- {code} [x|y]",
                            "trailing ",
                            "  leading",
                            "\n"};
    for (const char* t : tricky) {
        checkRoundTrip(
            storyWith(t, t, t, t,
                      {gwt(t, t, t, true), freeText(t, CriterionKind::Accessibility, "2.4.7", false),
                       gwt("g", t, "t", false)}));
    }
    const auto& hostile = test::hostileStrings();
    for (std::size_t i = 0; i < hostile.size(); ++i) {
        const std::string& h = hostile[i];
        if (h.find('\r') != std::string::npos || h == " ")
            continue; // documented as lossy: a CR is not kept; a one-space cell reads back empty
        checkRoundTrip(
            storyWith(h, h, h, h, {gwt(h, h, h, i % 2 == 0), freeText(h, CriterionKind::Content, "", true)}));
    }
}
