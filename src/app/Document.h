#pragma once

#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>

namespace storyloom {

class Clock;
class WorkspaceStore;
struct Workspace;

// Domain headers are not included here: moc cannot parse the C++20 standard headers they pull in.

/// The open workspace as the GUI sees it: the file (WorkspaceStore), an in-memory snapshot of its
/// content, and the undo stack. The only place that turns workspace changes into Qt signals.
///
/// Call from the UI thread only.
class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(const Clock& clock, QObject* parent = nullptr);
    ~Document() override;

    /// Opens `path`. On failure returns false, keeps the previously open workspace and sets
    /// errorString() to a sentence naming the file.
    bool open(const QString& path);
    /// Creates a new workspace file and opens it.
    bool create(const QString& path, const QString& productName, const QString& projectKey);
    void close();

    bool isOpen() const { return m_store != nullptr; }
    QString filePath() const { return m_path; }
    QString errorString() const { return m_error; }
    const Workspace& workspace() const { return *m_workspace; }
    QUndoStack* undoStack() { return &m_undo; }

    /// Re-reads the file when another process (the CLI, a second window) changed it. Returns true
    /// when a reload happened.
    bool reloadIfChangedOutside();

signals:
    /// Emitted before and after the whole content is replaced (open, close, reload).
    void aboutToReset();
    void reset();

private:
    bool adopt(std::unique_ptr<WorkspaceStore> store, const QString& path);

    const Clock& m_clock;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    QString m_path;
    QString m_error;
    long long m_dataVersion = 0;
    QUndoStack m_undo;
};

} // namespace storyloom
