#include "KanoCategory.h"

#include <array>
#include <cctype>
#include <string>

namespace storyloom::scoring {
namespace {

constexpr KanoCategory Q = KanoCategory::Questionable;
constexpr KanoCategory A = KanoCategory::Attractive;
constexpr KanoCategory O = KanoCategory::OneDimensional;
constexpr KanoCategory M = KanoCategory::MustBe;
constexpr KanoCategory I = KanoCategory::Indifferent;
constexpr KanoCategory R = KanoCategory::Reverse;

// Indexed [functional][dysfunctional] in the order like, expect, neutral, tolerate, dislike.
constexpr std::array<std::array<KanoCategory, 5>, 5> kTable{
    {{Q, A, A, A, O}, {R, I, I, I, M}, {R, I, I, I, M}, {R, I, I, I, M}, {R, R, R, R, Q}}};

std::size_t indexOf(KanoAnswer a) {
    switch (a) {
    case KanoAnswer::Like:
        return 0;
    case KanoAnswer::Expect:
        return 1;
    case KanoAnswer::Neutral:
        return 2;
    case KanoAnswer::Tolerate:
        return 3;
    case KanoAnswer::Dislike:
        return 4;
    }
    return 2;
}

struct Entry {
    KanoCategory category;
    std::string_view id;
    std::string_view label;
};

constexpr std::array<Entry, 6> kEntries{{{M, "must-be", "Must-be"},
                                         {O, "one-dimensional", "One-dimensional (performance)"},
                                         {A, "attractive", "Attractive"},
                                         {I, "indifferent", "Indifferent"},
                                         {R, "reverse", "Reverse"},
                                         {Q, "questionable", "Questionable"}}};

} // namespace

KanoCategory classifyKano(KanoAnswer functional, KanoAnswer dysfunctional) {
    return kTable[indexOf(functional)][indexOf(dysfunctional)];
}

std::string_view toId(KanoCategory category) {
    for (const auto& e : kEntries)
        if (e.category == category)
            return e.id;
    return {};
}

std::string_view label(KanoCategory category) {
    for (const auto& e : kEntries)
        if (e.category == category)
            return e.label;
    return {};
}

std::optional<KanoCategory> parseKanoCategory(std::string_view text) {
    std::string key;
    for (char c : text) {
        if (c == '_' || c == ' ')
            c = '-';
        key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    for (const auto& e : kEntries)
        if (e.id == key)
            return e.category;
    return std::nullopt;
}

} // namespace storyloom::scoring
