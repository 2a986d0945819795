#pragma once

#include "ExchangeError.h"
#include "domain/Workspace.h"

#include <string>
#include <string_view>

namespace storyloom::nativejson {

/// The version written into "formatVersion"; see docs/file-format.md.
constexpr int kFormatVersion = 1;

/// The whole workspace as canonical JSON: fixed key order, entities sorted by id, two-space
/// indent, UTF-8, trailing newline. Equal workspaces give byte-identical text.
std::string write(const Workspace& workspace);

/// Parses a native JSON document. `fileName` is used in error messages only. Throws ExchangeError
/// naming file, line, column and the JSON path for malformed JSON, wrong types, unknown enum
/// values, a newer formatVersion, or a workspace that fails validate().
Workspace read(std::string_view text, const std::string& fileName);

} // namespace storyloom::nativejson
