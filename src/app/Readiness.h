#pragma once

#include "domain/Story.h"

#include <string>

namespace storyloom {

/// Interim readiness check until the configurable Definition of Ready exists: a story is ready
/// when its status is Ready, the three user-story parts are filled, it has at least one acceptance
/// criterion and it is estimated.
///
/// Returns the first missing item in a product owner's words ("status is not Ready", "no
/// acceptance criteria", ...), or an empty string when the story is ready.
std::string firstMissingReadinessItem(const Story& story);

inline bool isReady(const Story& story) {
    return firstMissingReadinessItem(story).empty();
}

} // namespace storyloom
