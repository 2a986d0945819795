#include "exchange/ExchangeError.h"
#include "exchange/jira/CsvReader.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace storyloom;
using namespace storyloom::jira;

namespace {

std::vector<std::vector<std::string>> readAll(const std::string& text) {
    const std::string file = "t.csv";
    CsvReader reader(text, file);
    std::vector<std::vector<std::string>> rows;
    CsvRecord record;
    while (reader.next(record)) {
        rows.emplace_back();
        for (const auto& f : record.fields)
            rows.back().push_back(f.text);
    }
    return rows;
}

ExchangeError readError(const std::string& text) {
    try {
        readAll(text);
    } catch (const ExchangeError& e) {
        return e;
    }
    FAIL("no ExchangeError for: " << text);
    return ExchangeError("unreachable");
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("csv: plain fields, empty fields and every kind of line end") {
    CHECK(readAll("a,b,c\n1,,3\n") == Rows{{"a", "b", "c"}, {"1", "", "3"}});
    CHECK(readAll("a,b\r\n1,2\r\n") == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(readAll("a,b\r1,2") == Rows{{"a", "b"}, {"1", "2"}});
    CHECK(readAll("a,\n,b\n") == Rows{{"a", ""}, {"", "b"}});
    CHECK(readAll("") == Rows{});
}

TEST_CASE("csv: quoted fields keep commas, doubled quotes and line breaks exactly") {
    CHECK(readAll("\"a,b\",\"say \"\"hi\"\"\"\n") == Rows{{"a,b", "say \"hi\""}});
    CHECK(readAll("\"line 1\r\nline 2\nline 3\rend\",x\r\n") == Rows{{"line 1\r\nline 2\nline 3\rend", "x"}});
    CHECK(readAll("\"\",\"\"\"\"\n") == Rows{{"", "\""}});
    CHECK(readAll("\"last\"") == Rows{{"last"}});
}

TEST_CASE("csv: a byte order mark is skipped and blank lines between records are ignored") {
    CHECK(readAll("\xEF\xBB\xBFSummary\n\nx\n\r\n\ny\n") == Rows{{"Summary"}, {"x"}, {"y"}});
}

TEST_CASE("csv: a quote inside an unquoted field is kept as text") {
    CHECK(readAll("5\" screen,b\n") == Rows{{"5\" screen", "b"}});
}

TEST_CASE("csv: fields know the line and the column (in characters) where they start") {
    const std::string text = "h1,h2\n\"two\nlines\",\xC3\xA9t\xC3\xA9,x\n";
    const std::string file = "t.csv";
    CsvReader reader(text, file);
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.line == 1);
    CHECK(record.fields[1].column == 4);
    REQUIRE(reader.next(record));
    CHECK(record.line == 2);
    REQUIRE(record.fields.size() == 3);
    CHECK(record.fields[0].line == 2);
    CHECK(record.fields[0].column == 1);
    CHECK(record.fields[1].line == 3);
    CHECK(record.fields[1].column == 8);  // after `lines",`
    CHECK(record.fields[2].column == 12); // é counts as one character
    CHECK_FALSE(reader.next(record));
}

TEST_CASE("csv: a quote that is never closed is reported where it opens") {
    const auto e = readError("a,b\n1,\"never closed,\n2,3\n");
    CHECK(e.file() == "t.csv");
    CHECK(e.line() == 2);
    CHECK(e.column() == 3);
    const std::string message = e.what();
    CHECK(message.find("\"t.csv\"") != std::string::npos);
    CHECK(message.find("line 2, column 3") != std::string::npos);
    CHECK(message.find("never closed") != std::string::npos);
}

TEST_CASE("csv: text after a closing quote is reported at that text") {
    const auto e = readError("a\n\"ok\"x\n");
    CHECK(e.line() == 2);
    CHECK(e.column() == 5);
    CHECK(std::string(e.what()).find("after the closing quote") != std::string::npos);
}

TEST_CASE("csv: ill-formed UTF-8 is refused with its line and column, quoted or not") {
    const auto bare = readError("a,b\nx,\xFF\n");
    CHECK(bare.line() == 2);
    CHECK(bare.column() == 3);
    CHECK(std::string(bare.what()).find("0xFF") != std::string::npos);
    const auto quoted = readError("a\n\"ok\n\xC3\x28\"\n");
    CHECK(quoted.line() == 3);
    CHECK(quoted.column() == 1);
    CHECK(readError("\xED\xA0\x80").line() == 1); // an encoded surrogate
}
