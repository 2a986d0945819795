#pragma once

#include <cstddef>
#include <string_view>

namespace storyloom::jira {

inline constexpr std::size_t kMaxSummaryLength = 255;
inline constexpr std::size_t kMaxDescriptionLength = 32767;

/// The length Jira measures: UTF-16 code units (a character outside the Basic Multilingual Plane, such
/// as most emoji, counts twice).
std::size_t jiraLength(std::string_view utf8);

} // namespace storyloom::jira
