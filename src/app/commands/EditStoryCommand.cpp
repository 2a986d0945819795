#include "EditStoryCommand.h"

#include "app/Document.h"

namespace storyloom {
namespace {

constexpr int kEditStoryId = 0x5701;

} // namespace

EditStoryCommand::EditStoryCommand(Document& document, Story before, Story after, const QString& mergeKey)
    : DocumentCommand(document,
                      mergeKey.isEmpty()
                          ? QObject::tr("Edit %1").arg(QString::fromStdString(before.key))
                          : QObject::tr("Edit %1 of %2").arg(mergeKey, QString::fromStdString(before.key))),
      m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey) {}

int EditStoryCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : kEditStoryId;
}

bool EditStoryCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = dynamic_cast<const EditStoryCommand*>(other);
    if (!edit || edit->isObsolete() || edit->m_before.id != m_before.id || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

// Only the fields this edit changed are written, onto the story as the file holds it now: a change
// another process made meanwhile to other fields of the same story is kept (no lost update).
void EditStoryCommand::apply() {
    m_document.writeStoryChange(m_before, m_after);
}

void EditStoryCommand::revert() {
    m_document.writeStoryChange(m_after, m_before);
}

} // namespace storyloom
