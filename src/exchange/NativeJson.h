#pragma once

#include "ExchangeError.h"
#include "domain/Workspace.h"

#include <string>
#include <string_view>

namespace storyloom::nativejson {

/// The value of "format" that marks a Storyloom workspace file.
constexpr std::string_view kFormatName = "storyloom-workspace";
/// The version written into "formatVersion"; see docs/file-format.md.
constexpr int kFormatVersion = 1;

/// The whole workspace as canonical JSON: fixed key order, entities sorted by id, two-space
/// indent, UTF-8, trailing newline. Equal workspaces give byte-identical text, and
/// write(read(write(w))) == write(w). Ill-formed UTF-8 in text is written as U+FFFD. Throws
/// ExchangeError naming the story or epic for a value no file can hold (a NaN input, a date that
/// is not a calendar date, a timestamp outside the years 1 to 9999).
std::string write(const Workspace& workspace);

/// Parses a native JSON document (docs/file-format.md). `fileName` is used in error messages only.
/// Lenient about key order and optional keys; strict about everything else. Throws ExchangeError
/// naming the file, and the line and column (malformed JSON) or the JSON path and story/epic key
/// (wrong types, unknown keys or enum values, bad dates, missing required keys, a "format" that is
/// not kFormatName, a formatVersion above kFormatVersion), or the first problems validate() finds.
/// A successful read always returns a workspace for which validate() is empty.
Workspace read(std::string_view text, const std::string& fileName);

} // namespace storyloom::nativejson
