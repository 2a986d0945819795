#include "ExchangeTestSupport.h"

using namespace storyloom;
using test::contains;
using test::readError;
using test::textOf;

TEST_CASE("malformed JSON is reported with the file, line and column") {
    const std::string text = "{\n"
                             "  \"format\": \"storyloom-workspace\",\n"
                             "  \"formatVersion\": 1,\n"
                             "  \"workspace\": {\"productName\": \"Café\" \"projectKey\": \"X\"}\n"
                             "}\n";
    const auto e = readError(text, "broken.json");
    CHECK(e.file() == "broken.json");
    CHECK(e.line() == 4);
    // The position is the start of the unexpected token; the column counts characters, so "é" (two
    // bytes) counts once.
    CHECK(e.column() == 39);
    const std::string message = e.what();
    CHECK(contains(message, "Cannot read \"broken.json\": the text is not valid JSON at line 4, column 39: "
                            "expected ',' or '}' after an object member, found '\"projectKey\"'."));
    CHECK_FALSE(contains(message, "json.exception"));
}

TEST_CASE("a file cut short is reported at its end") {
    const std::string text = nativejson::write(test::sampleWorkspace());
    const auto e = readError(text.substr(0, text.size() - 4), "short.json");
    const long lines = std::count(text.begin(), text.end(), '\n');
    CHECK(e.line() == lines - 1);
    CHECK(contains(e.what(), "short.json"));
}

TEST_CASE("an empty file is malformed JSON at line 1, column 1") {
    const auto e = readError("", "empty.json");
    CHECK(e.line() == 1);
    CHECK(e.column() == 1);
}

TEST_CASE("a value of the wrong type is reported with the story key and JSON path") {
    auto doc = test::sampleDocument();
    doc["stories"][2]["title"] = 42;
    const auto e = readError(textOf(doc), "types.json");
    const std::string message = e.what();
    CHECK(contains(message, "types.json"));
    CHECK(contains(message, "SHOP-5: title must be text"));
    CHECK(contains(message, "not the whole number 42"));
    CHECK(contains(message, "(at stories[2].title)"));
    CHECK(e.where() == "stories[2].title");
}

TEST_CASE("wrong types inside lists and maps are reported with the element's path") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["labels"][1] = nullptr;
    CHECK(contains(readError(textOf(doc)).what(),
                   "SHOP-3: each label must be text (in double quotes), not null (at "
                   "stories[0].labels[1])"));
    doc = test::sampleDocument();
    doc["stories"][0]["blocks"][0] = "SHOP-4";
    CHECK(contains(readError(textOf(doc)).what(), "(at stories[0].blocks[0])"));
    doc = test::sampleDocument();
    doc["workspace"]["settings"]["scoring.framework"] = true;
    CHECK(contains(readError(textOf(doc)).what(), "(at workspace.settings[\"scoring.framework\"])"));
    doc = test::sampleDocument();
    doc["stories"][0]["inputs"]["scorecard"]["Strategic fit"] = "high";
    CHECK(contains(readError(textOf(doc)).what(), "(at stories[0].inputs.scorecard[\"Strategic fit\"])"));
    doc = test::sampleDocument();
    doc["stories"][1]["criteria"] = {{"id", 1}};
    CHECK(contains(readError(textOf(doc)).what(), "SHOP-4: criteria must be a list"));
}

TEST_CASE("points off the Fibonacci scale name the story and the path") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["points"] = 4;
    const std::string message = readError(textOf(doc), "points.json").what();
    CHECK(contains(message, "SHOP-3: points must be one of 0, 1, 2, 3, 5, 8, 13, 21, or null"));
    CHECK(contains(message, "stories[0].points"));
    CHECK(contains(message, "points.json"));
}

TEST_CASE("an unknown enum value is reported with the values that are allowed") {
    auto doc = test::sampleDocument();
    doc["stories"][1]["status"] = "finished";
    const std::string message = readError(textOf(doc), "enum.json").what();
    CHECK(contains(message, "SHOP-4: status \"finished\" is not one of draft, refined, ready, in-progress, "
                            "done or wont-do"));
    CHECK(contains(message, "(at stories[1].status)"));

    doc = test::sampleDocument();
    doc["stories"][0]["criteria"][1]["kind"] = "legal";
    CHECK(contains(readError(textOf(doc)).what(), "(at stories[0].criteria[1].kind)"));
    doc = test::sampleDocument();
    doc["stories"][0]["inputs"]["kanoFunctional"] = "love";
    CHECK(contains(readError(textOf(doc)).what(), "like, expect, neutral, tolerate, dislike or null"));
}

TEST_CASE("a date that is not a calendar date is reported with the epic key") {
    auto doc = test::sampleDocument();
    doc["epics"][0]["startDate"] = "2026-02-30";
    const std::string message = readError(textOf(doc), "dates.json").what();
    CHECK(contains(message, "SHOP-1: startDate \"2026-02-30\" is not a calendar date"));
    CHECK(contains(message, "(at epics[0].startDate)"));

    doc = test::sampleDocument();
    doc["releases"][0]["date"] = "31/03/2026";
    CHECK(contains(readError(textOf(doc)).what(), "release \"Spring release\": date \"31/03/2026\""));
    doc = test::sampleDocument();
    doc["stories"][4]["createdAt"] = "yesterday";
    CHECK(contains(readError(textOf(doc)).what(), "SHOP-7: createdAt \"yesterday\" is not a UTC time"));
}

TEST_CASE("a missing required key is named with where it should be") {
    auto doc = test::sampleDocument();
    doc["stories"][3].erase("title");
    const std::string message = readError(textOf(doc), "missing.json").what();
    CHECK(contains(message, "SHOP-6: the required key \"title\" is missing (at stories[3])"));

    doc = test::sampleDocument();
    doc["workspace"].erase("projectKey");
    CHECK(contains(readError(textOf(doc)).what(), "\"projectKey\" is missing (at workspace)"));
    doc = test::sampleDocument();
    doc.erase("workspace");
    CHECK(contains(readError(textOf(doc)).what(), "the required key \"workspace\" is missing"));
}

TEST_CASE("a misspelt key is refused rather than silently dropped") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["pionts"] = 5;
    const std::string message = readError(textOf(doc), "typo.json").what();
    CHECK(contains(message, "SHOP-3: \"pionts\" is not a key Storyloom knows here"));
    CHECK(contains(message, "(at stories[0].pionts)"));
}

TEST_CASE("a document that is not a workspace says so") {
    auto doc = test::sampleDocument();
    doc["format"] = "storyloom-backlog";
    CHECK(contains(readError(textOf(doc), "other.json").what(),
                   "Cannot read \"other.json\": it is not a Storyloom workspace file (its \"format\" is "
                   "\"storyloom-backlog\", not \"storyloom-workspace\")"));
    doc.erase("format");
    CHECK(contains(readError(textOf(doc)).what(), "it has no \"format\" key"));
    CHECK(contains(readError("[1, 2]").what(), "the document must be an object"));
    CHECK(contains(readError("{\"format\": 7}").what(), "not a Storyloom workspace file"));
}

TEST_CASE("a file from a newer Storyloom asks for an update") {
    auto doc = test::sampleDocument();
    doc["formatVersion"] = 2;
    doc["stories"][0]["somethingNew"] = true; // checked before anything else, so this is not the complaint
    const auto e = readError(textOf(doc), "future.json");
    CHECK(contains(e.what(), "Cannot read \"future.json\": it was made by a newer Storyloom"));
    CHECK(contains(e.what(), "Update Storyloom to open it."));
    CHECK(e.where() == "formatVersion");
    doc["formatVersion"] = 0;
    CHECK(contains(readError(textOf(doc)).what(), "formatVersion must be a whole number of at least 1"));
}

TEST_CASE("a workspace that breaks the domain rules lists the first problems with their keys") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["epic"] = 99;
    const std::string one = readError(textOf(doc), "rules.json").what();
    CHECK(contains(one, "Cannot read \"rules.json\": the workspace breaks 1 rule: SHOP-3 (stories[0]): the "
                        "epic does not exist."));

    doc = test::sampleDocument();
    for (auto& story : doc["stories"])
        story["title"] = "";
    doc["epics"][1]["colour"] = "green";
    const auto e = readError(textOf(doc), "rules.json");
    const std::string many = e.what();
    CHECK(contains(many, "breaks 6 rules"));
    CHECK(contains(many, "SHOP-2 (epics[1]): the colour must be #RRGGBB"));
    CHECK(contains(many, "SHOP-3 (stories[0]): the title is empty"));
    CHECK_FALSE(contains(many, "SHOP-7"));
    CHECK(contains(many, "and 1 more"));
    CHECK(e.where() == "SHOP-2");
}

TEST_CASE("messages name the file exactly as the caller gave it") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["points"] = "five";
    const auto e = readError(textOf(doc), "/home/po/Backlogs/Q3 plan.json");
    CHECK(e.file() == "/home/po/Backlogs/Q3 plan.json");
    CHECK(contains(e.what(), "Cannot read \"/home/po/Backlogs/Q3 plan.json\""));
}
