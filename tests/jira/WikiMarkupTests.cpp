#include "exchange/jira/WikiMarkup.h"

#include <catch2/catch.hpp>

using namespace storyloom::jira;

TEST_CASE("every wiki markup character in user text is preceded by a backslash") {
    CHECK(wiki::escapeInline("{code}") == "\\{code\\}");
    CHECK(wiki::escapeInline("[link|http://x]") == "\\[link\\|http://x\\]");
    CHECK(wiki::escapeInline("*bold* and _italic_") == "\\*bold\\* and \\_italic\\_");
    CHECK(wiki::escapeInline("log-in") == "log\\-in");
    CHECK(wiki::escapeInline("+under+ ^sup^ ~sub~ !img.png!") ==
          "\\+under\\+ \\^sup\\^ \\~sub\\~ \\!img.png\\!");
    CHECK(wiki::escapeInline("#1 pick") == "\\#1 pick");
    CHECK(wiki::escapeInline("plain text, 1.4.3 (AA)") == "plain text, 1.4.3 (AA)");
}

TEST_CASE("a backslash is written as an entity so it never escapes or breaks a line") {
    CHECK(wiki::escapeInline("C:\\temp") == "C:&#92;temp");
    CHECK(wiki::escapeInline("\\\\") == "&#92;&#92;");
    // a literal "&#92;" keeps its meaning by escaping its ampersand
    CHECK(wiki::escapeInline("&#92;") == "&#38;\\#92;");
    CHECK(wiki::escapeInline("R&D") == "R&D");
}

TEST_CASE("lines that would start markup are neutralised in block text") {
    CHECK(wiki::escapeBlock("h1. Title") == "\\h1. Title");
    CHECK(wiki::escapeBlock("intro\nh3. Acceptance criteria") == "intro\n\\h3. Acceptance criteria");
    CHECK(wiki::escapeBlock("bq. quoted") == "\\bq. quoted");
    CHECK(wiki::escapeBlock("# first\n* bullet\n----") == "\\# first\n\\* bullet\n\\-\\-\\-\\-");
    // only at a line start, and only the real heading forms
    CHECK(wiki::escapeBlock("see h1. there") == "see h1. there");
    CHECK(wiki::escapeBlock("h7. no") == "h7. no");
    CHECK(wiki::escapeBlock("hello") == "hello");
}

TEST_CASE("block text keeps its line breaks and normalises CR LF and CR to LF") {
    CHECK(wiki::escapeBlock("a\r\nb\rc\nd") == "a\nb\nc\nd");
    CHECK(wiki::escapeBlock("\n\nx\n") == "\n\nx\n");
}

TEST_CASE("inline text writes each line break as Jira's forced line break") {
    CHECK(wiki::escapeInline("a\nb") == "a\\\\b");
    CHECK(wiki::escapeInline("a\r\nb") == "a\\\\b");
    // a heading-like second line is harmless inline: the whole value is one line
    CHECK(wiki::escapeInline("x\nh1. y") == "x\\\\h1. y");
    CHECK(wiki::escapeInline("x\n*y") == "x\\\\\\*y");
}

TEST_CASE("non-ASCII text passes through unchanged") {
    CHECK(wiki::escapeInline("Größe – ✓ 😀") == "Größe – ✓ 😀");
}
