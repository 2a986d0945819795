#pragma once

#include "JsonPath.h"
#include "Utf8.h"
#include "domain/Date.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace storyloom {

/// Typed, strict access to the members of one JSON object, shared by the readers of Storyloom's file
/// formats. Every failure throws ExchangeError naming the file, the subject (a story or epic key, once
/// known) and the JSON path, worded for the person who has to fix the file:
/// `Cannot read "a.json": BASK-42: points must be ... (at stories[12].points). Correct ...`
///
/// "Required" members must be present; "optional" ones may be absent (the fallback is used); "nullable"
/// ones may be absent or null. Contract: ask for each key at most once (at most kMaxKeys keys), then
/// call finish() to refuse keys the reader does not know. Reading takes the values: text is moved out of
/// the tree rather than copied, so a large file is not held twice.
class ObjectReader {
public:
    static constexpr std::size_t kMaxKeys = 32;

    /// Throws unless `value` is an object. `subject` names the entity in messages ("" for none).
    /// `value`, `path` and `file` must outlive the reader.
    ObjectReader(nlohmann::json& value, const JsonPath& path, const std::string& file,
                 std::string subject = {});

    const JsonPath& path() const { return m_path; }
    const std::string& file() const { return m_file; }
    const std::string& subject() const { return m_subject; }
    /// Names the entity in later messages; `subject` comes from the file and is made safe to show.
    void setSubject(std::string_view subject) { m_subject = utf8::forMessage(subject); }

    /// The member, or nullptr when it is absent.
    nlohmann::json* find(std::string_view key);
    /// The member; throws when it is absent.
    nlohmann::json& require(std::string_view key);

    std::string requiredString(std::string_view key);
    std::string optionalString(std::string_view key, std::string_view fallback = {});
    long long requiredInteger(std::string_view key, long long min, long long max);
    long long optionalInteger(std::string_view key, long long fallback, long long min, long long max);
    std::optional<long long> nullableInteger(std::string_view key, long long min, long long max);
    std::optional<double> nullableNumber(std::string_view key);
    /// A whole number `isAllowed` accepts, absent or null giving nullopt; `allowed` describes the choices
    /// for the message ("one of 1, 2, 3, 5, 8, 13, 20").
    std::optional<int> nullableChoice(std::string_view key, bool (*isAllowed)(int), std::string_view allowed);
    bool optionalBool(std::string_view key, bool fallback);
    std::optional<Date> nullableDate(std::string_view key);
    /// A time written as formatTimestamp() writes it, in milliseconds since the epoch.
    long long optionalTimestamp(std::string_view key, long long fallback);

    /// `parse` accepts the stable ids of domain/Enums.h (and their loose spellings); `allowed` lists the
    /// ids for the message.
    template <typename E>
    E optionalEnum(std::string_view key, E fallback, std::optional<E> (*parse)(std::string_view),
                   std::string_view allowed);
    template <typename E>
    std::optional<E> nullableEnum(std::string_view key, std::optional<E> (*parse)(std::string_view),
                                  std::string_view allowed);

    /// The array (or object) under `key`, or nullptr when absent; throws when it is something else.
    nlohmann::json* optionalArray(std::string_view key);
    nlohmann::json* optionalObject(std::string_view key);

    /// Refuses members nobody asked for (a misspelt key would otherwise be dropped without a word).
    /// Keys starting with "x-" are left for other tools and ignored.
    void finish() const;

    /// Conversions of values found elsewhere (array elements, map values), with the same messages.
    /// `name` is how the message refers to the value ("each label", "points"). stringAt() moves the
    /// text out of `value`.
    std::string stringAt(nlohmann::json& value, const JsonPath& at, std::string_view name) const;
    long long integerAt(const nlohmann::json& value, const JsonPath& at, std::string_view name, long long min,
                        long long max) const;
    double numberAt(const nlohmann::json& value, const JsonPath& at, std::string_view name) const;

    /// Throws the ExchangeError for a problem at `at` ("points must be ...").
    [[noreturn]] void fail(const JsonPath& at, const std::string& problem) const;

private:
    template <typename E>
    E enumAt(nlohmann::json& value, const JsonPath& at, std::string_view key,
             std::optional<E> (*parse)(std::string_view), std::string_view allowed) const;

    nlohmann::json& m_value;
    const JsonPath& m_path;
    const std::string& m_file;
    std::string m_subject;
    std::array<std::string_view, kMaxKeys> m_asked{};
    std::size_t m_askedCount = 0;
    std::size_t m_found = 0;
};

template <typename E>
E ObjectReader::enumAt(nlohmann::json& value, const JsonPath& at, std::string_view key,
                       std::optional<E> (*parse)(std::string_view), std::string_view allowed) const {
    const std::string text = stringAt(value, at, key);
    if (const auto parsed = parse(text))
        return *parsed;
    fail(at, std::string(key) + " \"" + utf8::forMessage(text) + "\" is not one of " + std::string(allowed));
}

template <typename E>
E ObjectReader::optionalEnum(std::string_view key, E fallback, std::optional<E> (*parse)(std::string_view),
                             std::string_view allowed) {
    nlohmann::json* value = find(key);
    if (!value)
        return fallback;
    return enumAt(*value, JsonPath(m_path, key), key, parse, allowed);
}

template <typename E>
std::optional<E> ObjectReader::nullableEnum(std::string_view key, std::optional<E> (*parse)(std::string_view),
                                            std::string_view allowed) {
    nlohmann::json* value = find(key);
    if (!value || value->is_null())
        return std::nullopt;
    return enumAt(*value, JsonPath(m_path, key), key, parse, allowed);
}

} // namespace storyloom
