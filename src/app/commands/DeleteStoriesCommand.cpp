#include "DeleteStoriesCommand.h"

#include "app/Document.h"

namespace storyloom {

DeleteStoriesCommand::DeleteStoriesCommand(Document& document, std::vector<Story> deleted,
                                           std::vector<Story> blockersBefore)
    : DocumentCommand(document,
                      deleted.size() == 1
                          ? QObject::tr("Delete %1").arg(QString::fromStdString(deleted.front().key))
                          : QObject::tr("Delete %n stories", nullptr, static_cast<int>(deleted.size()))),
      m_deleted(std::move(deleted)), m_blockersBefore(std::move(blockersBefore)) {}

void DeleteStoriesCommand::apply() {
    m_document.writeDelete(m_deleted);
}

void DeleteStoriesCommand::revert() {
    m_document.writeRestore(m_deleted, m_blockersBefore);
}

} // namespace storyloom
