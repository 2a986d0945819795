#include "ExchangeTestSupport.h"

#include "exchange/JsonParser.h"

#include <random>

using namespace storyloom;
using test::contains;
using test::readError;
using test::textOf;

namespace {

/// Reading `text` either succeeds or throws ExchangeError; anything else (another exception, a crash)
/// fails the test.
bool readsOrRefusesCleanly(const std::string& text) {
    try {
        nativejson::read(text, "fuzz.json");
        return true;
    } catch (const ExchangeError&) {
        return true;
    } catch (const std::exception& e) {
        UNSCOPED_INFO("unexpected exception: " << e.what());
        return false;
    }
}

} // namespace

TEST_CASE("10,000 levels of nesting are refused before parsing, with a position") {
    const std::string arrays = std::string(10000, '[') + std::string(10000, ']');
    const auto e = readError(arrays, "deep.json");
    CHECK(contains(e.what(), "nested more than 64 levels deep at line 1, column 65"));
    CHECK(e.line() == 1);
    CHECK(e.column() == 65);

    std::string objects;
    for (int i = 0; i < 10000; ++i)
        objects += "{\"a\":";
    objects += "1" + std::string(10000, '}');
    CHECK(contains(readError(objects).what(), "nested more than 64 levels"));

    // An unclosed deep document is refused the same way, not read to its end.
    CHECK(contains(readError(std::string(1'000'000, '[')).what(), "nested more than 64 levels"));
}

TEST_CASE("brackets inside text do not count as nesting") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["description"] = std::string(10000, '[') + "\\\"[{" + std::string(10000, '{');
    const Workspace ws = nativejson::read(textOf(doc), "brackets.json");
    CHECK(ws.stories[0].description.size() == 20004);
}

TEST_CASE("64 levels of nesting are still read") {
    const std::string text = std::string(64, '[') + std::string(64, ']');
    CHECK(parseJson(text, "ok.json").is_array());
    CHECK_THROWS_AS(parseJson("[" + text + "]", "deep.json"), ExchangeError);
}

TEST_CASE("ill-formed UTF-8 is refused with its line and column") {
    std::string text = nativejson::write(test::sampleWorkspace());
    const auto at = text.find("Pay with a saved card");
    REQUIRE(at != std::string::npos);
    text[at + 4] = '\xC3'; // "Pay \xC3ith": a lead byte followed by an ASCII letter
    const auto e = readError(text, "utf8.json");
    const auto expected = positionOf(text, at + 4);
    CHECK(e.line() == expected.line);
    CHECK(e.column() == expected.column);
    CHECK(contains(e.what(), "found the byte 0xC3, which is ill-formed UTF-8 inside text"));
    CHECK(contains(e.what(),
                   "line " + std::to_string(expected.line) + ", column " + std::to_string(expected.column)));

    // Overlong forms and UTF-16 surrogates are ill-formed too, as are stray bytes outside strings.
    for (const std::string bad : {"\xC0\xAF", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xFF"}) {
        CHECK_THROWS_AS(parseJson("[\"" + bad + "\"]", "bad.json"), ExchangeError);
        CHECK_THROWS_AS(parseJson("[1, " + bad + "]", "bad.json"), ExchangeError);
    }
}

TEST_CASE("the error message itself stays valid UTF-8 and short") {
    const std::string hugeUnterminated = "{\"format\": \"" + std::string(10 * 1024 * 1024, 'x') + "\xFF";
    const std::string message = readError(hugeUnterminated).what();
    CHECK(message.size() < 600);
    CHECK(message.find('\xFF') == std::string::npos);
}

TEST_CASE("a key given twice in one object is refused with its path") {
    std::string text = nativejson::write(test::sampleWorkspace());
    const std::string title = "\"title\": \"Remove a saved card\",";
    const auto at = text.find(title);
    REQUIRE(at != std::string::npos);
    text.insert(at, "\"title\": \"Shadowed\", ");
    const auto e = readError(text, "twice.json");
    CHECK(contains(e.what(), "the key \"title\" appears twice at stories[1].title"));
    CHECK(e.where() == "stories[1].title");

    CHECK(contains(readError("{\"format\": 1, \"format\": 2}").what(), "appears twice at format"));
    CHECK(contains(readError("{\"a\": [1, {\"b\": {\"\": 1, \"\": 2}}]}").what(),
                   "appears twice at a[1].b[\"\"]"));
}

TEST_CASE("a 10 MB text field is read in full") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["description"] = std::string(10 * 1024 * 1024, 'y');
    const Workspace ws = nativejson::read(textOf(doc), "big.json");
    CHECK(ws.stories[0].description.size() == 10u * 1024 * 1024);
}

TEST_CASE("numbers too large for their field are refused, never wrapped") {
    auto doc = test::sampleDocument();
    doc["stories"][0]["points"] = 4294967301ULL; // 2^32 + 5: would read as 5 if truncated to 32 bits
    CHECK(contains(readError(textOf(doc)).what(), "SHOP-3: points must be one of"));

    doc = test::sampleDocument();
    doc["stories"][0]["inputs"]["iceEase"] = -2147483649LL;
    CHECK(contains(readError(textOf(doc)).what(), "iceEase must be a whole number from 1 to 10"));

    doc = test::sampleDocument();
    doc["stories"][0]["id"] = 18446744073709551615ULL;
    CHECK(contains(readError(textOf(doc)).what(), "SHOP-3: id must be a whole number of at least 1"));

    doc = test::sampleDocument();
    doc["insights"][0]["strength"] = 1e30;
    CHECK(contains(readError(textOf(doc)).what(), "strength must be a whole number from 1 to 5"));

    doc = test::sampleDocument();
    doc["stories"][0]["id"] = 1.5;
    CHECK(contains(readError(textOf(doc)).what(), "not the number 1.5"));

    std::string text = nativejson::write(test::sampleWorkspace());
    const auto at = text.find("\"nextKeyNumber\": 8");
    REQUIRE(at != std::string::npos);
    const std::string tooBig = "\"nextKeyNumber\": 99999999999999999999999";
    text.replace(at, 18, tooBig);
    CHECK(contains(readError(text).what(), "nextKeyNumber must be a whole number of at least 1"));

    text.replace(at, tooBig.size(), "\"nextKeyNumber\": 1e400");
    const auto e = readError(text);
    CHECK(contains(e.what(), "not valid JSON"));
    CHECK(e.line() == 7);
}

TEST_CASE("a file cut at any byte is refused cleanly") {
    const std::string text = nativejson::write(test::sampleWorkspace());
    int refused = 0;
    for (std::size_t length = 0; length < text.size() - 1; ++length) {
        try {
            nativejson::read(std::string_view(text).substr(0, length), "cut.json");
            FAIL("a file cut to " << length << " bytes was read");
        } catch (const ExchangeError&) {
            ++refused;
        }
    }
    CHECK(refused == static_cast<int>(text.size() - 1));
}

TEST_CASE("random damage to a file never escapes as anything but ExchangeError") {
    const std::string original = nativejson::write(test::sampleWorkspace());
    std::mt19937 random(20260131);
    const std::string interesting = "{}[]\",:0123456789.eE-+ntfu\\\xff\xc3\x80 \n";
    for (int round = 0; round < 3000; ++round) {
        std::string text = original;
        const int edits = 1 + static_cast<int>(random() % 4);
        for (int i = 0; i < edits; ++i) {
            const std::size_t at = random() % text.size();
            const char c = interesting[random() % interesting.size()];
            switch (random() % 3) {
            case 0:
                text[at] = c;
                break;
            case 1:
                text.insert(at, 1, c);
                break;
            default:
                text.erase(at, 1);
            }
        }
        INFO("round " << round);
        REQUIRE(readsOrRefusesCleanly(text));
    }
}

TEST_CASE("positions count lines from 1 and columns in characters") {
    const std::string text = "ab\ncé\n\xF0\x9F\xA7\xB6x";
    CHECK(positionOf(text, 0).line == 1);
    CHECK(positionOf(text, 0).column == 1);
    CHECK(positionOf(text, 3).line == 2);
    CHECK(positionOf(text, 3).column == 1);
    CHECK(positionOf(text, 6).column == 3); // after "cé": é is two bytes, one character
    CHECK(positionOf(text, 11).line == 3);
    CHECK(positionOf(text, 11).column == 2); // after the four-byte emoji
    CHECK(positionOf(text, 999).column == 3);
}
