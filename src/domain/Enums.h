#pragma once

#include <optional>
#include <string_view>

namespace storyloom {

/// Each enum has a stable lower-case identifier used in the database, the native JSON format and the
/// CLI (toId / parse...), and a label in the product owner's words (label).

enum class StoryStatus { Draft, Refined, Ready, InProgress, Done, WontDo };
enum class Moscow { Unset, Must, Should, Could, Wont };
enum class Horizon { Now, Next, Later };
enum class EpicStatus { Proposed, Planned, InProgress, Done, Cancelled };
enum class CriterionKind { Functional, Accessibility, Performance, Content };
enum class CriterionFormat { FreeText, GivenWhenThen };
enum class InsightSource { Interview, UsabilityTest, Analytics, Survey, SupportTicket, AbTest };
/// One answer to a Kano question ("How do you feel if the product has / lacks this feature?").
enum class KanoAnswer { Like, Expect, Neutral, Tolerate, Dislike };

std::string_view toId(StoryStatus v);
std::string_view toId(Moscow v);
std::string_view toId(Horizon v);
std::string_view toId(EpicStatus v);
std::string_view toId(CriterionKind v);
std::string_view toId(CriterionFormat v);
std::string_view toId(InsightSource v);
std::string_view toId(KanoAnswer v);

std::string_view label(StoryStatus v);
std::string_view label(Moscow v);
std::string_view label(Horizon v);
std::string_view label(EpicStatus v);
std::string_view label(CriterionKind v);
std::string_view label(InsightSource v);
std::string_view label(KanoAnswer v);

/// Parse the stable identifier (case-insensitive; '-', '_' and ' ' are interchangeable, so
/// "in progress", "in-progress" and "in_progress" all parse).
std::optional<StoryStatus> parseStoryStatus(std::string_view text);
std::optional<Moscow> parseMoscow(std::string_view text);
std::optional<Horizon> parseHorizon(std::string_view text);
std::optional<EpicStatus> parseEpicStatus(std::string_view text);
std::optional<CriterionKind> parseCriterionKind(std::string_view text);
std::optional<CriterionFormat> parseCriterionFormat(std::string_view text);
std::optional<InsightSource> parseInsightSource(std::string_view text);
std::optional<KanoAnswer> parseKanoAnswer(std::string_view text);

} // namespace storyloom
