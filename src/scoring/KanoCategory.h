#pragma once

#include "domain/Enums.h"

#include <optional>
#include <string_view>

namespace storyloom::scoring {

/// The Kano categories (Noriaki Kano, 1984).
enum class KanoCategory { MustBe, OneDimensional, Attractive, Indifferent, Reverse, Questionable };

/// The category for one functional / dysfunctional answer pair, through the Kano evaluation table
/// (rows: answer to "how do you feel if it has this?", columns: "...if it lacks this?"):
///
///                 like  expect  neutral  tolerate  dislike
///     like         Q      A       A         A        O
///     expect       R      I       I         I        M
///     neutral      R      I       I         I        M
///     tolerate     R      I       I         I        M
///     dislike      R      R       R         R        Q
KanoCategory classifyKano(KanoAnswer functional, KanoAnswer dysfunctional);

/// "must-be", "one-dimensional", "attractive", "indifferent", "reverse", "questionable".
std::string_view toId(KanoCategory category);
/// "Must-be", "One-dimensional (performance)", ...
std::string_view label(KanoCategory category);
std::optional<KanoCategory> parseKanoCategory(std::string_view text);

} // namespace storyloom::scoring
