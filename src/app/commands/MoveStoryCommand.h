#pragma once

#include "DocumentCommand.h"
#include "domain/Ids.h"

#include <string>

namespace storyloom {

/// A move in the manual order: the story's rank key before and after (one row each way).
class MoveStoryCommand : public DocumentCommand {
public:
    MoveStoryCommand(Document& document, Id storyId, std::string oldRank, std::string newRank,
                     const QString& text);

protected:
    void apply() override;
    void revert() override;

private:
    Id m_storyId;
    std::string m_oldRank;
    std::string m_newRank;
};

} // namespace storyloom
