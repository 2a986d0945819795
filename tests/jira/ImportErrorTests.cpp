#include "ImportTestSupport.h"

#include "Builders.h"

#include <nlohmann/json.hpp>

using namespace storyloom;
using namespace storyloom::test;

namespace {

ExchangeError jsonError(const std::string& text) {
    return errorOf([&] { importJson(text, {}, "bad.json"); });
}

ExchangeError csvError(const std::string& text) {
    return errorOf([&] { importCsv(text, {}, "bad.csv"); });
}

void checkPlace(const ExchangeError& e, const std::string& file, int line, int column) {
    INFO(e.what());
    CHECK(e.file() == file);
    CHECK(e.line() == line);
    CHECK(e.column() == column);
    CHECK(contains(e.what(), "\"" + file + "\""));
    CHECK(contains(e.what(), "line " + std::to_string(line)));
}

} // namespace

TEST_CASE("jira json: malformed JSON names the file, line and column") {
    checkPlace(jsonError("{\"projects\": [\n  {\"key\": \"AB\",}\n]}"), "bad.json", 2, 16);
    checkPlace(jsonError("{\"projects\": [{\"key\": \"AB\", \"issues\": [{\"summary\": \"x\""), "bad.json", 1,
               55);
    checkPlace(jsonError(""), "bad.json", 1, 1);
}

TEST_CASE("jira json: a key given twice is reported at the second one") {
    const auto e = jsonError("{\"projects\": [{\"key\": \"AB\",\n \"key\": \"CD\", \"issues\": []}]}");
    checkPlace(e, "bad.json", 2, 9);
    CHECK(contains(e.what(), "twice"));
    CHECK(e.where() == "projects[0].key");
}

TEST_CASE("jira json: nesting deeper than the limit is refused, not followed") {
    const std::string deep = "{\"projects\": [{\"issues\": [{\"summary\": " + std::string(100000, '[') +
                             std::string(100000, ']') + "}]}]}";
    const auto e = jsonError(deep);
    CHECK(e.line() == 1);
    CHECK(contains(e.what(), "deep"));
}

TEST_CASE("jira json: ill-formed UTF-8 is refused with its place") {
    checkPlace(jsonError("{\"projects\": [{\"key\": \"AB\",\n \"name\": \"caf\xC3\x28\"}]}"), "bad.json", 2,
               14);
}

TEST_CASE("jira json: values of the wrong type name the path, line and column") {
    SECTION("summary") {
        const auto e = jsonError(
            "{\"projects\":[{\"key\":\"AB\",\"issues\":[\n{\"externalId\":\"1\",\"summary\":7}]}]}");
        checkPlace(e, "bad.json", 2, 29);
        CHECK(contains(e.what(), "projects[0].issues[0].summary"));
        CHECK(contains(e.what(), "must be text"));
    }
    SECTION("labels") {
        const auto e = jsonError("{\"projects\":[{\"key\":\"AB\",\"issues\":[{\"summary\":\"s\",\n  "
                                 "\"labels\":[\"a\", {\"b\":1}]}]}]}");
        checkPlace(e, "bad.json", 2, 18);
        CHECK(contains(e.what(), "labels[1]"));
    }
    SECTION("projects") {
        checkPlace(jsonError("{\"projects\": {}}"), "bad.json", 1, 14);
    }
    SECTION("the document") {
        const auto e = jsonError("[1, 2]");
        CHECK(e.file() == "bad.json");
        CHECK(contains(e.what(), "\"projects\""));
    }
    SECTION("story points") {
        const auto e = jsonError(
            "{\"projects\":[{\"key\":\"AB\",\"issues\":[{\"summary\":\"s\",\"customFieldValues\":[\n"
            "{\"fieldName\":\"Story Points\",\"value\":\"lots\"}]}]}]}");
        checkPlace(e, "bad.json", 2, 37);
        CHECK(contains(e.what(), "\"lots\""));
    }
    SECTION("an externalId") {
        const auto e = jsonError(
            "{\"projects\":[{\"key\":\"AB\",\"issues\":[{\"summary\":\"s\",\"externalId\":true}]}]}");
        CHECK(contains(e.what(), "externalId must be text or a whole number"));
    }
}

TEST_CASE("jira json: an issue without a summary is refused at the issue") {
    const auto e = jsonError("{\"projects\":[{\"key\":\"AB\",\"issues\":[\n  {\"externalId\":\"7\"}]}]}");
    checkPlace(e, "bad.json", 2, 3);
    CHECK(contains(e.what(), "externalId 7"));
    CHECK(contains(e.what(), "no summary"));
}

TEST_CASE("jira json: two issues with one externalId are refused, naming both lines") {
    const auto e =
        jsonError("{\"projects\":[{\"key\":\"AB\",\"issues\":[\n{\"externalId\":\"1\",\"summary\":\"a\"},\n"
                  "{\"externalId\":\"1\",\"summary\":\"b\"}]}]}");
    checkPlace(e, "bad.json", 3, 15);
    CHECK(contains(e.what(), "line 2"));
}

TEST_CASE("jira json: a link to an externalId that is not in the file is refused at the link") {
    const auto e =
        jsonError("{\"projects\":[{\"key\":\"AB\",\"issues\":[{\"externalId\":\"1\",\"summary\":\"a\"}]}],\n"
                  "\"links\":[{\"name\":\"Blocks\",\"sourceId\":\"1\",\"destinationId\":\"9\"}]}");
    checkPlace(e, "bad.json", 2, 58);
    CHECK(contains(e.what(), "links[0].destinationId"));
}

TEST_CASE("jira json: a project key Jira would not accept is refused for a new workspace") {
    const auto e = jsonError("{\"projects\":[{\"key\":\"shop-1\",\"issues\":[{\"summary\":\"a\"}]}]}");
    CHECK(contains(e.what(), "\"shop-1\""));
    CHECK(contains(e.what(), "project key"));
    const auto none = jsonError("{\"projects\":[{\"issues\":[{\"summary\":\"a\"}]}]}");
    CHECK(contains(none.what(), "no Jira project key"));
}

TEST_CASE("jira json: an acceptance criterion with a malformed WCAG reference is refused naming the issue") {
    const std::string text =
        "{\"projects\":[{\"key\":\"AB\",\"issues\":[\n{\"externalId\":\"5\",\"summary\":\"a\","
        "\"description\":\"h3. Acceptance criteria\\n\\n* (x) Contrast _(Accessibility, WCAG "
        "one)_\"}]}]}";
    const auto e = jsonError(text);
    CHECK(e.line() == 2);
    CHECK(contains(e.what(), "id 5 \"a\""));
    CHECK(contains(e.what(), "WCAG"));
}

TEST_CASE("jira json: a 10 MB summary is read whole, and hostile text survives") {
    std::string text =
        "{\"projects\":[{\"key\":\"AB\",\"issues\":[{\"summary\":\"" + std::string(10'000'000, 'x') + "\"}";
    for (const auto& hostile : hostileStrings())
        text += ",{\"summary\":" + nlohmann::json(hostile).dump() + ",\"labels\":[" +
                nlohmann::json(hostile).dump() + "]}";
    text += "]}]}";
    const auto ws = importJson(text).workspace;
    CHECK(ws.stories.at(0).title.size() == 10'000'000);
    for (std::size_t i = 0; i < hostileStrings().size(); ++i) {
        CHECK(ws.stories.at(i + 1).title == hostileStrings()[i]);
        CHECK(ws.stories.at(i + 1).labels.at(0) == hostileStrings()[i]);
    }
}

TEST_CASE("jira csv: a file without a Summary column is refused at line 1") {
    const auto e = csvError("Issue key,Title\nAB-1,x\n");
    checkPlace(e, "bad.csv", 1, 1);
    CHECK(contains(e.what(), "Summary"));
    CHECK(contains(csvError("").what(), "empty"));
}

TEST_CASE("jira csv: a record with the wrong number of cells is refused with its line and column") {
    const auto more = csvError("Summary,Issue key\na,AB-1\nb,AB-2,extra\n");
    checkPlace(more, "bad.csv", 3, 8);
    CHECK(contains(more.what(), "3 cells"));
    checkPlace(csvError("Summary,Issue key\na\n"), "bad.csv", 2, 1);
}

TEST_CASE("jira csv: an unterminated quote is refused where it opens") {
    const auto e = csvError("Summary,Description,Issue key\na,\"never\nclosed,AB-1\n");
    checkPlace(e, "bad.csv", 2, 3);
}

TEST_CASE("jira csv: story points that are not a number name the cell") {
    const auto e = csvError("Summary,Issue key,Story Points\na,AB-1,3\nb,AB-2,many\n");
    checkPlace(e, "bad.csv", 3, 8);
    CHECK(contains(e.what(), "\"many\""));
}

TEST_CASE("jira csv: an empty summary names the cell") {
    checkPlace(csvError("Issue key,Summary\nAB-1,  \n"), "bad.csv", 2, 6);
}

TEST_CASE("jira csv: two rows with one issue key are refused, naming both") {
    const auto e = csvError("Summary,Issue key\na,AB-1\nb,AB-1\n");
    CHECK(e.line() == 3);
    CHECK(contains(e.what(), "line 2"));
}

TEST_CASE("jira csv: ill-formed UTF-8 and a 10 MB cell") {
    checkPlace(csvError("Summary,Issue key\n\xC0\xAF,AB-1\n"), "bad.csv", 2, 1);
    const auto ws = importCsv("Summary,Issue key\n\"" + std::string(10'000'000, 'y') + "\",AB-1\n").workspace;
    CHECK(ws.stories.at(0).title.size() == 10'000'000);
}
