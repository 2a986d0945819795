#include "BulkEditCommand.h"

#include "app/Document.h"

namespace storyloom {

BulkEditCommand::BulkEditCommand(Document& document, std::vector<Story> before, std::vector<Story> after)
    : DocumentCommand(document, QObject::tr("Edit %n stories", nullptr, static_cast<int>(before.size()))),
      m_before(std::move(before)), m_after(std::move(after)) {}

void BulkEditCommand::apply() {
    m_document.writeStoryChanges(m_before, m_after);
}

void BulkEditCommand::revert() {
    m_document.writeStoryChanges(m_after, m_before);
}

} // namespace storyloom
