#include "Enums.h"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace storyloom {
namespace {

template <typename E, std::size_t N> struct Table {
    std::array<std::pair<E, std::string_view>, N> ids;
    std::array<std::string_view, N> labels;
};

constexpr Table<StoryStatus, 6> kStatus{
    {{{StoryStatus::Draft, "draft"},
      {StoryStatus::Refined, "refined"},
      {StoryStatus::Ready, "ready"},
      {StoryStatus::InProgress, "in-progress"},
      {StoryStatus::Done, "done"},
      {StoryStatus::WontDo, "wont-do"}}},
    {"Draft", "Refined", "Ready", "In progress", "Done", "Won't do"}};
constexpr Table<Moscow, 5> kMoscow{{{{Moscow::Unset, "unset"},
                                     {Moscow::Must, "must"},
                                     {Moscow::Should, "should"},
                                     {Moscow::Could, "could"},
                                     {Moscow::Wont, "wont"}}},
                                   {"Not set", "Must have", "Should have", "Could have", "Won't have"}};
constexpr Table<Horizon, 3> kHorizon{
    {{{Horizon::Now, "now"}, {Horizon::Next, "next"}, {Horizon::Later, "later"}}}, {"Now", "Next", "Later"}};
constexpr Table<EpicStatus, 5> kEpicStatus{{{{EpicStatus::Proposed, "proposed"},
                                             {EpicStatus::Planned, "planned"},
                                             {EpicStatus::InProgress, "in-progress"},
                                             {EpicStatus::Done, "done"},
                                             {EpicStatus::Cancelled, "cancelled"}}},
                                           {"Proposed", "Planned", "In progress", "Done", "Cancelled"}};
constexpr Table<CriterionKind, 4> kKind{{{{CriterionKind::Functional, "functional"},
                                          {CriterionKind::Accessibility, "accessibility"},
                                          {CriterionKind::Performance, "performance"},
                                          {CriterionKind::Content, "content"}}},
                                        {"Functional", "Accessibility", "Performance", "Content"}};
constexpr Table<CriterionFormat, 2> kFormat{
    {{{CriterionFormat::FreeText, "free-text"}, {CriterionFormat::GivenWhenThen, "given-when-then"}}},
    {"Free text", "Given / When / Then"}};
constexpr Table<InsightSource, 6> kSource{
    {{{InsightSource::Interview, "interview"},
      {InsightSource::UsabilityTest, "usability-test"},
      {InsightSource::Analytics, "analytics"},
      {InsightSource::Survey, "survey"},
      {InsightSource::SupportTicket, "support-ticket"},
      {InsightSource::AbTest, "ab-test"}}},
    {"Interview", "Usability test", "Analytics", "Survey", "Support ticket", "A/B test"}};
constexpr Table<KanoAnswer, 5> kKano{{{{KanoAnswer::Like, "like"},
                                       {KanoAnswer::Expect, "expect"},
                                       {KanoAnswer::Neutral, "neutral"},
                                       {KanoAnswer::Tolerate, "tolerate"},
                                       {KanoAnswer::Dislike, "dislike"}}},
                                     {"I like it", "I expect it", "I am neutral", "I can tolerate it",
                                      "I dislike it"}};

std::string normalise(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '_' || c == ' ')
            c = '-';
        out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    return out;
}

template <typename E, std::size_t N> std::string_view idOf(const Table<E, N>& t, E v) {
    for (const auto& [e, id] : t.ids)
        if (e == v)
            return id;
    return {};
}

template <typename E, std::size_t N> std::string_view labelOf(const Table<E, N>& t, E v) {
    for (std::size_t i = 0; i < N; ++i)
        if (t.ids[i].first == v)
            return t.labels[i];
    return {};
}

template <typename E, std::size_t N> std::optional<E> parseIn(const Table<E, N>& t, std::string_view text) {
    const std::string key = normalise(text);
    for (std::size_t i = 0; i < N; ++i) {
        if (t.ids[i].second == key || normalise(t.labels[i]) == key)
            return t.ids[i].first;
    }
    return std::nullopt;
}

} // namespace

std::string_view toId(StoryStatus v) { return idOf(kStatus, v); }
std::string_view toId(Moscow v) { return idOf(kMoscow, v); }
std::string_view toId(Horizon v) { return idOf(kHorizon, v); }
std::string_view toId(EpicStatus v) { return idOf(kEpicStatus, v); }
std::string_view toId(CriterionKind v) { return idOf(kKind, v); }
std::string_view toId(CriterionFormat v) { return idOf(kFormat, v); }
std::string_view toId(InsightSource v) { return idOf(kSource, v); }
std::string_view toId(KanoAnswer v) { return idOf(kKano, v); }

std::string_view label(StoryStatus v) { return labelOf(kStatus, v); }
std::string_view label(Moscow v) { return labelOf(kMoscow, v); }
std::string_view label(Horizon v) { return labelOf(kHorizon, v); }
std::string_view label(EpicStatus v) { return labelOf(kEpicStatus, v); }
std::string_view label(CriterionKind v) { return labelOf(kKind, v); }
std::string_view label(InsightSource v) { return labelOf(kSource, v); }
std::string_view label(KanoAnswer v) { return labelOf(kKano, v); }

std::optional<StoryStatus> parseStoryStatus(std::string_view t) { return parseIn(kStatus, t); }
std::optional<Moscow> parseMoscow(std::string_view t) { return parseIn(kMoscow, t); }
std::optional<Horizon> parseHorizon(std::string_view t) { return parseIn(kHorizon, t); }
std::optional<EpicStatus> parseEpicStatus(std::string_view t) { return parseIn(kEpicStatus, t); }
std::optional<CriterionKind> parseCriterionKind(std::string_view t) { return parseIn(kKind, t); }
std::optional<CriterionFormat> parseCriterionFormat(std::string_view t) { return parseIn(kFormat, t); }
std::optional<InsightSource> parseInsightSource(std::string_view t) { return parseIn(kSource, t); }
std::optional<KanoAnswer> parseKanoAnswer(std::string_view t) { return parseIn(kKano, t); }

} // namespace storyloom
