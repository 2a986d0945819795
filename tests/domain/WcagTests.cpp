#include "domain/Wcag.h"

#include <catch2/catch.hpp>

#include <array>
#include <set>
#include <string>

using namespace storyloom;

TEST_CASE("the WCAG 2.2 list holds its 86 success criteria once each, without 4.1.1 Parsing") {
    const auto all = wcag22Criteria();
    CHECK(all.size() == 86);
    std::set<std::string_view> numbers;
    int a = 0, aa = 0, aaa = 0;
    for (const auto& c : all) {
        CHECK(numbers.insert(c.number).second);
        CHECK_FALSE(c.name.empty());
        a += c.level == WcagLevel::A;
        aa += c.level == WcagLevel::AA;
        aaa += c.level == WcagLevel::AAA;
    }
    // WCAG 2.1 had 30 A, 20 AA, 28 AAA; 2.2 removed 4.1.1 (A) and added 2 A, 4 AA and 3 AAA.
    CHECK(a == 31);
    CHECK(aa == 24);
    CHECK(aaa == 31);
    CHECK(findWcagCriterion("4.1.1") == nullptr);
}

TEST_CASE("a WCAG criterion is found by number with its name and level") {
    const auto* contrast = findWcagCriterion("1.4.3");
    REQUIRE(contrast);
    CHECK(contrast->name == "Contrast (Minimum)");
    CHECK(toString(contrast->level) == "AA");
    const auto* target = findWcagCriterion("2.5.8");
    REQUIRE(target);
    CHECK(target->name == "Target Size (Minimum)");
    CHECK(toString(findWcagCriterion("3.3.9")->level) == "AAA");
    CHECK(toString(findWcagCriterion("3.2.6")->level) == "A");
    CHECK(findWcagCriterion("9.9.9") == nullptr);
    CHECK(findWcagCriterion("") == nullptr);
}

TEST_CASE("the WCAG list is in document order") {
    const auto all = wcag22Criteria();
    const auto parts = [](std::string_view n) {
        std::array<int, 3> p{};
        std::size_t k = 0;
        for (char ch : n) {
            if (ch == '.')
                ++k;
            else
                p[k] = p[k] * 10 + (ch - '0');
        }
        return p;
    };
    for (std::size_t i = 1; i < all.size(); ++i)
        CHECK(parts(all[i - 1].number) < parts(all[i].number));
}
