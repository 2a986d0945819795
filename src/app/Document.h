#pragma once

#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUndoStack>

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace storyloom {

class BacklogRanking;
class Clock;
class WorkspaceStore;
struct BulkEdit;
struct Story;
struct Workspace;
namespace scoring {
struct Breakdown;
struct Ranking;
} // namespace scoring

// Domain and scoring headers are not included here: moc cannot parse the C++20 standard headers
// they pull in.

/// The open workspace as the GUI sees it: the file (WorkspaceStore), an in-memory snapshot of its
/// content, the current score ranking and the undo stack. The only place that turns workspace
/// changes into Qt signals.
///
/// Editing contract: every edit method pushes one QUndoCommand; its redo and undo each write the
/// file first (one WorkspaceStore write) and only then update the snapshot and emit signals, so the
/// snapshot never shows what the file does not hold. An edit the file refuses returns false, leaves
/// the undo stack and snapshot as they were and sets errorString(); a failed undo or redo emits
/// editFailed(). Story ids in signals are Story::id values.
///
/// Signal order for one change: storiesAboutToBeRemoved (before the snapshot loses them),
/// storiesRemoved, storiesAboutToBeAdded / storiesAdded, storiesChanged (same set of stories,
/// fields changed), then rankingAboutToChange / rankingChanged (the order may differ).
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

    // --- Editing (each call is one undo step) -------------------------------------------------

    /// Replaces the story with `after.id` by `after` (any fields; key and createdAt are kept).
    /// Consecutive edits of the same story with the same non-empty `mergeKey` (the field being typed
    /// in, say "title") merge into one undo step.
    bool editStory(const Story& after, const QString& mergeKey = {});
    /// Applies `edit` to every listed story in one write and one undo step.
    bool bulkEdit(const QList<qint64>& storyIds, const BulkEdit& edit);
    /// Manual order: puts the story directly above / below `otherId`, or first / last.
    bool moveStoryAbove(qint64 storyId, qint64 otherId);
    bool moveStoryBelow(qint64 storyId, qint64 otherId);
    bool moveStoryToTop(qint64 storyId);
    bool moveStoryToBottom(qint64 storyId);
    /// Moves a story directly above / below another one *in the ranking*, as the backlog shows it:
    /// one undo step that writes the manual rank and, because the score alone would put the stories
    /// the other way round, a pin ("scoring.pins") that keeps the chosen order. The story's own
    /// earlier pins are replaced. See RankPlacement.cpp.
    bool placeAbove(qint64 storyId, qint64 otherId);
    bool placeBelow(qint64 storyId, qint64 otherId);
    /// Deletes the stories; undo brings them back with their ids, keys, criteria and the "blocks"
    /// links other stories had to them.
    bool deleteStories(const QList<qint64>& storyIds);
    /// Adds a story (ranked last unless `draft.rank` is set). Returns its id, 0 on failure.
    qint64 addStory(const Story& draft);
    /// Sets (value) or removes (null QString) workspace settings, e.g. "scoring.framework", in one
    /// undo step.
    bool changeSettings(const QMap<QString, QString>& settings, const QString& description = {});
    bool changeSetting(const QString& name, const QString& value);

    // --- Ranking -------------------------------------------------------------------------------

    const scoring::Ranking& ranking() const;
    /// "RICE", "WSJF", ... of the framework the ranking uses.
    QString frameworkName() const;
    /// Why the workspace's scoring settings are not used (the defaults are), empty when they are.
    QString scoringSettingsError() const;
    /// 1-based position of the story in the ranking, 0 when there is no such story.
    int rankingPosition(qint64 storyId) const;
    /// Index into workspace().stories, -1 when there is no such story.
    qsizetype storyIndex(qint64 storyId) const;
    /// The highest score among scored stories (for relative score bars).
    double maxScore() const;
    /// Why the story has its score, term by term (scoring::score under the current settings).
    scoring::Breakdown explain(qint64 storyId) const;

signals:
    /// Emitted before and after the whole content is replaced (open, close, reload).
    void aboutToReset();
    void reset();

    void storiesAboutToBeAdded(const QList<qint64>& storyIds);
    void storiesAdded(const QList<qint64>& storyIds);
    void storiesAboutToBeRemoved(const QList<qint64>& storyIds);
    void storiesRemoved(const QList<qint64>& storyIds);
    /// Fields of these stories changed; no story was added or removed.
    void storiesChanged(const QList<qint64>& storyIds);
    void settingsChanged(const QStringList& names);
    void rankingAboutToChange();
    void rankingChanged();
    /// An undo or redo could not be written (file locked, story deleted in another window, ...).
    void editFailed(const QString& message);

private:
    friend class DocumentCommand;
    friend class EditStoryCommand;
    friend class BulkEditCommand;
    friend class MoveStoryCommand;
    friend class DeleteStoriesCommand;
    friend class AddStoryCommand;
    friend class ChangeSettingsCommand;

    bool adopt(std::unique_ptr<WorkspaceStore> store, const QString& path);
    bool pushCommand(QUndoCommand* command);
    bool moveStory(qint64 storyId, qint64 otherId, int where);
    void reportFailure(const QString& message);

    // Writes used by the commands: write the file, update the snapshot, emit the signals. They
    // throw StorageError when the file refuses the change (nothing changed then).
    void writeStories(const std::vector<Story>& stories);
    /// Writes the fields in which `to` differs from `from` onto the story as the file holds it now
    /// (see StoryChanges.h), so a change another process made to other fields survives.
    void writeStoryChange(const Story& from, const Story& to);
    void writeRank(qint64 storyId, const std::string& rank);
    void writeDelete(const std::vector<Story>& stories);
    void writeRestore(const std::vector<Story>& stories, const std::vector<Story>& blockersBefore);
    Story writeAdd(const Story& draft);
    void writeSettings(const std::vector<std::pair<std::string, std::optional<std::string>>>& values);
    /// Rewrites the snapshot copy of stored stories (read back from the file) in place.
    QList<qint64> refreshStories(const std::vector<Story>& written);
    void rerankAndNotify(bool rebuildIndexes, bool settingsChanged = false);
    void afterSnapshotReplaced();
    void reloadAfterPartialWrite();

    const Clock& m_clock;
    std::unique_ptr<WorkspaceStore> m_store;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<BacklogRanking> m_ranking;
    QString m_path;
    QString m_error;
    long long m_dataVersion = 0;
    bool m_lastEditFailed = false;
    QUndoStack m_undo;
};

} // namespace storyloom
