#pragma once

#include "DocumentCommand.h"
#include "domain/Story.h"

namespace storyloom {

/// Adding a story. The first redo stores the draft (the file allocates id and key); undo deletes
/// it; a later redo restores it with the same id and key.
class AddStoryCommand : public DocumentCommand {
public:
    AddStoryCommand(Document& document, Story draft);

    /// The stored story's id, 0 before the first successful redo.
    Id storyId() const { return m_stored.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Story m_draft;
    Story m_stored;
};

} // namespace storyloom
