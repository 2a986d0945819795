#pragma once

#include "Statement.h"
#include "StorageError.h"
#include "domain/Date.h"
#include "domain/Enums.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace storyloom::codec {

// How domain values become column values and back (see the conventions in Migrations.cpp).
// Decoding failures mean the file holds something this build never writes: StorageError(Corrupt).

inline constexpr std::array kStoryStatuses = {StoryStatus::Draft, StoryStatus::Refined,
                                              StoryStatus::Ready, StoryStatus::InProgress,
                                              StoryStatus::Done,  StoryStatus::WontDo};
inline constexpr std::array kMoscows = {Moscow::Unset, Moscow::Must, Moscow::Should, Moscow::Could,
                                        Moscow::Wont};
inline constexpr std::array kHorizons = {Horizon::Now, Horizon::Next, Horizon::Later};
inline constexpr std::array kEpicStatuses = {EpicStatus::Proposed, EpicStatus::Planned,
                                             EpicStatus::InProgress, EpicStatus::Done, EpicStatus::Cancelled};
inline constexpr std::array kCriterionKinds = {CriterionKind::Functional, CriterionKind::Accessibility,
                                               CriterionKind::Performance, CriterionKind::Content};
inline constexpr std::array kCriterionFormats = {CriterionFormat::FreeText, CriterionFormat::GivenWhenThen};
inline constexpr std::array kInsightSources = {InsightSource::Interview,     InsightSource::UsabilityTest,
                                               InsightSource::Analytics,     InsightSource::Survey,
                                               InsightSource::SupportTicket, InsightSource::AbTest};
inline constexpr std::array kKanoAnswers = {KanoAnswer::Like, KanoAnswer::Expect, KanoAnswer::Neutral,
                                            KanoAnswer::Tolerate, KanoAnswer::Dislike};

/// The StorageError(Corrupt) for a value this build cannot read.
StorageError damaged(const std::string& path, const std::string& where, const std::string& what);

/// Exact match on the stable id: the load path reads hundreds of thousands of these, so no
/// normalising copies as in the parse...() functions.
template <typename E, std::size_t N>
E decode(const std::array<E, N>& all, std::string_view text, const std::string& path, const char* what,
         std::string_view where) {
    for (E v : all)
        if (toId(v) == text)
            return v;
    throw damaged(path, std::string(where),
                  std::string("an unknown ") + what + " '" + std::string(text) + "'");
}

template <typename E, std::size_t N>
std::optional<E> decodeOptional(const std::array<E, N>& all, const Statement& st, int column,
                                const std::string& path, const char* what, std::string_view where) {
    if (st.isNull(column))
        return std::nullopt;
    return decode(all, st.view(column), path, what, where);
}

inline std::optional<std::string> encode(const std::optional<Date>& date) {
    if (!date)
        return std::nullopt;
    return date->toString();
}

template <typename E> std::optional<std::string_view> encode(const std::optional<E>& value) {
    if (!value)
        return std::nullopt;
    return toId(*value);
}

std::optional<Date> decodeDate(const Statement& st, int column, const std::string& path,
                               std::string_view where);

} // namespace storyloom::codec
