#include "ScoringTestSupport.h"

#include "scoring/Formula.h"
#include "scoring/FormulaError.h"

#include "Builders.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::scoring;

namespace {

double evaluate(const std::string& text, const Story& s) {
    const Formula f = Formula::parse(text);
    const FormulaValue v = f.evaluate(s);
    REQUIRE(v.status == FormulaValue::Status::Ok);
    return v.value;
}

/// The error a formula gives, as "position N: reason".
std::string errorOf(const std::string& text) {
    try {
        Formula::parse(text);
    } catch (const FormulaError& e) {
        return e.what();
    }
    return "no error";
}

Story sample() {
    Story s = test::riceStory(1, 1000, 2, 80, 4);
    s.inputs.jobSize = 5;
    s.points = 8;
    return s;
}

} // namespace

TEST_CASE("formulas follow the usual precedence: power, then times and divide, then plus and minus") {
    const Story s = sample();
    CHECK(evaluate("1 + 2 * 3", s) == 7);
    CHECK(evaluate("(1 + 2) * 3", s) == 9);
    CHECK(evaluate("2 ^ 3 ^ 2", s) == 512); // right-associative
    CHECK(evaluate("-2 ^ 2", s) == -4);     // the power binds tighter than the sign
    CHECK(evaluate("2 ^ -1", s) == 0.5);
    CHECK(evaluate("10 - 4 - 3", s) == 3); // left-associative
    CHECK(evaluate("12 / 3 / 2", s) == 2);
    CHECK(evaluate("1.5e3 + .5", s) == 1500.5);
    CHECK(evaluate("8 \xC3\x97 2 \xC3\xB7 4 \xE2\x88\x92 1", s) == 3); // × ÷ −
}

TEST_CASE("formulas read a story's inputs by their ids, points included") {
    const Story s = sample();
    CHECK(evaluate("reach * impact * confidence / 100 / effort", s) == Approx(400));
    CHECK(evaluate("points + jobSize", s) == 13);
}

TEST_CASE("formula functions: min, max, log, sqrt and if") {
    const Story s = sample();
    CHECK(evaluate("min(effort, 3, 7)", s) == 3);
    CHECK(evaluate("max(effort, 3, 7)", s) == 7);
    CHECK(evaluate("log(1)", s) == 0);
    CHECK(evaluate("log(reach)", s) == Approx(std::log(1000.0)));
    CHECK(evaluate("sqrt(effort)", s) == 2);
    CHECK(evaluate("if(reach > 500, 1, 2)", s) == 1);
    CHECK(evaluate("if(reach <= 500, 1, 2)", s) == 2);
    CHECK(evaluate("(impact == 2) + (impact != 2) * 10 + (effort >= 4) + (effort < 4)", s) == 2);
}

TEST_CASE("if() evaluates only the branch it takes") {
    Story s = sample();
    s.inputs.value.reset();
    CHECK(evaluate("if(reach > 0, reach, value)", s) == 1000);
    const FormulaValue v = Formula::parse("if(reach < 0, reach, value)").evaluate(s);
    CHECK(v.status == FormulaValue::Status::Missing);
    CHECK(v.missing == StoryField::Value);
}

TEST_CASE("bad formulas get an error with the 1-based position and the reason") {
    CHECK(errorOf("max(reach, 2") ==
          "position 13: expected ')' after argument list, found the end of the formula");
    CHECK(errorOf("reach * (impact + 1") ==
          "position 20: expected ')' to close the '(' at position 9, found the end of the formula");
    CHECK(errorOf("reech * 2") ==
          "position 1: unknown input 'reech'; the inputs are reach, impact, confidence, "
          "effort, iceImpact, iceConfidence, iceEase, businessValue, timeCriticality, "
          "riskReduction, jobSize, value, valueEffort, points");
    CHECK(errorOf("reach * avg(1, 2)") ==
          "position 9: unknown function 'avg'; the functions are min, max, log, sqrt and if");
    CHECK(errorOf("reach(2)") == "position 1: 'reach' is an input, not a function");
    CHECK(errorOf("min + 1") == "position 1: 'min' is a function; write min(...)");
    CHECK(errorOf("log(1, 2)") == "position 1: log takes exactly 1 argument, not 2");
    CHECK(errorOf("if(reach > 1, 2)") ==
          "position 1: if takes 3 arguments (condition, value when true, value when false), not 2");
    CHECK(errorOf("min()") == "position 1: min takes at least one argument, not 0");
    CHECK(errorOf("reach * ") ==
          "position 9: expected a number, an input name or '(', found the end of the formula");
    CHECK(errorOf("reach effort") ==
          "position 7: expected an operator or the end of the formula, found 'effort'");
    CHECK(errorOf("2reach") ==
          "position 2: expected an operator after the number, found 'r'; write * to multiply");
    CHECK(errorOf("reach = 2") == "position 7: unexpected '='; write == to compare two values");
    CHECK(errorOf("reach # 2") == "position 7: unexpected character '#'");
    CHECK(errorOf("1 < 2 < 3") == "position 7: comparisons cannot be chained; use if() to combine them");
    CHECK(errorOf("   ") ==
          "position 1: the formula is empty; write an expression such as reach * impact / effort");
    CHECK(errorOf("1.2.3") == "position 1: the number '1.2.3' is not a valid number");
}

TEST_CASE("formula error positions count characters, not bytes") {
    // "×" and "é" are two bytes each in UTF-8 but one character.
    CHECK(errorOf("\xC3\x97 1") == "position 1: expected a number, an input name or '(', found '\xC3\x97'");
    CHECK(errorOf("2 \xC3\x97 \xC3\xA9") == "position 5: unexpected character '\xC3\xA9'");
}

TEST_CASE("formulas have a length and a nesting limit") {
    const std::string deep = std::string(100, '(') + "1" + std::string(100, ')');
    CHECK_THAT(errorOf(deep), Catch::Contains("nests deeper than 64 levels"));
    const std::string negations = std::string(200, '-') + "1";
    CHECK_THAT(errorOf(negations), Catch::Contains("nests deeper than 64 levels"));
    const std::string longText = "1" + std::string(Formula::kMaxLength, ' ');
    CHECK_THAT(errorOf(longText), Catch::Contains("longer than 1000 characters"));
    const std::string nested64 = std::string(63, '(') + "1" + std::string(63, ')');
    CHECK(evaluate(nested64, sample()) == 1);
}

TEST_CASE("division by zero, log of zero and similar make the story unscored with a reason, not NaN") {
    ScoringSettings settings = test::settingsFor(Framework::Formula);
    Story s = sample();
    auto reasonFor = [&](const std::string& formula) {
        settings.formula = formula;
        const Breakdown b = score(s, test::context(settings));
        CHECK_FALSE(b.scored);
        CHECK_FALSE(scoreValue(s, test::context(settings)).scored);
        return b.reason;
    };
    CHECK(reasonFor("reach / (effort - 4)") == "the formula divides by zero at position 7");
    CHECK(reasonFor("log(effort - 4)") ==
          "the formula takes the log of zero or a negative number at position 1");
    CHECK(reasonFor("sqrt(0 - effort)") ==
          "the formula takes the square root of a negative number at position 1");
    CHECK(reasonFor("(0 - effort) ^ 0.5") ==
          "the formula raises a negative number to a fractional power at position 14");
    CHECK(reasonFor("0 ^ -1") == "the formula divides by zero (zero to a negative power) at position 3");
    CHECK(reasonFor("10 ^ 400") == "the formula gives a number too large to use at position 4");
    CHECK(reasonFor("reach * value") == "missing value");
}

TEST_CASE("a formula lists the inputs it reads, once each") {
    const Formula f = Formula::parse("reach * impact / effort + reach / max(effort, 1)");
    CHECK(f.fields() == std::vector<StoryField>{StoryField::Reach, StoryField::Impact, StoryField::Effort});
    CHECK(f.termCount() == 2);
    CHECK(f.termText(1) == "reach / max(effort, 1)");
}

TEST_CASE("hostile text never crashes the formula parser") {
    for (const auto& text : test::hostileStrings()) {
        try {
            const Formula f = Formula::parse(text);
            (void)f.evaluate(sample());
        } catch (const FormulaError& e) {
            CHECK(e.position() >= 1);
            CHECK_FALSE(e.reason().empty());
        }
    }
    std::mt19937 rng(99);
    const std::string alphabet = "reach+-*/^()<>=!, 0123456789.eminmaxlogsqrtif";
    for (int i = 0; i < 3000; ++i) {
        std::string text;
        const int length = std::uniform_int_distribution<int>(0, 40)(rng);
        for (int c = 0; c < length; ++c)
            text.push_back(alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)]);
        try {
            const Formula f = Formula::parse(text);
            const FormulaValue v = f.evaluate(sample());
            if (v.status == FormulaValue::Status::Ok)
                REQUIRE(std::isfinite(v.value));
        } catch (const FormulaError& e) {
            REQUIRE(e.position() >= 1);
            REQUIRE(static_cast<std::size_t>(e.position()) <= text.size() + 1);
        }
    }
}
