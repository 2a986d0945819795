#include "DocumentCommand.h"

#include "app/Document.h"

#include <exception>

namespace storyloom {

DocumentCommand::DocumentCommand(Document& document, const QString& text) : m_document(document) {
    setText(text);
}

void DocumentCommand::redo() {
    run([this] { apply(); }, false);
    m_firstRedo = false;
}

void DocumentCommand::undo() {
    run([this] { revert(); }, true);
}

void DocumentCommand::run(const std::function<void()>& write, bool isUndo) {
    try {
        write();
    } catch (const std::exception& e) {
        const QString message = QString::fromUtf8(e.what());
        if (m_firstRedo && !isUndo) {
            setObsolete(true);
            m_document.reportFailure(message);
        } else {
            m_document.reportFailure(message);
            emit m_document.editFailed(
                (isUndo ? QObject::tr("Could not undo \"%1\": %2") : QObject::tr("Could not redo \"%1\": %2"))
                    .arg(text(), message));
        }
    }
}

} // namespace storyloom
