#include "Readiness.h"

namespace storyloom {

std::string firstMissingReadinessItem(const Story& story) {
    if (story.status != StoryStatus::Ready)
        return "status is not Ready";
    if (story.asA.empty())
        return "no \"As a\" part";
    if (story.iWant.empty())
        return "no \"I want\" part";
    if (story.soThat.empty())
        return "no \"So that\" part";
    if (story.criteria.empty())
        return "no acceptance criteria";
    if (!story.points)
        return "not estimated";
    return {};
}

} // namespace storyloom
