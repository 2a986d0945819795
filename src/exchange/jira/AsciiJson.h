#pragma once

#include <string>

namespace storyloom::jira {

/// Rewrites JSON text in place so that it is pure ASCII: every non-ASCII character (which JSON text
/// can only hold inside strings) becomes a \uXXXX escape, a surrogate pair above U+FFFF. Jira's
/// importer reads files in the server's default charset; ASCII reads the same in all of them.
/// Requires well-formed UTF-8, which JsonWriter guarantees.
void toAsciiJson(std::string& json);

} // namespace storyloom::jira
