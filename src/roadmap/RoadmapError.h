#pragma once

#include <stdexcept>
#include <string>

namespace storyloom::roadmap {

/// A roadmap problem a user can fix: a saved view or baseline setting that does not parse, an unknown
/// view name, an export that cannot be written. The message is a sentence naming the view and field.
class RoadmapError : public std::runtime_error {
public:
    explicit RoadmapError(const std::string& message) : std::runtime_error(message) {}
};

} // namespace storyloom::roadmap
