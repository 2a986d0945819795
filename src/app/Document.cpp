#include "Document.h"

#include "StoryChanges.h"

#include "BacklogRanking.h"
#include "BulkEdit.h"
#include "commands/AddStoryCommand.h"
#include "commands/BulkEditCommand.h"
#include "commands/ChangeSettingsCommand.h"
#include "commands/DeleteStoriesCommand.h"
#include "commands/EditStoryCommand.h"
#include "commands/MoveStoryCommand.h"
#include "domain/Rank.h"
#include "domain/Workspace.h"
#include "scoring/Framework.h"
#include "storage/WorkspaceStore.h"

#include <algorithm>
#include <unordered_set>

namespace storyloom {
namespace {

QString qs(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// Manual order: rank, ties by key number (as Workspace::storiesInRankOrder).
bool manuallyBefore(const Story& a, const Story& b) {
    if (a.rank != b.rank)
        return a.rank < b.rank;
    return keyNumber(a.key) < keyNumber(b.key);
}

enum MovePlace { Above, Below, Top, Bottom };

} // namespace

Document::Document(const Clock& clock, QObject* parent)
    : QObject(parent), m_clock(clock), m_workspace(std::make_unique<Workspace>()),
      m_ranking(std::make_unique<BacklogRanking>(*m_workspace, clock)) {}

Document::~Document() {
    // Commands refer to the document: drop them before the store and snapshot go.
    m_undo.clear();
}

bool Document::open(const QString& path) {
    try {
        return adopt(WorkspaceStore::open(path.toStdString(), m_clock), path);
    } catch (const StorageError& e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
}

bool Document::create(const QString& path, const QString& productName, const QString& projectKey) {
    try {
        return adopt(WorkspaceStore::create(path.toStdString(), productName.toStdString(),
                                            projectKey.toStdString(), m_clock),
                     path);
    } catch (const StorageError& e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
}

bool Document::adopt(std::unique_ptr<WorkspaceStore> store, const QString& path) {
    Workspace loaded = store->load();
    emit aboutToReset();
    m_undo.clear();
    m_store = std::move(store);
    *m_workspace = std::move(loaded);
    m_path = path;
    m_dataVersion = m_store->dataVersion();
    m_error.clear();
    afterSnapshotReplaced();
    emit reset();
    return true;
}

void Document::close() {
    if (!m_store)
        return;
    emit aboutToReset();
    m_undo.clear();
    m_store.reset();
    *m_workspace = Workspace{};
    m_path.clear();
    afterSnapshotReplaced();
    emit reset();
}

bool Document::reloadIfChangedOutside() {
    if (!m_store)
        return false;
    try {
        const long long version = m_store->dataVersion();
        if (version == m_dataVersion)
            return false;
        Workspace loaded = m_store->load();
        emit aboutToReset();
        *m_workspace = std::move(loaded);
        m_dataVersion = version;
        afterSnapshotReplaced();
        emit reset();
        return true;
    } catch (const StorageError& e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
}

void Document::afterSnapshotReplaced() {
    m_ranking->rebuild();
}

// --- Editing ------------------------------------------------------------------------------------

bool Document::pushCommand(QUndoCommand* command) {
    m_error.clear();
    m_lastEditFailed = false;
    // push() runs redo(); a command whose first redo fails marks itself obsolete and is dropped.
    m_undo.push(command);
    return !m_lastEditFailed;
}

void Document::reportFailure(const QString& message) {
    m_error = message;
    m_lastEditFailed = true;
}

bool Document::editStory(const Story& after, const QString& mergeKey) {
    if (!m_store)
        return false;
    const auto i = storyIndex(after.id);
    if (i < 0) {
        reportFailure(tr("The story could not be changed because it is no longer in the workspace. "
                         "Reload the workspace and try again."));
        return false;
    }
    const Story& before = m_workspace->stories[static_cast<std::size_t>(i)];
    return pushCommand(new EditStoryCommand(*this, before, after, mergeKey));
}

bool Document::bulkEdit(const QList<qint64>& storyIds, const BulkEdit& edit) {
    if (!m_store || storyIds.isEmpty() || edit.isEmpty())
        return false;
    std::vector<Story> before;
    std::vector<Story> after;
    for (qint64 id : storyIds) {
        const auto i = storyIndex(id);
        if (i < 0)
            continue;
        const Story& s = m_workspace->stories[static_cast<std::size_t>(i)];
        Story changed = s;
        if (edit.status)
            changed.status = *edit.status;
        if (edit.epicId)
            changed.epicId = *edit.epicId;
        if (edit.moscow)
            changed.moscow = *edit.moscow;
        if (edit.points)
            changed.points = *edit.points;
        for (const auto& label : edit.removeLabels)
            changed.labels.erase(std::remove(changed.labels.begin(), changed.labels.end(), label),
                                 changed.labels.end());
        for (const auto& label : edit.addLabels)
            if (std::find(changed.labels.begin(), changed.labels.end(), label) == changed.labels.end())
                changed.labels.push_back(label);
        before.push_back(s);
        after.push_back(std::move(changed));
    }
    if (before.empty()) {
        reportFailure(tr("None of the selected stories is in the workspace any more. Reload the "
                         "workspace and try again."));
        return false;
    }
    return pushCommand(new BulkEditCommand(*this, std::move(before), std::move(after)));
}

bool Document::moveStoryAbove(qint64 storyId, qint64 otherId) {
    return moveStory(storyId, otherId, Above);
}
bool Document::moveStoryBelow(qint64 storyId, qint64 otherId) {
    return moveStory(storyId, otherId, Below);
}
bool Document::moveStoryToTop(qint64 storyId) {
    return moveStory(storyId, 0, Top);
}
bool Document::moveStoryToBottom(qint64 storyId) {
    return moveStory(storyId, 0, Bottom);
}

bool Document::moveStory(qint64 storyId, qint64 otherId, int where) {
    if (!m_store)
        return false;
    const auto i = storyIndex(storyId);
    const auto o = otherId != 0 ? storyIndex(otherId) : -1;
    if (i < 0 || (otherId != 0 && o < 0)) {
        reportFailure(tr("The story could not be moved because it is no longer in the workspace. "
                         "Reload the workspace and try again."));
        return false;
    }
    if (storyId == otherId)
        return true;
    const auto& stories = m_workspace->stories;
    const Story& moving = stories[static_cast<std::size_t>(i)];
    const Story* other = o >= 0 ? &stories[static_cast<std::size_t>(o)] : nullptr;

    // The neighbours in manual order the story goes between (a linear scan: one user action).
    const Story* lo = nullptr;
    const Story* hi = nullptr;
    for (const Story& s : stories) {
        if (s.id == moving.id || &s == other)
            continue;
        switch (where) {
        case Above:
            hi = other;
            if (manuallyBefore(s, *other) && (!lo || manuallyBefore(*lo, s)))
                lo = &s;
            break;
        case Below:
            lo = other;
            if (manuallyBefore(*other, s) && (!hi || manuallyBefore(s, *hi)))
                hi = &s;
            break;
        case Top:
            if (!hi || manuallyBefore(s, *hi))
                hi = &s;
            break;
        default:
            if (!lo || manuallyBefore(*lo, s))
                lo = &s;
            break;
        }
    }
    if (where == Above && !hi)
        hi = other;
    if (where == Below && !lo)
        lo = other;
    std::string newRank;
    try {
        newRank = rank::between(lo ? lo->rank : std::string(), hi ? hi->rank : std::string());
    } catch (const std::invalid_argument&) {
        reportFailure(
            tr("%1 could not be moved because %2 and %3 share one place in the manual order. "
               "Move one of them first.")
                .arg(qs(moving.key), qs(lo ? lo->key : std::string()), qs(hi ? hi->key : std::string())));
        return false;
    }
    const QString text = where == Top      ? tr("Move %1 to the top").arg(qs(moving.key))
                         : where == Bottom ? tr("Move %1 to the bottom").arg(qs(moving.key))
                         : where == Above  ? tr("Move %1 above %2").arg(qs(moving.key), qs(other->key))
                                           : tr("Move %1 below %2").arg(qs(moving.key), qs(other->key));
    return pushCommand(new MoveStoryCommand(*this, moving.id, moving.rank, newRank, text));
}

bool Document::deleteStories(const QList<qint64>& storyIds) {
    if (!m_store || storyIds.isEmpty())
        return false;
    std::unordered_set<Id> ids;
    std::vector<Story> deleted;
    for (qint64 id : storyIds) {
        const auto i = storyIndex(id);
        if (i >= 0 && ids.insert(id).second)
            deleted.push_back(m_workspace->stories[static_cast<std::size_t>(i)]);
    }
    if (deleted.empty()) {
        reportFailure(tr("None of the selected stories is in the workspace any more."));
        return false;
    }
    std::vector<Story> blockers;
    for (const Story& s : m_workspace->stories)
        if (!ids.count(s.id) &&
            std::any_of(s.blocks.begin(), s.blocks.end(), [&](Id b) { return ids.count(b) > 0; }))
            blockers.push_back(s);
    return pushCommand(new DeleteStoriesCommand(*this, std::move(deleted), std::move(blockers)));
}

qint64 Document::addStory(const Story& draft) {
    if (!m_store)
        return 0;
    auto* command = new AddStoryCommand(*this, draft);
    if (!pushCommand(command))
        return 0;
    return command->storyId();
}

bool Document::changeSettings(const QMap<QString, QString>& settings, const QString& description) {
    if (!m_store || settings.isEmpty())
        return false;
    ChangeSettingsCommand::Values before;
    ChangeSettingsCommand::Values after;
    for (auto it = settings.begin(); it != settings.end(); ++it) {
        const std::string name = it.key().toStdString();
        const auto found = m_workspace->settings.find(name);
        before.emplace_back(name, found != m_workspace->settings.end()
                                      ? std::optional<std::string>(found->second)
                                      : std::nullopt);
        after.emplace_back(name, it.value().isNull() ? std::nullopt
                                                     : std::optional<std::string>(it.value().toStdString()));
    }
    const QString text = description.isEmpty() ? tr("Change %1").arg(settings.firstKey()) : description;
    return pushCommand(new ChangeSettingsCommand(*this, std::move(before), std::move(after), text));
}

bool Document::changeSetting(const QString& name, const QString& value) {
    return changeSettings({{name, value}});
}

// --- Writes used by the commands ----------------------------------------------------------------

QList<qint64> Document::refreshStories(const std::vector<Story>& written) {
    QList<qint64> ids;
    for (const Story& w : written) {
        const auto i = storyIndex(w.id);
        if (i < 0)
            continue;
        Story& target = m_workspace->stories[static_cast<std::size_t>(i)];
        // Read back: the store stamps updatedAt and gives new criteria their ids.
        if (auto stored = m_store->story(target.key))
            target = std::move(*stored);
        else
            target = w;
        ids.append(w.id);
    }
    return ids;
}

void Document::writeStoryChange(const Story& from, const Story& to) {
    writeStoryChanges({from}, {to});
}

void Document::writeStoryChanges(const std::vector<Story>& from, const std::vector<Story>& to) {
    std::vector<std::string> keys;
    keys.reserve(to.size());
    for (const Story& s : to)
        keys.push_back(s.key);
    // Each story is read as the file holds it now and only the edited fields are replayed onto it,
    // all in one transaction: another process's change to other fields of these stories survives.
    const auto missing = m_store->modifyStories(
        keys, [&](std::size_t i, Story& stored) { applyChangedFields(from[i], to[i], stored); });
    if (!missing.empty()) {
        const std::string file = m_path.toStdString();
        std::string list;
        for (const auto& key : missing)
            list += (list.empty() ? "" : ", ") + key;
        throw StorageError(StorageError::Kind::Invalid, file,
                           missing.size() == 1
                               ? "Story " + list + " is no longer in " + file +
                                     "; it may have been deleted in another window. Nothing was changed."
                               : "Stories " + list + " are no longer in " + file +
                                     "; they may have been deleted in another window. Nothing was changed.");
    }
    bool orderInputsChanged = false;
    std::vector<Story> old;
    old.reserve(to.size());
    for (const Story& s : to) {
        const auto i = storyIndex(s.id);
        old.push_back(i >= 0 ? m_workspace->stories[static_cast<std::size_t>(i)] : s);
    }
    const QList<qint64> ids = refreshStories(to);
    for (std::size_t k = 0; k < to.size(); ++k) {
        const auto i = storyIndex(to[k].id);
        if (i < 0)
            continue;
        const Story& now = m_workspace->stories[static_cast<std::size_t>(i)];
        orderInputsChanged = orderInputsChanged || old[k].rank != now.rank || old[k].blocks != now.blocks;
    }
    emit storiesChanged(ids);
    rerankAndNotify(orderInputsChanged);
}

void Document::writeRank(qint64 storyId, const std::string& rank) {
    m_store->setStoryRank(storyId, rank);
    const auto i = storyIndex(storyId);
    if (i >= 0)
        m_workspace->stories[static_cast<std::size_t>(i)].rank = rank;
    emit storiesChanged({storyId});
    rerankAndNotify(true);
}

void Document::writeDelete(const std::vector<Story>& stories) {
    std::unordered_set<Id> gone;
    try {
        // WorkspaceStore has no multi-story delete: one transaction per story.
        for (const Story& s : stories) {
            m_store->deleteStory(s.id);
            gone.insert(s.id);
        }
    } catch (...) {
        if (!gone.empty())
            reloadAfterPartialWrite();
        throw;
    }
    QList<qint64> ids;
    for (const Story& s : stories)
        ids.append(s.id);
    emit storiesAboutToBeRemoved(ids);
    auto& all = m_workspace->stories;
    all.erase(std::remove_if(all.begin(), all.end(), [&](const Story& s) { return gone.count(s.id) > 0; }),
              all.end());
    // The file dropped the links to deleted stories with them (foreign keys); mirror that.
    for (Story& s : all)
        s.blocks.erase(
            std::remove_if(s.blocks.begin(), s.blocks.end(), [&](Id b) { return gone.count(b) > 0; }),
            s.blocks.end());
    m_ranking->rebuild();
    emit storiesRemoved(ids);
    emit rankingAboutToChange();
    emit rankingChanged();
}

void Document::writeRestore(const std::vector<Story>& stories, const std::vector<Story>& blockersBefore) {
    std::unordered_set<Id> restoring;
    for (const Story& s : stories)
        restoring.insert(s.id);
    std::vector<Story> relink = blockersBefore;
    std::size_t restored = 0;
    try {
        for (const Story& s : stories) {
            // Links among the restored stories wait until all of them exist again.
            Story first = s;
            first.blocks.erase(std::remove_if(first.blocks.begin(), first.blocks.end(),
                                              [&](Id b) { return restoring.count(b) > 0; }),
                               first.blocks.end());
            if (first.blocks != s.blocks)
                relink.push_back(s);
            m_store->restoreStory(first);
            ++restored;
        }
        // The links come back one by one onto the stories as the file holds them, so another
        // process's edits to those stories since the delete survive the undo. A blocker deleted
        // meanwhile by another process is skipped.
        const auto relinkLinks = [&](std::size_t i, Story& stored) {
            for (Id b : relink[i].blocks)
                if (std::find(stored.blocks.begin(), stored.blocks.end(), b) == stored.blocks.end())
                    stored.blocks.push_back(b);
        };
        const auto keysOf = [](const std::vector<Story>& list) {
            std::vector<std::string> keys;
            for (const Story& r : list)
                keys.push_back(r.key);
            return keys;
        };
        if (!relink.empty()) {
            const auto missing = m_store->modifyStories(keysOf(relink), relinkLinks);
            if (!missing.empty()) {
                relink.erase(std::remove_if(relink.begin(), relink.end(),
                                            [&](const Story& r) {
                                                return std::find(missing.begin(), missing.end(), r.key) !=
                                                       missing.end();
                                            }),
                             relink.end());
                if (!relink.empty())
                    m_store->modifyStories(keysOf(relink), relinkLinks);
            }
        }
    } catch (...) {
        if (restored > 0)
            reloadAfterPartialWrite();
        throw;
    }
    QList<qint64> ids;
    for (const Story& s : stories)
        ids.append(s.id);
    emit storiesAboutToBeAdded(ids);
    for (const Story& s : stories) {
        auto stored = m_store->story(s.key);
        m_workspace->stories.push_back(stored ? std::move(*stored) : s);
    }
    m_ranking->rebuild();
    emit storiesAdded(ids);
    if (!blockersBefore.empty()) {
        emit storiesChanged(refreshStories(blockersBefore));
        m_ranking->rebuild();
    }
    emit rankingAboutToChange();
    emit rankingChanged();
}

Story Document::writeAdd(const Story& draft) {
    Story stored = m_store->addStory(draft);
    if (auto readBack = m_store->story(stored.key))
        stored = std::move(*readBack);
    m_workspace->nextKeyNumber = std::max(m_workspace->nextKeyNumber, keyNumber(stored.key) + 1);
    const QList<qint64> ids{stored.id};
    emit storiesAboutToBeAdded(ids);
    m_workspace->stories.push_back(stored);
    m_ranking->rebuild();
    emit storiesAdded(ids);
    emit rankingAboutToChange();
    emit rankingChanged();
    return stored;
}

void Document::writeSettings(const std::vector<std::pair<std::string, std::optional<std::string>>>& values) {
    QStringList names;
    bool scoring = false;
    for (const auto& [name, value] : values) {
        if (value)
            m_store->setSetting(name, *value);
        else
            m_store->removeSetting(name);
        if (value)
            m_workspace->settings[name] = *value;
        else
            m_workspace->settings.erase(name);
        names.append(qs(name));
        scoring = scoring || name.rfind("scoring.", 0) == 0;
    }
    emit settingsChanged(names);
    if (scoring)
        rerankAndNotify(false, true);
}

void Document::rerankAndNotify(bool rebuildIndexes, bool settingsChanged) {
    emit rankingAboutToChange();
    if (rebuildIndexes)
        m_ranking->rebuild();
    else if (settingsChanged)
        m_ranking->reloadSettings();
    else
        m_ranking->rerank();
    emit rankingChanged();
}

void Document::reloadAfterPartialWrite() {
    // Part of a multi-story write reached the file before it failed: show what the file holds.
    emit aboutToReset();
    *m_workspace = m_store->load();
    m_dataVersion = m_store->dataVersion();
    afterSnapshotReplaced();
    emit reset();
}

// --- Ranking ------------------------------------------------------------------------------------

const scoring::Ranking& Document::ranking() const {
    return m_ranking->ranking();
}

QString Document::frameworkName() const {
    const auto name = scoring::label(m_ranking->settings().framework);
    return QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
}

QString Document::scoringSettingsError() const {
    return qs(m_ranking->settingsError());
}

int Document::rankingPosition(qint64 storyId) const {
    return static_cast<int>(m_ranking->position(storyId));
}

qsizetype Document::storyIndex(qint64 storyId) const {
    return m_ranking->storyIndex(storyId);
}

double Document::maxScore() const {
    return m_ranking->maxScore();
}

scoring::Breakdown Document::explain(qint64 storyId) const {
    return m_ranking->explain(storyId);
}

} // namespace storyloom
