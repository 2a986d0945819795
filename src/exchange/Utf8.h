#pragma once

#include <cstddef>
#include <string>
#include <string_view>

/// UTF-8 checks shared by the readers and writers of every exchange format.
namespace storyloom::utf8 {

/// The length of the well-formed UTF-8 sequence that starts at text[pos], or 0 when the bytes there are
/// ill-formed (a stray continuation byte, a truncated sequence, an overlong form, a surrogate or a code
/// point above U+10FFFF), following RFC 3629. Requires pos < text.size().
std::size_t sequenceLength(std::string_view text, std::size_t pos);

/// `text` with every ill-formed byte replaced by U+FFFD, so it can be shown or written as UTF-8.
std::string toWellFormed(std::string_view text);

/// `text` made safe to quote in an error message: at most `maxBytes` bytes of it (then "..."), well-formed,
/// with control characters shown as '?'.
std::string forMessage(std::string_view text, std::size_t maxBytes = 60);

} // namespace storyloom::utf8
