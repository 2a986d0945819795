#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storyloom {

/// Builds JSON text in the one layout every Storyloom export uses, so equal content gives equal bytes:
/// two-space indent, one member or element per line, `"key": value`, empty containers as `{}` and `[]`,
/// text written as UTF-8 (only `"`, `\` and control characters are escaped), whole numbers without a
/// decimal point. Members appear in the order they are written; the caller owns the order.
///
/// Contract: calls must nest properly (key() before each member value, end*() matching begin*()); the
/// writer does not check them.
class JsonWriter {
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The name of the next member of the current object.
    void key(std::string_view name);

    /// Ill-formed UTF-8 bytes are written as U+FFFD so the output is always valid JSON.
    void string(std::string_view text);
    void integer(long long value);
    /// Whole numbers below 10^15 are written as integers (12000, not 12000.0), anything else in the
    /// shortest form that reads back to the same double. Throws std::invalid_argument for NaN and infinity,
    /// which JSON cannot express.
    void number(double value);
    void boolean(bool value);
    void null();

    void stringMember(std::string_view name, std::string_view text);
    void integerMember(std::string_view name, long long value);

    /// The finished text with a trailing newline; the writer is empty afterwards.
    std::string take();

private:
    struct Level {
        bool isObject;
        bool empty;
    };

    void beforeValue();
    void newLine();
    void escape(std::string_view text);

    std::string m_out;
    std::vector<Level> m_levels;
};

} // namespace storyloom
