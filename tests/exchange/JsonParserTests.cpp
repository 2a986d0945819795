#include "ExchangeTestSupport.h"

#include "exchange/JsonParser.h"

#include <random>

using namespace storyloom;
using nlohmann::json;
using test::contains;

namespace {

json parse(const std::string& text) {
    return parseJson(text, "t.json");
}

/// The message of the error parsing `text` raises ("" when it parses).
std::string errorOf(const std::string& text) {
    try {
        parseJson(text, "t.json");
    } catch (const ExchangeError& e) {
        return e.what();
    }
    return {};
}

} // namespace

TEST_CASE("the parser reads every kind of JSON value") {
    const json doc = parse(R"( {"s": "text", "i": -42, "u": 18446744073709551615, "f": 0.25, "e": 1.5e3,
                               "t": true, "n": null, "a": [false, [], {}], "o": {"k": "v"}} )");
    CHECK(doc["s"] == "text");
    CHECK(doc["i"].is_number_integer());
    CHECK(doc["i"] == -42);
    CHECK(doc["u"].is_number_unsigned());
    CHECK(doc["u"] == 18446744073709551615ULL);
    CHECK(doc["f"] == 0.25);
    CHECK(doc["e"] == 1500.0);
    CHECK(doc["t"] == true);
    CHECK(doc["n"].is_null());
    CHECK(doc["a"] == json::parse("[false, [], {}]"));
    CHECK(doc["o"]["k"] == "v");
    CHECK(parse("7") == 7);
    CHECK(parse("\"only text\"") == "only text");
}

TEST_CASE("the parser decodes every escape, including surrogate pairs") {
    CHECK(parse(R"("\" \\ \/ \b \f \n \r \t")") == "\" \\ / \b \f \n \r \t");
    CHECK(parse(R"("\u0041\u00e9\u20AC\uD83E\uDDF6\u0000")") ==
          std::string("A\xC3\xA9\xE2\x82\xAC\xF0\x9F\xA7\xB6\0", 11));
    CHECK(contains(errorOf(R"("\uD83E")"), "not followed by a low one"));
    CHECK(contains(errorOf(R"("\uD83E\u0041")"), "not followed by a low one"));
    CHECK(contains(errorOf(R"("\uDDF6")"), "lone UTF-16 low surrogate"));
    CHECK(contains(errorOf(R"("\u12G4")"), "four hexadecimal digits"));
    CHECK(contains(errorOf(R"("\q")"), "unknown escape \\'q'"));
}

TEST_CASE("the parser reads numbers as JSON defines them") {
    CHECK(parse("-9223372036854775808") == INT64_MIN);
    CHECK(parse("-9223372036854775809").is_number_float()); // beyond 64 bits: a double
    CHECK(parse("18446744073709551616").is_number_float());
    CHECK(parse("-0") == 0);
    CHECK(parse("1E2") == 100.0);
    CHECK(parse("1e-400") == 0.0); // too small for a double: zero, as other readers do
    CHECK(parse("0.000001e-400") == 0.0);
    CHECK(contains(errorOf("1e400"), "the number 1e400 is too large"));
    CHECK(contains(errorOf("-123456789e305"), "too large"));
    CHECK(contains(errorOf("0.5e400"), "too large"));
    CHECK(contains(errorOf("07"), "cannot start with 0"));
    CHECK(contains(errorOf("1."), "decimal point"));
    CHECK(contains(errorOf("1e"), "exponent"));
    CHECK(contains(errorOf("-"), "digit after '-'"));
    CHECK_FALSE(errorOf(".5").empty());
    CHECK_FALSE(errorOf("+1").empty());
    CHECK_FALSE(errorOf("NaN").empty());
    CHECK_FALSE(errorOf("Infinity").empty());
    CHECK_FALSE(errorOf("0x10").empty());
}

TEST_CASE("the parser refuses what JSON does not allow, saying where") {
    CHECK(contains(errorOf("[1, 2,]"), "line 1, column 7: expected a value"));
    CHECK(contains(errorOf("{\"a\": 1,}"), "expected a key in double quotes, found '}'"));
    CHECK(contains(errorOf("{'a': 1}"), "expected a key in double quotes, found '''"));
    CHECK(contains(errorOf("{\"a\" 1}"), "expected ':' after the key, found '1'"));
    CHECK(contains(errorOf("[1 2]"), "expected ',' or ']' after a list element, found '2'"));
    CHECK(contains(errorOf("[tru]"), "found 'tru'"));
    CHECK(contains(errorOf("[True]"), "found 'True'"));
    CHECK(contains(errorOf("// comment\n{}"), "found '/'"));
    CHECK(contains(errorOf("{} {}"), "column 4: found '{' after the end of the JSON document"));
    CHECK(contains(errorOf("\"a\tb\""), "the control character 0x09 inside text"));
    CHECK(contains(errorOf("[\"open"), "column 2: the text that starts here has no closing double quote"));
    CHECK(contains(errorOf(""), "line 1, column 1: expected a value"));
    CHECK(contains(errorOf("  \n  "), "found the end of the file"));
    CHECK(contains(errorOf("[1,\n 2,\n\xFF]"), "line 3, column 1: expected a value"));
}

TEST_CASE("the parser accepts a byte order mark and any JSON whitespace") {
    CHECK(parse("\xEF\xBB\xBF {\"a\":\r\n\t[ 1 ,2 ] }") == json::parse("{\"a\": [1, 2]}"));
}

TEST_CASE("an element sink receives each element of the root's lists with its index") {
    std::vector<std::string> seen;
    const json rest =
        parseJson(R"({"keep": [1, 2], "take": [{"a": 1}, "x", [3]], "plain": {"b": [4]}})", "s.json",
                  [&](std::string_view key, std::size_t index, json& element) {
                      seen.push_back(std::string(key) + "[" + std::to_string(index) + "]=" + element.dump());
                      return key == "take";
                  });
    CHECK(seen == std::vector<std::string>{"keep[0]=1", "keep[1]=2", "take[0]={\"a\":1}", "take[1]=\"x\"",
                                           "take[2]=[3]"});
    CHECK(rest == json::parse(R"({"keep": [1, 2], "take": [], "plain": {"b": [4]}})"));
}

TEST_CASE("the parser agrees with nlohmann/json on damaged documents") {
    // Differential check: our scanner must accept exactly what a mature parser accepts (a duplicate key
    // aside, which we refuse on purpose), and build the same tree.
    const std::string original = nativejson::write(test::sampleWorkspace());
    std::mt19937 random(42);
    const std::string interesting = "{}[]\",:0123456789.eE-+ntfrul\\/\xff\xc3\x80\xed\xa0 \n\t";
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text = original;
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
        INFO("round " << round << " edits byte " << at);
        const bool theyAccept = json::accept(text);
        try {
            const json ours = parseJson(text, "d.json");
            ++accepted;
            CHECK(theyAccept);
            CHECK(ours == json::parse(text));
        } catch (const ExchangeError& e) {
            if (theyAccept)
                CHECK(contains(e.what(), "appears twice"));
        }
    }
    CHECK(accepted > 100); // the damage left a fair share of documents valid, so both sides were tested
}
