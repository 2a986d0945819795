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
class ReadinessContext;
class WorkspaceStore;
struct BulkEdit;
struct Epic;
struct Insight;
struct Persona;
struct Story;
struct Theme;
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
    /// The clock the document stamps edits with; "today" for exports made from the open workspace.
    const Clock& clock() const { return m_clock; }

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

    // --- Epics, themes and research ---------------------------------------------------------------
    // Same contract as the story edits: one undo step each, written to the file at once, by id.

    /// Adds an epic (key allocated, ranked last unless draft.rank is set). Returns its id, 0 on failure.
    qint64 addEpic(const Epic& draft);
    /// Replaces the epic with after.id (key kept). Consecutive edits with the same non-empty mergeKey
    /// merge into one undo step (typing a title; dragging a timeline bar uses "dates").
    bool editEpic(const Epic& after, const QString& mergeKey = {});
    /// Deletes the epic. moveStoriesTo: the epic its stories move to; when empty, its stories are
    /// deleted with it. One undo step restores everything (epic, stories, their links).
    bool deleteEpic(qint64 epicId, std::optional<qint64> moveStoriesTo);
    qint64 addTheme(const Theme& draft);
    bool editTheme(const Theme& after);
    /// Deletes the theme; its epics keep existing without a theme. Undo gives it back to them.
    bool deleteTheme(qint64 themeId);
    qint64 addPersona(const Persona& draft);
    bool editPersona(const Persona& after, const QString& mergeKey = {});
    /// Also unlinks the persona from every story; undo relinks.
    bool deletePersona(qint64 personaId);
    qint64 addInsight(const Insight& draft);
    bool editInsight(const Insight& after, const QString& mergeKey = {});
    /// Also unlinks the insight from every story; undo relinks.
    bool deleteInsight(qint64 insightId);
    /// Links (link true) or unlinks the persona or insight to / from the stories in one undo step: a
    /// story edit of Story::personaIds / insightIds. Stories already in that state are skipped.
    bool linkPersona(qint64 personaId, const QList<qint64>& storyIds, bool link);
    bool linkInsight(qint64 insightId, const QList<qint64>& storyIds, bool link);

    const Epic* findEpic(qint64 epicId) const;
    const Theme* findTheme(qint64 themeId) const;
    const Persona* findPersona(qint64 personaId) const;
    const Insight* findInsight(qint64 insightId) const;
    /// Ids of the stories of the epic / linked to the persona / insight, in manual order.
    QList<qint64> storiesOfEpic(qint64 epicId) const;
    QList<qint64> storiesOfPersona(qint64 personaId) const;
    QList<qint64> storiesOfInsight(qint64 insightId) const;

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

    // --- Story editor ------------------------------------------------------------------------
    // Implemented in DocumentEditor.cpp.

    /// The score `draft` would have under the current settings, term by term, whether or not it is
    /// stored like this: what the story editor shows while the product owner types an input.
    scoring::Breakdown explainDraft(const Story& draft) const;
    /// The workspace's Definition of Ready rules and open-blocker index (Readiness.h). Built on
    /// first use after any change of stories, settings or the whole content, so evaluating every
    /// backlog row costs no scan of the workspace.
    const ReadinessContext& readinessContext() const;

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
    /// Epics or themes were added, removed or changed (the list is small: views rebuild).
    void epicsChanged();
    /// Personas or insights were added, removed or changed.
    void researchChanged();
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
    // --- Epics, themes and research (DocumentResearch.cpp, commands/ResearchCommands.*) ---
    friend class AddEpicCommand;
    friend class EditEpicCommand;
    friend class DeleteEpicCommand;
    friend class ThemeCommand;
    friend class PersonaCommand;
    friend class InsightCommand;

    bool linkResearch(qint64 id, const QList<qint64>& storyIds, bool link, bool persona);
    // Writes used by those commands; they throw StorageError when the file refuses (nothing changed).
    Epic writeAddEpic(const Epic& draft);
    void writeEpic(const Epic& epic);
    /// Deletes `epic`, the stories `deleted` and rewrites `rewritten` (moved stories, blockers of
    /// deleted ones) in one transaction.
    void writeDeleteEpic(const Epic& epic, const std::vector<Story>& deleted,
                         const std::vector<Story>& rewritten);
    void writeRestoreEpic(const Epic& epic, const std::vector<Story>& deleted,
                          const std::vector<Story>& rewritten);
    Theme writeAddTheme(const Theme& draft);
    void writeTheme(const Theme& theme);
    void writeDeleteTheme(const Theme& theme);
    void writeRestoreTheme(const Theme& theme, const std::vector<Epic>& epics);
    Persona writeAddPersona(const Persona& draft);
    void writePersona(const Persona& persona);
    void writeDeletePersona(const Persona& persona);
    void writeRestorePersona(const Persona& persona, const std::vector<Story>& linked);
    Insight writeAddInsight(const Insight& draft);
    void writeInsight(const Insight& insight);
    void writeDeleteInsight(const Insight& insight);
    void writeRestoreInsight(const Insight& insight, const std::vector<Story>& linked);
    /// After a write of epics' stories: mirror removals and rewrites into the snapshot and signal.
    void afterStoriesWritten(const std::vector<Story>& removed, const std::vector<Story>& rewritten,
                             const std::vector<Story>& added);

    bool adopt(std::unique_ptr<WorkspaceStore> store, const QString& path);
    bool pushCommand(QUndoCommand* command);
    bool moveStory(qint64 storyId, qint64 otherId, int where);
    void reportFailure(const QString& message);

    // Writes used by the commands: write the file, update the snapshot, emit the signals. They
    // throw StorageError when the file refuses the change (nothing changed then).
    /// Writes the fields in which `to` differs from `from` onto the story as the file holds it now
    /// (see StoryChanges.h), so a change another process made to other fields survives.
    void writeStoryChange(const Story& from, const Story& to);
    /// writeStoryChange for several stories (`from[i]` -> `to[i]`) in one transaction; all or
    /// nothing (a story deleted meanwhile fails the whole write, naming its key).
    void writeStoryChanges(const std::vector<Story>& from, const std::vector<Story>& to);
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

    // --- Story editor ---
    class ReadinessCache;
    static ReadinessCache* makeReadinessCache(Document* document);
    /// A child QObject that drops the cached ReadinessContext on every change signal. Declared last
    /// and created in the constructor, so it is connected before any model or view: they never read
    /// a stale context in their own slots.
    ReadinessCache* m_readinessCache = makeReadinessCache(this);
};

} // namespace storyloom
