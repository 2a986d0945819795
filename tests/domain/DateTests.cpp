#include "domain/Date.h"

#include <catch2/catch.hpp>

using namespace storyloom;

TEST_CASE("dates parse only real calendar days") {
    CHECK(Date::parse("2026-02-28"));
    CHECK(Date::parse("2024-02-29"));
    CHECK_FALSE(Date::parse("2026-02-29"));
    CHECK_FALSE(Date::parse("2026-13-01"));
    CHECK_FALSE(Date::parse("2026-1-01"));
    CHECK_FALSE(Date::parse("yesterday"));
    CHECK(Date::parse("2026-11-30")->toString() == "2026-11-30");
}

TEST_CASE("dates convert to day numbers and back") {
    CHECK(Date{1970, 1, 1}.toDays() == 0);
    CHECK(Date{2000, 3, 1}.toDays() == 11017);
    for (long long d = -1000; d < 30000; d += 37)
        CHECK(Date::fromDays(d).toDays() == d);
}

TEST_CASE("timestamps are written as ISO-8601 UTC and read back") {
    CHECK(formatTimestamp(0) == "1970-01-01T00:00:00.000Z");
    CHECK(formatTimestamp(1767225600123LL) == "2026-01-01T00:00:00.123Z");
    CHECK(parseTimestamp("2026-01-01T00:00:00.123Z") == 1767225600123LL);
    CHECK(parseTimestamp("2026-01-01T00:00:00Z") == 1767225600000LL);
    CHECK_FALSE(parseTimestamp("2026-01-01 00:00:00"));
    CHECK_FALSE(parseTimestamp("2026-01-01T25:00:00Z"));
}
