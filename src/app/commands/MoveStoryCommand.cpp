#include "MoveStoryCommand.h"

#include "app/Document.h"

namespace storyloom {

MoveStoryCommand::MoveStoryCommand(Document& document, Id storyId, std::string oldRank, std::string newRank,
                                   const QString& text)
    : DocumentCommand(document, text), m_storyId(storyId), m_oldRank(std::move(oldRank)),
      m_newRank(std::move(newRank)) {}

void MoveStoryCommand::apply() {
    m_document.writeRank(m_storyId, m_newRank);
}

void MoveStoryCommand::revert() {
    m_document.writeRank(m_storyId, m_oldRank);
}

} // namespace storyloom
