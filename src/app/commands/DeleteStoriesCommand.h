#pragma once

#include "DocumentCommand.h"
#include "domain/Story.h"

#include <vector>

namespace storyloom {

/// Deleting stories. Keeps the complete stories (ids, keys, criteria, timestamps) and the other
/// stories that blocked them as they were, so undo restores the links too.
class DeleteStoriesCommand : public DocumentCommand {
public:
    DeleteStoriesCommand(Document& document, std::vector<Story> deleted, std::vector<Story> blockersBefore);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<Story> m_deleted;
    std::vector<Story> m_blockersBefore;
};

} // namespace storyloom
