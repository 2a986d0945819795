#include "ObjectReader.h"

#include "ReadError.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>

namespace storyloom {
namespace {

using json = nlohmann::json;

constexpr const char* kAdvice = "Correct the file and open it again";

std::string describeType(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case json::value_t::string:
        return "text";
    case json::value_t::array:
        return "a list";
    case json::value_t::object:
        return "an object";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
        return "the whole number " + value.dump();
    case json::value_t::number_float:
        return "the number " + value.dump();
    default:
        return "a value of another kind";
    }
}

std::string rangeText(long long min, long long max) {
    if (max == LLONG_MAX)
        return "a whole number of at least " + std::to_string(min);
    return "a whole number from " + std::to_string(min) + " to " + std::to_string(max);
}

} // namespace

ObjectReader::ObjectReader(json& value, const JsonPath& path, const std::string& file, std::string subject)
    : m_value(value), m_path(path), m_file(file), m_subject(std::move(subject)) {
    if (!value.is_object()) {
        const std::string name = path.toString();
        fail(path, (name.empty() ? std::string("the document") : name) + " must be an object ({...}), not " +
                       describeType(value));
    }
}

void ObjectReader::fail(const JsonPath& at, const std::string& problem) const {
    const std::string where = at.toString();
    std::string text = m_subject.empty() ? problem : m_subject + ": " + problem;
    if (!where.empty())
        text += " (at " + where + ")";
    throwReadError(m_file, text, kAdvice, 0, 0, where);
}

json* ObjectReader::find(std::string_view key) {
    if (m_askedCount == kMaxKeys)
        throw std::logic_error("ObjectReader: more keys asked for than kMaxKeys");
    m_asked[m_askedCount++] = key;
    auto& members = m_value.get_ref<json::object_t&>();
    const auto it = members.find(key);
    if (it == members.end())
        return nullptr;
    ++m_found;
    return &it->second;
}

json& ObjectReader::require(std::string_view key) {
    if (json* value = find(key))
        return *value;
    fail(m_path, "the required key \"" + std::string(key) + "\" is missing");
}

std::string ObjectReader::stringAt(json& value, const JsonPath& at, std::string_view name) const {
    if (!value.is_string())
        fail(at, std::string(name) + " must be text (in double quotes), not " + describeType(value));
    return std::move(value.get_ref<std::string&>());
}

long long ObjectReader::integerAt(const json& value, const JsonPath& at, std::string_view name, long long min,
                                  long long max) const {
    long long n = 0;
    bool inRange = true;
    if (value.is_number_unsigned()) {
        const auto u = value.get<json::number_unsigned_t>();
        inRange = u <= static_cast<json::number_unsigned_t>(LLONG_MAX);
        n = inRange ? static_cast<long long>(u) : 0;
    } else if (value.is_number_integer()) {
        n = value.get<json::number_integer_t>();
    } else if (value.is_number_float()) {
        // 5.0 is accepted as 5: some tools write every number with a decimal point.
        const double d = value.get<double>();
        if (d != std::trunc(d))
            fail(at, std::string(name) + " must be " + rangeText(min, max) + ", not " + describeType(value));
        inRange = d >= -9223372036854775808.0 && d < 9223372036854775808.0;
        n = inRange ? static_cast<long long>(d) : 0;
    } else {
        fail(at, std::string(name) + " must be " + rangeText(min, max) + ", not " + describeType(value));
    }
    if (!inRange || n < min || n > max)
        fail(at, std::string(name) + " must be " + rangeText(min, max) + ", not " + describeType(value));
    return n;
}

double ObjectReader::numberAt(const json& value, const JsonPath& at, std::string_view name) const {
    if (!value.is_number())
        fail(at, std::string(name) + " must be a number, not " + describeType(value));
    return value.get<double>(); // finite: parseJson refuses numbers a double cannot hold
}

std::string ObjectReader::requiredString(std::string_view key) {
    return stringAt(require(key), JsonPath(m_path, key), key);
}

std::string ObjectReader::optionalString(std::string_view key, std::string_view fallback) {
    json* value = find(key);
    return value ? stringAt(*value, JsonPath(m_path, key), key) : std::string(fallback);
}

long long ObjectReader::requiredInteger(std::string_view key, long long min, long long max) {
    return integerAt(require(key), JsonPath(m_path, key), key, min, max);
}

long long ObjectReader::optionalInteger(std::string_view key, long long fallback, long long min,
                                        long long max) {
    json* value = find(key);
    return value ? integerAt(*value, JsonPath(m_path, key), key, min, max) : fallback;
}

std::optional<long long> ObjectReader::nullableInteger(std::string_view key, long long min, long long max) {
    json* value = find(key);
    if (!value || value->is_null())
        return std::nullopt;
    return integerAt(*value, JsonPath(m_path, key), key, min, max);
}

std::optional<double> ObjectReader::nullableNumber(std::string_view key) {
    json* value = find(key);
    if (!value || value->is_null())
        return std::nullopt;
    return numberAt(*value, JsonPath(m_path, key), key);
}

std::optional<int> ObjectReader::nullableChoice(std::string_view key, bool (*isAllowed)(int),
                                                std::string_view allowed) {
    json* value = find(key);
    if (!value || value->is_null())
        return std::nullopt;
    if (value->is_number()) {
        const double d = value->get<double>();
        if (d == std::trunc(d) && d >= INT_MIN && d <= INT_MAX && isAllowed(static_cast<int>(d)))
            return static_cast<int>(d);
    }
    fail(JsonPath(m_path, key),
         std::string(key) + " must be " + std::string(allowed) + ", not " + describeType(*value));
}

bool ObjectReader::optionalBool(std::string_view key, bool fallback) {
    json* value = find(key);
    if (!value)
        return fallback;
    if (!value->is_boolean())
        fail(JsonPath(m_path, key), std::string(key) + " must be true or false, not " + describeType(*value));
    return value->get<bool>();
}

std::optional<Date> ObjectReader::nullableDate(std::string_view key) {
    json* value = find(key);
    if (!value || value->is_null())
        return std::nullopt;
    const JsonPath at(m_path, key);
    if (!value->is_string())
        fail(at, std::string(key) + " must be a date such as \"2026-03-31\" or null, not " +
                     describeType(*value));
    const auto& text = value->get_ref<const std::string&>();
    if (const auto date = Date::parse(text))
        return date;
    fail(at, std::string(key) + " \"" + utf8::forMessage(text) +
                 "\" is not a calendar date written YYYY-MM-DD, such as \"2026-03-31\"");
}

long long ObjectReader::optionalTimestamp(std::string_view key, long long fallback) {
    json* value = find(key);
    if (!value)
        return fallback;
    const JsonPath at(m_path, key);
    const std::string text = stringAt(*value, at, key);
    if (const auto ms = parseTimestamp(text))
        return *ms;
    fail(at, std::string(key) + " \"" + utf8::forMessage(text) +
                 "\" is not a UTC time written like \"2026-01-31T09:00:00.000Z\"");
}

json* ObjectReader::optionalArray(std::string_view key) {
    json* value = find(key);
    if (value && !value->is_array())
        fail(JsonPath(m_path, key),
             std::string(key) + " must be a list ([...]), not " + describeType(*value));
    return value;
}

json* ObjectReader::optionalObject(std::string_view key) {
    json* value = find(key);
    if (value && !value->is_object())
        fail(JsonPath(m_path, key),
             std::string(key) + " must be an object ({...}), not " + describeType(*value));
    return value;
}

void ObjectReader::finish() const {
    if (m_found == m_value.size())
        return; // every member was asked for
    const auto asked = m_asked.begin();
    const auto askedEnd = m_asked.begin() + static_cast<std::ptrdiff_t>(m_askedCount);
    for (const auto& member : m_value.get_ref<const json::object_t&>()) {
        const std::string& key = member.first;
        if (key.rfind("x-", 0) == 0 || std::find(asked, askedEnd, key) != askedEnd)
            continue;
        fail(JsonPath(m_path, key), "\"" + utf8::forMessage(key) +
                                        "\" is not a key Storyloom knows here; check its spelling, or start "
                                        "the name with \"x-\" for data Storyloom should ignore");
    }
}

} // namespace storyloom
