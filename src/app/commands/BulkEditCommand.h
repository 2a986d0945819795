#pragma once

#include "DocumentCommand.h"
#include "domain/Story.h"

#include <vector>

namespace storyloom {

/// One bulk edit of several stories, written in one transaction each way. Only the fields the edit
/// changed are written, onto the stories as the file holds them (Document::writeStoryChanges).
class BulkEditCommand : public DocumentCommand {
public:
    BulkEditCommand(Document& document, std::vector<Story> before, std::vector<Story> after);

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<Story> m_before;
    std::vector<Story> m_after;
};

} // namespace storyloom
