#include "Framework.h"

#include <cctype>
#include <string>

namespace storyloom::scoring {
namespace {

struct Entry {
    Framework framework;
    std::string_view id;
    std::string_view label;
};

constexpr std::array<Entry, 8> kEntries{{{Framework::Rice, "rice", "RICE"},
                                         {Framework::Ice, "ice", "ICE"},
                                         {Framework::Wsjf, "wsjf", "WSJF"},
                                         {Framework::Moscow, "moscow", "MoSCoW"},
                                         {Framework::Kano, "kano", "Kano"},
                                         {Framework::ValueEffort, "value-effort", "Value vs effort"},
                                         {Framework::Scorecard, "scorecard", "Weighted scorecard"},
                                         {Framework::Formula, "formula", "Custom formula"}}};

} // namespace

std::string_view toId(Framework framework) {
    for (const auto& e : kEntries)
        if (e.framework == framework)
            return e.id;
    return {};
}

std::string_view label(Framework framework) {
    for (const auto& e : kEntries)
        if (e.framework == framework)
            return e.label;
    return {};
}

std::optional<Framework> parseFramework(std::string_view text) {
    std::string key;
    key.reserve(text.size());
    for (char c : text) {
        if (c == '_' || c == ' ')
            c = '-';
        key.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    for (const auto& e : kEntries)
        if (e.id == key)
            return e.framework;
    return std::nullopt;
}

std::string_view frameworkIdList() {
    return "rice, ice, wsjf, moscow, kano, value-effort, scorecard, formula";
}

} // namespace storyloom::scoring
