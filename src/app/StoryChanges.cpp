#include "StoryChanges.h"

namespace storyloom {
namespace {

template <typename Field>
void copyIfChanged(const Story& from, const Story& to, Story& target, Field Story::*field) {
    if (!(from.*field == to.*field))
        target.*field = to.*field;
}

} // namespace

void applyChangedFields(const Story& from, const Story& to, Story& target) {
    copyIfChanged(from, to, target, &Story::epicId);
    copyIfChanged(from, to, target, &Story::title);
    copyIfChanged(from, to, target, &Story::asA);
    copyIfChanged(from, to, target, &Story::iWant);
    copyIfChanged(from, to, target, &Story::soThat);
    copyIfChanged(from, to, target, &Story::description);
    copyIfChanged(from, to, target, &Story::status);
    copyIfChanged(from, to, target, &Story::points);
    copyIfChanged(from, to, target, &Story::moscow);
    copyIfChanged(from, to, target, &Story::labels);
    copyIfChanged(from, to, target, &Story::personaIds);
    copyIfChanged(from, to, target, &Story::insightIds);
    copyIfChanged(from, to, target, &Story::blocks);
    copyIfChanged(from, to, target, &Story::releaseId);
    copyIfChanged(from, to, target, &Story::inputs);
    copyIfChanged(from, to, target, &Story::criteria);
    copyIfChanged(from, to, target, &Story::rank);
}

} // namespace storyloom
