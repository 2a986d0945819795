// Document's "Epics, themes and research" section: epics, themes, personas and insights, and
// linking personas / insights to stories. Same editing contract as Document.cpp.
#include "Document.h"

#include "BacklogRanking.h"
#include "commands/BulkEditCommand.h"
#include "commands/ResearchCommands.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <algorithm>
#include <unordered_set>

namespace storyloom {
namespace {

/// The snapshot keeps these lists in id order (see insertById), so a lookup is a binary search; the
/// linear scan after a miss only guards against a list that lost its order. (Views look epics up
/// once per cell they paint: a linear search over 2,000 epics was a sixth of the start-up time.)
template <typename T> const T* findById(const std::vector<T>& items, qint64 id) {
    auto it = std::lower_bound(items.begin(), items.end(), id, [](const T& x, qint64 v) { return x.id < v; });
    if (it != items.end() && it->id == id)
        return &*it;
    auto any = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return any != items.end() ? &*any : nullptr;
}

template <typename T> T* findById(std::vector<T>& items, qint64 id) {
    return const_cast<T*>(findById(static_cast<const std::vector<T>&>(items), id));
}

/// Keeps the snapshot in id order (the order load() gives) when an entity comes back.
template <typename T> void insertById(std::vector<T>& items, T item) {
    auto it = std::lower_bound(items.begin(), items.end(), item.id,
                               [](const T& x, qint64 id) { return x.id < id; });
    items.insert(it, std::move(item));
}

template <typename T> void replaceById(std::vector<T>& items, const T& item) {
    if (T* target = findById(items, item.id))
        *target = item;
}

template <typename T> void eraseById(std::vector<T>& items, qint64 id) {
    items.erase(std::remove_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; }),
                items.end());
}

bool contains(const std::vector<Id>& ids, Id id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void eraseId(std::vector<Id>& ids, Id id) {
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
}

} // namespace

// --- Look-ups -----------------------------------------------------------------------------------

const Epic* Document::findEpic(qint64 epicId) const {
    return findById(m_workspace->epics, epicId);
}
const Theme* Document::findTheme(qint64 themeId) const {
    return findById(m_workspace->themes, themeId);
}
const Persona* Document::findPersona(qint64 personaId) const {
    return findById(m_workspace->personas, personaId);
}
const Insight* Document::findInsight(qint64 insightId) const {
    return findById(m_workspace->insights, insightId);
}

QList<qint64> Document::storiesOfEpic(qint64 epicId) const {
    QList<qint64> out;
    for (const Story* s : m_workspace->storiesInRankOrder())
        if (s->epicId && *s->epicId == epicId)
            out.append(s->id);
    return out;
}

QList<qint64> Document::storiesOfPersona(qint64 personaId) const {
    QList<qint64> out;
    for (const Story* s : m_workspace->storiesInRankOrder())
        if (contains(s->personaIds, personaId))
            out.append(s->id);
    return out;
}

QList<qint64> Document::storiesOfInsight(qint64 insightId) const {
    QList<qint64> out;
    for (const Story* s : m_workspace->storiesInRankOrder())
        if (contains(s->insightIds, insightId))
            out.append(s->id);
    return out;
}

// --- Editing ------------------------------------------------------------------------------------

qint64 Document::addEpic(const Epic& draft) {
    if (!m_store)
        return 0;
    auto* command = new AddEpicCommand(*this, draft);
    if (!pushCommand(command))
        return 0;
    return command->epicId();
}

bool Document::editEpic(const Epic& after, const QString& mergeKey) {
    if (!m_store)
        return false;
    const Epic* before = findEpic(after.id);
    if (!before) {
        reportFailure(tr("The epic could not be changed because it is no longer in the workspace. "
                         "Reload the workspace and try again."));
        return false;
    }
    Epic changed = after;
    changed.key = before->key;
    if (changed == *before)
        return true;
    return pushCommand(new EditEpicCommand(*this, *before, changed, mergeKey));
}

bool Document::deleteEpic(qint64 epicId, std::optional<qint64> moveStoriesTo) {
    if (!m_store)
        return false;
    const Epic* epic = findEpic(epicId);
    if (!epic) {
        reportFailure(tr("The epic could not be deleted because it is no longer in the workspace. "
                         "Reload the workspace and try again."));
        return false;
    }
    if (moveStoriesTo && (*moveStoriesTo == epicId || !findEpic(*moveStoriesTo))) {
        reportFailure(tr("The stories of %1 could not be moved: the epic chosen for them is no longer "
                         "in the workspace. Choose another epic and try again.")
                          .arg(QString::fromStdString(epic->key)));
        return false;
    }
    std::vector<Story> deleted;
    std::vector<Story> before;
    std::vector<Story> after;
    std::unordered_set<Id> gone;
    for (const Story& s : m_workspace->stories) {
        if (!s.epicId || *s.epicId != epicId)
            continue;
        if (moveStoriesTo) {
            before.push_back(s);
            after.push_back(s);
            after.back().epicId = *moveStoriesTo;
        } else {
            deleted.push_back(s);
            gone.insert(s.id);
        }
    }
    // Stories that block deleted ones lose those links (the file drops them with the stories).
    if (!gone.empty())
        for (const Story& s : m_workspace->stories) {
            if (gone.count(s.id) ||
                std::none_of(s.blocks.begin(), s.blocks.end(), [&](Id b) { return gone.count(b) > 0; }))
                continue;
            before.push_back(s);
            Story pruned = s;
            pruned.blocks.erase(std::remove_if(pruned.blocks.begin(), pruned.blocks.end(),
                                               [&](Id b) { return gone.count(b) > 0; }),
                                pruned.blocks.end());
            after.push_back(std::move(pruned));
        }
    return pushCommand(
        new DeleteEpicCommand(*this, *epic, std::move(deleted), std::move(before), std::move(after)));
}

qint64 Document::addTheme(const Theme& draft) {
    if (!m_store)
        return 0;
    auto* command = new ThemeCommand(*this, ThemeCommand::Kind::Add, {}, draft);
    if (!pushCommand(command))
        return 0;
    return command->themeId();
}

bool Document::editTheme(const Theme& after) {
    if (!m_store)
        return false;
    const Theme* before = findTheme(after.id);
    if (!before) {
        reportFailure(tr("The theme could not be changed because it is no longer in the workspace. "
                         "Reload the workspace and try again."));
        return false;
    }
    if (*before == after)
        return true;
    return pushCommand(new ThemeCommand(*this, ThemeCommand::Kind::Edit, *before, after));
}

bool Document::deleteTheme(qint64 themeId) {
    if (!m_store)
        return false;
    const Theme* theme = findTheme(themeId);
    if (!theme) {
        reportFailure(tr("The theme could not be deleted because it is no longer in the workspace."));
        return false;
    }
    std::vector<Epic> epics;
    for (const Epic& e : m_workspace->epics)
        if (e.themeId && *e.themeId == themeId)
            epics.push_back(e);
    return pushCommand(new ThemeCommand(*this, ThemeCommand::Kind::Delete, *theme, *theme, std::move(epics)));
}

qint64 Document::addPersona(const Persona& draft) {
    if (!m_store)
        return 0;
    auto* command = new PersonaCommand(*this, PersonaCommand::Kind::Add, {}, draft);
    if (!pushCommand(command))
        return 0;
    return command->personaId();
}

bool Document::editPersona(const Persona& after, const QString& mergeKey) {
    if (!m_store)
        return false;
    const Persona* before = findPersona(after.id);
    if (!before) {
        reportFailure(tr("The persona could not be changed because it is no longer in the workspace. "
                         "Reload the workspace and try again."));
        return false;
    }
    if (*before == after)
        return true;
    return pushCommand(new PersonaCommand(*this, PersonaCommand::Kind::Edit, *before, after, {}, mergeKey));
}

bool Document::deletePersona(qint64 personaId) {
    if (!m_store)
        return false;
    const Persona* persona = findPersona(personaId);
    if (!persona) {
        reportFailure(tr("The persona could not be deleted because it is no longer in the workspace."));
        return false;
    }
    std::vector<Story> linked;
    for (const Story& s : m_workspace->stories)
        if (contains(s.personaIds, personaId))
            linked.push_back(s);
    return pushCommand(
        new PersonaCommand(*this, PersonaCommand::Kind::Delete, *persona, *persona, std::move(linked)));
}

qint64 Document::addInsight(const Insight& draft) {
    if (!m_store)
        return 0;
    auto* command = new InsightCommand(*this, InsightCommand::Kind::Add, {}, draft);
    if (!pushCommand(command))
        return 0;
    return command->insightId();
}

bool Document::editInsight(const Insight& after, const QString& mergeKey) {
    if (!m_store)
        return false;
    const Insight* before = findInsight(after.id);
    if (!before) {
        reportFailure(tr("The insight could not be changed because it is no longer in the workspace. "
                         "Reload the workspace and try again."));
        return false;
    }
    if (*before == after)
        return true;
    return pushCommand(new InsightCommand(*this, InsightCommand::Kind::Edit, *before, after, {}, mergeKey));
}

bool Document::deleteInsight(qint64 insightId) {
    if (!m_store)
        return false;
    const Insight* insight = findInsight(insightId);
    if (!insight) {
        reportFailure(tr("The insight could not be deleted because it is no longer in the workspace."));
        return false;
    }
    std::vector<Story> linked;
    for (const Story& s : m_workspace->stories)
        if (contains(s.insightIds, insightId))
            linked.push_back(s);
    return pushCommand(
        new InsightCommand(*this, InsightCommand::Kind::Delete, *insight, *insight, std::move(linked)));
}

bool Document::linkPersona(qint64 personaId, const QList<qint64>& storyIds, bool link) {
    return linkResearch(personaId, storyIds, link, true);
}

bool Document::linkInsight(qint64 insightId, const QList<qint64>& storyIds, bool link) {
    return linkResearch(insightId, storyIds, link, false);
}

bool Document::linkResearch(qint64 id, const QList<qint64>& storyIds, bool link, bool persona) {
    if (!m_store || storyIds.isEmpty())
        return false;
    QString name;
    if (persona) {
        const Persona* p = findPersona(id);
        if (p)
            name = QString::fromStdString(p->name);
    } else {
        const Insight* i = findInsight(id);
        if (i)
            name = QString::fromStdString(i->title);
    }
    if (name.isNull()) {
        reportFailure(
            persona ? tr("The persona is no longer in the workspace. Reload the workspace and try again.")
                    : tr("The insight is no longer in the workspace. Reload the workspace and try again."));
        return false;
    }
    std::vector<Story> before;
    std::vector<Story> after;
    std::unordered_set<qint64> seen;
    for (qint64 storyId : storyIds) {
        const auto i = storyIndex(storyId);
        if (i < 0 || !seen.insert(storyId).second)
            continue;
        const Story& s = m_workspace->stories[static_cast<std::size_t>(i)];
        Story changed = s;
        auto& ids = persona ? changed.personaIds : changed.insightIds;
        if (contains(ids, id) == link)
            continue;
        if (link)
            ids.push_back(id);
        else
            eraseId(ids, id);
        before.push_back(s);
        after.push_back(std::move(changed));
    }
    if (before.empty())
        return true; // nothing to change: every story already is as asked
    const auto count = static_cast<int>(before.size());
    auto* command = new BulkEditCommand(*this, std::move(before), std::move(after));
    command->setText(link ? tr("Link %1 to %n stories", nullptr, count).arg(name)
                          : tr("Unlink %1 from %n stories", nullptr, count).arg(name));
    return pushCommand(command);
}

// --- Writes used by the commands ----------------------------------------------------------------

Epic Document::writeAddEpic(const Epic& draft) {
    Epic stored = m_store->addEpic(draft);
    m_workspace->nextKeyNumber = std::max(m_workspace->nextKeyNumber, keyNumber(stored.key) + 1);
    insertById(m_workspace->epics, stored);
    emit epicsChanged();
    return stored;
}

void Document::writeEpic(const Epic& epic) {
    m_store->updateEpic(epic);
    replaceById(m_workspace->epics, epic);
    emit epicsChanged();
}

void Document::writeDeleteEpic(const Epic& epic, const std::vector<Story>& deleted,
                               const std::vector<Story>& rewritten) {
    std::vector<Id> ids;
    for (const Story& s : deleted)
        ids.push_back(s.id);
    m_store->deleteEpic(epic.id, ids, rewritten);
    eraseById(m_workspace->epics, epic.id);
    // Mirror ON DELETE SET NULL for stories the snapshot did not list (none, normally).
    for (Story& s : m_workspace->stories)
        if (s.epicId && *s.epicId == epic.id)
            s.epicId.reset();
    afterStoriesWritten(deleted, rewritten, {});
    emit epicsChanged();
}

void Document::writeRestoreEpic(const Epic& epic, const std::vector<Story>& deleted,
                                const std::vector<Story>& rewritten) {
    m_store->restoreEpic(epic, deleted, rewritten);
    m_workspace->nextKeyNumber = std::max(m_workspace->nextKeyNumber, keyNumber(epic.key) + 1);
    insertById(m_workspace->epics, epic);
    // Epics first: views that show the restored stories look their epic up.
    emit epicsChanged();
    afterStoriesWritten({}, rewritten, deleted);
}

void Document::afterStoriesWritten(const std::vector<Story>& removed, const std::vector<Story>& rewritten,
                                   const std::vector<Story>& added) {
    if (removed.empty() && rewritten.empty() && added.empty())
        return;
    if (!removed.empty()) {
        std::unordered_set<Id> gone;
        QList<qint64> ids;
        for (const Story& s : removed) {
            gone.insert(s.id);
            ids.append(s.id);
        }
        emit storiesAboutToBeRemoved(ids);
        auto& all = m_workspace->stories;
        all.erase(
            std::remove_if(all.begin(), all.end(), [&](const Story& s) { return gone.count(s.id) > 0; }),
            all.end());
        for (Story& s : all)
            s.blocks.erase(
                std::remove_if(s.blocks.begin(), s.blocks.end(), [&](Id b) { return gone.count(b) > 0; }),
                s.blocks.end());
        m_ranking->rebuild();
        emit storiesRemoved(ids);
    }
    if (!added.empty()) {
        QList<qint64> ids;
        for (const Story& s : added) {
            ids.append(s.id);
            m_workspace->nextKeyNumber = std::max(m_workspace->nextKeyNumber, keyNumber(s.key) + 1);
        }
        emit storiesAboutToBeAdded(ids);
        for (const Story& s : added) {
            auto stored = m_store->story(s.key);
            m_workspace->stories.push_back(stored ? std::move(*stored) : s);
        }
        m_ranking->rebuild();
        emit storiesAdded(ids);
    }
    if (!rewritten.empty()) {
        // Restored stories may be blocked by rewritten ones: the index must know them first.
        emit storiesChanged(refreshStories(rewritten));
        m_ranking->rebuild();
    }
    emit rankingAboutToChange();
    emit rankingChanged();
}

Theme Document::writeAddTheme(const Theme& draft) {
    Theme stored = m_store->addTheme(draft);
    insertById(m_workspace->themes, stored);
    emit epicsChanged();
    return stored;
}

void Document::writeTheme(const Theme& theme) {
    m_store->updateTheme(theme);
    replaceById(m_workspace->themes, theme);
    emit epicsChanged();
}

void Document::writeDeleteTheme(const Theme& theme) {
    m_store->deleteTheme(theme.id);
    eraseById(m_workspace->themes, theme.id);
    for (Epic& e : m_workspace->epics)
        if (e.themeId && *e.themeId == theme.id)
            e.themeId.reset();
    emit epicsChanged();
}

void Document::writeRestoreTheme(const Theme& theme, const std::vector<Epic>& epics) {
    m_store->restoreTheme(theme, epics);
    insertById(m_workspace->themes, theme);
    for (const Epic& e : epics)
        replaceById(m_workspace->epics, e);
    emit epicsChanged();
}

Persona Document::writeAddPersona(const Persona& draft) {
    Persona stored = m_store->addPersona(draft);
    insertById(m_workspace->personas, stored);
    emit researchChanged();
    return stored;
}

void Document::writePersona(const Persona& persona) {
    m_store->updatePersona(persona);
    replaceById(m_workspace->personas, persona);
    emit researchChanged();
}

void Document::writeDeletePersona(const Persona& persona) {
    m_store->deletePersona(persona.id);
    eraseById(m_workspace->personas, persona.id);
    QList<qint64> unlinked;
    for (Story& s : m_workspace->stories)
        if (contains(s.personaIds, persona.id)) {
            eraseId(s.personaIds, persona.id);
            unlinked.append(s.id);
        }
    emit researchChanged();
    if (!unlinked.isEmpty())
        emit storiesChanged(unlinked);
}

void Document::writeRestorePersona(const Persona& persona, const std::vector<Story>& linked) {
    m_store->restorePersona(persona, linked);
    insertById(m_workspace->personas, persona);
    emit researchChanged();
    if (!linked.empty())
        emit storiesChanged(refreshStories(linked));
}

Insight Document::writeAddInsight(const Insight& draft) {
    Insight stored = m_store->addInsight(draft);
    insertById(m_workspace->insights, stored);
    emit researchChanged();
    return stored;
}

void Document::writeInsight(const Insight& insight) {
    m_store->updateInsight(insight);
    replaceById(m_workspace->insights, insight);
    emit researchChanged();
}

void Document::writeDeleteInsight(const Insight& insight) {
    m_store->deleteInsight(insight.id);
    eraseById(m_workspace->insights, insight.id);
    QList<qint64> unlinked;
    for (Story& s : m_workspace->stories)
        if (contains(s.insightIds, insight.id)) {
            eraseId(s.insightIds, insight.id);
            unlinked.append(s.id);
        }
    emit researchChanged();
    if (!unlinked.isEmpty())
        emit storiesChanged(unlinked);
}

void Document::writeRestoreInsight(const Insight& insight, const std::vector<Story>& linked) {
    m_store->restoreInsight(insight, linked);
    insertById(m_workspace->insights, insight);
    emit researchChanged();
    if (!linked.empty())
        emit storiesChanged(refreshStories(linked));
}

} // namespace storyloom
