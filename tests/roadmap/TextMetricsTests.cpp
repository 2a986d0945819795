#include "roadmap/TextMetrics.h"
#include "roadmap/XmlText.h"

#include <catch2/catch.hpp>

using namespace storyloom::roadmap;

TEST_CASE("eliding shortens text to fit and never splits a UTF-8 character", "[roadmap][text]") {
    const ApproximateTextMetrics m;
    const std::string text = "Zusammenstellung \xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC \xF0\x9F\x9B\x92 cart";
    CHECK(m.elide(text, 14, FontWeight::Normal, 1000) == text);
    for (double width : {20.0, 60.0, 120.0, 150.0, 170.0}) {
        const std::string e = m.elide(text, 14, FontWeight::Normal, width);
        INFO(width << ": " << e);
        CHECK(m.width(e, 14, FontWeight::Normal) <= width);
        CHECK_THAT(e, Catch::EndsWith("\xE2\x80\xA6"));
        CHECK(escapeXml(e).find("\xEF\xBF\xBD") == std::string::npos); // no broken sequence
    }
    CHECK(m.elide(text, 14, FontWeight::Normal, 5).empty());
}

TEST_CASE("wrapping breaks at spaces within the line limit and elides the last line", "[roadmap][text]") {
    const ApproximateTextMetrics m;
    const auto lines =
        m.wrap("Let me paste passwords and one-time codes when signing in", 14, FontWeight::Bold, 150, 2);
    REQUIRE(lines.size() == 2);
    for (const auto& l : lines)
        CHECK(m.width(l, 14, FontWeight::Bold) <= 150);
    CHECK_THAT(lines[1], Catch::EndsWith("\xE2\x80\xA6"));
    CHECK(m.wrap("short", 14, FontWeight::Normal, 150, 3) == std::vector<std::string>{"short"});
    CHECK(m.wrap("", 14, FontWeight::Normal, 150, 3).empty());
}

TEST_CASE("XML escaping handles markup, controls and ill-formed UTF-8", "[roadmap][text]") {
    CHECK(escapeXml("<a href=\"x\">'&'</a>") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    CHECK(escapeXml(std::string("a\x01\x1F\tb\n", 6)) == "a\tb\n");
    // An ill-formed byte becomes U+FFFD; an encoded surrogate (not allowed in XML) is dropped.
    CHECK(escapeXml("bad \xC3\x28 \xED\xA0\x80") == "bad \xEF\xBF\xBD( ");
    CHECK(svgNumber(12.5) == "12.5");
    CHECK(svgNumber(3.0) == "3");
    CHECK(svgNumber(-0.001) == "0");
    CHECK(svgNumber(100.0) == "100");
}
