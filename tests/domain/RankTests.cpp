#include "domain/Rank.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace storyloom;

TEST_CASE("a rank between two ranks sorts strictly between them") {
    CHECK(rank::between("", "") == "i");
    const auto a = rank::between("", "");
    const auto first = rank::between("", a);
    const auto last = rank::between(a, "");
    CHECK(first < a);
    CHECK(a < last);
    CHECK(rank::isValid(first));
    CHECK(rank::isValid(last));
    CHECK(rank::between("a", "b") > "a");
    CHECK(rank::between("a", "b") < "b");
    CHECK(rank::between("a", "a1") > "a");
    CHECK(rank::between("a", "a1") < "a1");
}

TEST_CASE("ranks refuse bad bounds") {
    CHECK_THROWS_AS(rank::between("b", "a"), std::invalid_argument);
    CHECK_THROWS_AS(rank::between("a", "a"), std::invalid_argument);
    CHECK_THROWS_AS(rank::between("a0", ""), std::invalid_argument);
    CHECK_THROWS_AS(rank::between("A", ""), std::invalid_argument);
}

TEST_CASE("repeated inserts at the same spot keep ranks ordered and short") {
    std::string lo = "a", hi = "b";
    for (int i = 0; i < 200; ++i) {
        const auto mid = rank::between(lo, hi);
        REQUIRE(lo < mid);
        REQUIRE(mid < hi);
        REQUIRE(rank::isValid(mid));
        hi = mid;
    }
    CHECK(hi.size() < 60);
}

TEST_CASE("random moves in a backlog keep a strict order") {
    std::mt19937 rng(7);
    std::vector<std::string> order = rank::evenlySpaced(50);
    for (int i = 0; i < 2000; ++i) {
        const auto from = rng() % order.size();
        order.erase(order.begin() + static_cast<long>(from));
        const auto to = rng() % (order.size() + 1);
        const std::string lo = to == 0 ? "" : order[to - 1];
        const std::string hi = to == order.size() ? "" : order[to];
        order.insert(order.begin() + static_cast<long>(to), rank::between(lo, hi));
        REQUIRE(std::is_sorted(order.begin(), order.end()));
        REQUIRE(std::adjacent_find(order.begin(), order.end()) == order.end());
    }
}

TEST_CASE("evenly spaced ranks are valid, ascending and unique") {
    for (std::size_t n : {0u, 1u, 2u, 35u, 36u, 1000u, 100000u}) {
        const auto r = rank::evenlySpaced(n);
        REQUIRE(r.size() == n);
        CHECK(std::all_of(r.begin(), r.end(), [](const std::string& s) { return rank::isValid(s); }));
        CHECK(std::adjacent_find(r.begin(), r.end(), std::greater_equal<>()) == r.end());
    }
}
