#pragma once

#include <QUndoCommand>

#include <functional>

namespace storyloom {

class Document;

/// Base of the document's undo commands: runs a write and turns a refusal into the document's
/// error. A first redo that fails (from QUndoStack::push) marks the command obsolete so the stack
/// drops it; a later undo or redo that fails emits Document::editFailed and leaves the snapshot
/// showing what the file holds.
class DocumentCommand : public QUndoCommand {
public:
    DocumentCommand(Document& document, const QString& text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;

    Document& m_document;

private:
    void run(const std::function<void()>& write, bool isUndo);

    bool m_firstRedo = true;
};

} // namespace storyloom
