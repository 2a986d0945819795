#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace storyloom {

/// A calendar date without time zone (roadmap start/end, release date, research date).
struct Date {
    int year = 1970;
    int month = 1;
    int day = 1;

    /// Parses "YYYY-MM-DD"; nullopt when the text is not a real calendar date.
    static std::optional<Date> parse(std::string_view text);
    /// "YYYY-MM-DD".
    std::string toString() const;
    bool isValid() const;
    /// Days since 1970-01-01 (negative before).
    long long toDays() const;
    static Date fromDays(long long days);

    auto operator<=>(const Date&) const = default;
};

/// "2026-11-30T09:15:00.000Z" for a timestamp in milliseconds since the epoch.
std::string formatTimestamp(long long millisSinceEpoch);
/// Parses the format written by formatTimestamp (the fraction and the trailing Z are optional).
std::optional<long long> parseTimestamp(std::string_view text);

} // namespace storyloom
