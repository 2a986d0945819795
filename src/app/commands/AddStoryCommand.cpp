#include "AddStoryCommand.h"

#include "app/Document.h"

namespace storyloom {

AddStoryCommand::AddStoryCommand(Document& document, Story draft)
    : DocumentCommand(document, QObject::tr("Add story")), m_draft(std::move(draft)) {}

void AddStoryCommand::apply() {
    if (m_stored.id == 0) {
        m_stored = m_document.writeAdd(m_draft);
        setText(QObject::tr("Add %1").arg(QString::fromStdString(m_stored.key)));
    } else {
        m_document.writeRestore({m_stored}, {});
    }
}

void AddStoryCommand::revert() {
    m_document.writeDelete({m_stored});
}

} // namespace storyloom
