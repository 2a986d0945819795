#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace storyloom {

/// Receives what JsonScanner finds, in document order. Each method returns false to stop the scan.
class JsonHandler {
public:
    virtual ~JsonHandler() = default;
    virtual bool null() = 0;
    virtual bool boolean(bool value) = 0;
    virtual bool integer(std::int64_t value) = 0;
    /// Whole numbers above INT64_MAX that fit in 64 bits.
    virtual bool unsignedInteger(std::uint64_t value) = 0;
    /// Numbers with a fraction or exponent, and whole numbers too large for 64 bits.
    virtual bool number(double value) = 0;
    virtual bool string(std::string&& value) = 0;
    virtual bool beginObject() = 0;
    virtual bool key(std::string&& name) = 0;
    virtual bool endObject() = 0;
    virtual bool beginArray() = 0;
    virtual bool endArray() = 0;
};

/// A strict JSON (RFC 8259) scanner over UTF-8 text. Compared with nlohmann's parser it is several
/// times faster on large files, reports errors at the start of the offending token in plain words, and
/// stops at a nesting limit instead of going deeper. It accepts exactly RFC 8259 JSON plus a leading
/// UTF-8 byte order mark: no comments, no trailing commas, no NaN, no ill-formed UTF-8 (in or out of
/// text), no lone UTF-16 surrogates in \u escapes, no numbers beyond the range of a double (numbers
/// too small for one read as 0).
class JsonScanner {
public:
    struct Error {
        std::size_t offset = 0; ///< byte offset in the text where the problem starts
        std::string message;    ///< what is wrong, in a user's words ("expected ':' after the key")
        bool tooDeep = false;   ///< nesting went past maxDepth
    };

    JsonScanner(std::string_view text, JsonHandler& handler, int maxDepth);

    /// Scans the whole text. True when it held exactly one JSON value and the handler never stopped;
    /// false when the handler stopped (error() is empty) or the text is not JSON (error() says why).
    bool scan();
    const std::optional<Error>& error() const { return m_error; }

private:
    bool value(int depth);
    bool object(int depth);
    bool array(int depth);
    bool string(std::string& out);
    bool escape(std::string& out);
    bool number();
    bool literal(std::string_view word);
    void skipWhitespace();
    bool fail(std::size_t offset, std::string message);
    /// "'x'", "the end of the file" or "the byte 0xFF", for messages.
    std::string describeAt(std::size_t offset) const;

    std::string_view m_text;
    JsonHandler& m_handler;
    int m_maxDepth;
    std::size_t m_pos = 0;
    std::optional<Error> m_error;
};

} // namespace storyloom
