#include "scoring/KanoCategory.h"

#include <catch2/catch.hpp>

#include <array>

using namespace storyloom;
using namespace storyloom::scoring;

TEST_CASE("the Kano evaluation table classifies all 25 answer pairs as published") {
    using A = KanoAnswer;
    using K = KanoCategory;
    constexpr std::array<A, 5> answers{A::Like, A::Expect, A::Neutral, A::Tolerate, A::Dislike};
    // Rows: functional answer; columns: dysfunctional answer.
    const std::array<std::array<K, 5>, 5> expected{{
        {K::Questionable, K::Attractive, K::Attractive, K::Attractive, K::OneDimensional},
        {K::Reverse, K::Indifferent, K::Indifferent, K::Indifferent, K::MustBe},
        {K::Reverse, K::Indifferent, K::Indifferent, K::Indifferent, K::MustBe},
        {K::Reverse, K::Indifferent, K::Indifferent, K::Indifferent, K::MustBe},
        {K::Reverse, K::Reverse, K::Reverse, K::Reverse, K::Questionable},
    }};
    for (std::size_t f = 0; f < 5; ++f)
        for (std::size_t d = 0; d < 5; ++d) {
            INFO("functional " << toId(answers[f]) << ", dysfunctional " << toId(answers[d]));
            CHECK(classifyKano(answers[f], answers[d]) == expected[f][d]);
        }
}

TEST_CASE("Kano categories have stable ids that parse back") {
    for (auto c : {KanoCategory::MustBe, KanoCategory::OneDimensional, KanoCategory::Attractive,
                   KanoCategory::Indifferent, KanoCategory::Reverse, KanoCategory::Questionable}) {
        CHECK(parseKanoCategory(toId(c)) == c);
        CHECK_FALSE(label(c).empty());
    }
    CHECK(parseKanoCategory("One Dimensional") == KanoCategory::OneDimensional);
    CHECK_FALSE(parseKanoCategory("delighter"));
}
