#include "WorkspaceStore.h"

#include "FileProbe.h"
#include "Migrations.h"
#include "Statement.h"
#include "Transaction.h"
#include "WorkspaceStoreImpl.h"
#include "domain/Rank.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace storyloom {

using storeimpl::describe;
using storeimpl::refuse;
using storeimpl::unknown;
using storeimpl::updateOne;

namespace {

using Kind = StorageError::Kind;

std::atomic<int> g_busyTimeoutMs{5000};

void removeQuietly(const std::string& path) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(path + suffix, ec);
}

} // namespace

namespace storeimpl {

void refuse(const std::string& path, const std::string& subject, const std::vector<std::string>& problems) {
    constexpr std::size_t kShown = 10;
    std::string message = subject + " was not saved to " + path + ": ";
    for (std::size_t i = 0; i < problems.size() && i < kShown; ++i)
        message += (i ? "; " : "") + problems[i];
    if (problems.size() > kShown)
        message += "; and " + std::to_string(problems.size() - kShown) + " more problems";
    message += problems.size() == 1 ? ". Correct it and try again." : ". Correct them and try again.";
    throw StorageError(Kind::Invalid, path, message);
}

std::vector<std::string> describe(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    out.reserve(problems.size());
    for (const auto& p : problems)
        out.push_back(p.where + ": " + p.message);
    return out;
}

void unknown(const std::string& path, const std::string& what, Id id) {
    throw StorageError(
        Kind::Invalid, path,
        "There is no " + what + " with id " + std::to_string(id) + " in " + path +
            "; it may have been deleted in another window. Reload the workspace and try again.");
}

} // namespace storeimpl

int WorkspaceStore::schemaVersion() {
    return Migrations::latestVersion();
}

void WorkspaceStore::setBusyTimeoutMs(int milliseconds) {
    g_busyTimeoutMs = milliseconds;
}

int WorkspaceStore::busyTimeoutMs() {
    return g_busyTimeoutMs.load();
}

WorkspaceStore::WorkspaceStore(std::unique_ptr<Impl> impl, const Clock& clock)
    : m_impl(std::move(impl)), m_path(m_impl->db->path()), m_clock(clock) {}

WorkspaceStore::~WorkspaceStore() = default;

std::unique_ptr<WorkspaceStore> WorkspaceStore::create(const std::string& path,
                                                       const std::string& productName,
                                                       const std::string& projectKey, const Clock& clock) {
    std::vector<std::string> problems;
    if (productName.empty())
        problems.push_back("the product name is empty");
    if (!isValidProjectKey(projectKey))
        problems.push_back("the Jira project key '" + projectKey +
                           "' must be 2-10 upper-case letters, digits or _, starting with a letter");
    if (!problems.empty())
        refuse(path, "The new workspace", problems);

    // "x": create the file only if it does not exist, atomically, so two creates cannot share it.
    std::FILE* file = std::fopen(path.c_str(), "wbx");
    if (!file) {
        if (errno == EEXIST)
            throw StorageError(Kind::AlreadyExists, path,
                               "A file named " + path +
                                   " already exists. Open it, or choose another name for the new workspace.");
        throw StorageError(Kind::Io, path,
                           "Storyloom could not create " + path + " (" + std::strerror(errno) +
                               "). Check that the folder exists and that you may write to it.");
    }
    std::fclose(file);
    try {
        auto impl = std::make_unique<Impl>(std::make_unique<Database>(path, Database::Mode::ReadWrite));
        impl->db->configureForWorkspace(g_busyTimeoutMs.load());
        Migrations::migrate(*impl->db, Migrations::latestVersion(), [&] {
            impl->workspace.setInfo({productName, projectKey, 1});
        });
        return std::unique_ptr<WorkspaceStore>(new WorkspaceStore(std::move(impl), clock));
    } catch (...) {
        // The file is ours and half made: leave nothing behind.
        removeQuietly(path);
        throw;
    }
}

std::unique_ptr<WorkspaceStore> WorkspaceStore::open(const std::string& path, const Clock& clock,
                                                     PageCheck pageCheck) {
    const int version = FileProbe::inspect(path, Migrations::latestVersion(), g_busyTimeoutMs.load(),
                                           pageCheck == PageCheck::Full);
    auto impl = std::make_unique<Impl>(std::make_unique<Database>(path, Database::Mode::ReadWrite));
    impl->db->configureForWorkspace(g_busyTimeoutMs.load());
    if (version < Migrations::latestVersion())
        Migrations::migrate(*impl->db, Migrations::latestVersion());
    return std::unique_ptr<WorkspaceStore>(new WorkspaceStore(std::move(impl), clock));
}

Workspace WorkspaceStore::load() const {
    return loadContent(true);
}

Workspace WorkspaceStore::loadForRanking() const {
    return loadContent(false);
}

Workspace WorkspaceStore::loadContent(bool withCriteria) const {
    auto& m = *m_impl;
    // One snapshot for every table, even while another window writes.
    Transaction read(*m.db, Transaction::Kind::Read);
    Workspace ws;
    const auto info = m.workspace.info();
    ws.productName = info.productName;
    ws.projectKey = info.projectKey;
    ws.nextKeyNumber = info.nextKeyNumber;
    ws.settings = m.workspace.settings();
    ws.themes = m.roadmap.themes();
    ws.releases = m.roadmap.releases();
    ws.personas = m.research.personas();
    ws.insights = m.research.insights();
    ws.epics = m.epics.all();
    ws.stories = m.stories.all(withCriteria);
    read.commit();
    return ws;
}

std::vector<Story> WorkspaceStore::stories(const StoryQuery& query) const {
    Transaction read(*m_impl->db, Transaction::Kind::Read);
    auto out = m_impl->stories.select(query);
    read.commit();
    return out;
}

std::optional<Story> WorkspaceStore::story(const std::string& key) const {
    Transaction read(*m_impl->db, Transaction::Kind::Read);
    auto out = m_impl->stories.byKey(key);
    read.commit();
    return out;
}

std::size_t WorkspaceStore::storyCount() const {
    return m_impl->stories.count();
}

void WorkspaceStore::replaceAll(const Workspace& ws) {
    const auto problems = validate(ws);
    if (!problems.empty())
        refuse(m_path, "The workspace", describe(problems));
    auto& m = *m_impl;
    Transaction tx(*m.db);
    // Children before parents, so no foreign key is ever left dangling.
    m.stories.clear();
    m.epics.clear();
    m.research.clear();
    m.roadmap.clear();
    m.workspace.clearSettings();
    m.workspace.setInfo({ws.productName, ws.projectKey, ws.nextKeyNumber});
    for (const auto& [name, value] : ws.settings)
        m.workspace.setSetting(name, value);
    for (const auto& t : ws.themes)
        m.roadmap.insert(t);
    for (const auto& r : ws.releases)
        m.roadmap.insert(r);
    for (const auto& p : ws.personas)
        m.research.insert(p);
    for (const auto& i : ws.insights)
        m.research.insert(i);
    for (const auto& e : ws.epics)
        m.epics.insert(e);
    // Blocks refer to other stories: written once every story exists.
    for (const auto& s : ws.stories)
        m.stories.insert(s, false);
    for (const auto& s : ws.stories)
        if (!s.blocks.empty())
            m.stories.insertBlocks(s);
    tx.commit();
}

bool WorkspaceStore::appendEpicsAndStories(const std::vector<Epic>& epics, const std::vector<Story>& stories,
                                           long long nextKeyNumber, std::optional<long long> unchangedSince) {
    std::vector<std::string> problems;
    for (const auto& e : epics)
        for (auto& p : describe(validate(e)))
            problems.push_back(std::move(p));
    for (const auto& s : stories)
        for (auto& p : describe(validate(s)))
            problems.push_back(std::move(p));
    if (!problems.empty())
        refuse(m_path, "The new epics and stories", problems);
    auto& m = *m_impl;
    Transaction tx(*m.db);
    // The write lock is held from here on: a version read now cannot change before the commit.
    if (unchangedSince && dataVersion() != *unchangedSince)
        return false;
    for (const auto& e : epics) {
        if (m.db->cached("SELECT 1 FROM epics WHERE id = ?1 OR key = ?2").bind(1, e.id).bind(2, e.key).any())
            refuse(m_path, "Epic " + e.key, {"an epic with its id or key already exists"});
        for (auto& p : m.epics.missingReferences(e))
            problems.push_back(e.key + ": " + p);
        if (!problems.empty())
            refuse(m_path, "Epic " + e.key, problems);
        m.workspace.reserveKeyNumber(keyNumber(e.key));
        m.epics.insert(e);
    }
    for (const auto& s : stories) {
        if (m.stories.exists(s.id, s.key))
            refuse(m_path, "Story " + s.key, {"a story with its id or key already exists"});
        m.workspace.reserveKeyNumber(keyNumber(s.key));
        m.stories.insert(s, false);
    }
    // Blocks among the new stories: written once every one of them exists.
    for (const auto& s : stories) {
        for (auto& p : m.stories.missingReferences(s))
            problems.push_back(s.key + ": " + p);
        if (!problems.empty())
            refuse(m_path, "Story " + s.key, problems);
        if (!s.blocks.empty())
            m.stories.insertBlocks(s);
    }
    if (nextKeyNumber > 1)
        m.workspace.reserveKeyNumber(nextKeyNumber - 1);
    tx.commit();
    return true;
}

void WorkspaceStore::setWorkspaceInfo(const std::string& productName, const std::string& projectKey) {
    std::vector<std::string> problems;
    if (productName.empty())
        problems.push_back("the product name is empty");
    if (!isValidProjectKey(projectKey))
        problems.push_back("the Jira project key '" + projectKey +
                           "' must be 2-10 upper-case letters, digits or _, starting with a letter");
    if (!problems.empty())
        refuse(m_path, "The workspace name and key", problems);
    auto& m = *m_impl;
    Transaction tx(*m.db);
    auto info = m.workspace.info();
    if (info.projectKey != projectKey)
        m.workspace.renameKeys(projectKey);
    info.productName = productName;
    info.projectKey = projectKey;
    m.workspace.setInfo(info);
    tx.commit();
}

void WorkspaceStore::setSetting(const std::string& name, const std::string& value) {
    if (name.empty())
        refuse(m_path, "The setting", {"a setting needs a name"});
    Transaction tx(*m_impl->db);
    m_impl->workspace.setSetting(name, value);
    tx.commit();
}

void WorkspaceStore::removeSetting(const std::string& name) {
    Transaction tx(*m_impl->db);
    m_impl->workspace.removeSetting(name);
    tx.commit();
}

Story WorkspaceStore::addStory(Story story) {
    auto& m = *m_impl;
    Transaction tx(*m.db);
    story.id = 0;
    story.key = m.workspace.allocateKey();
    for (auto& c : story.criteria)
        c.id = 0;
    if (story.rank.empty())
        story.rank = rank::between(m.stories.lastRank(), "");
    story.createdAt = story.updatedAt = m_clock.nowMs();
    auto problems = describe(validate(story));
    for (auto& p : m.stories.missingReferences(story))
        problems.push_back(story.key + ": " + p);
    if (!problems.empty())
        refuse(m_path, "The new story", problems); // rolls back: the key number is not used up
    std::vector<Id> criterionIds;
    story.id = m.stories.insert(story, true, &criterionIds);
    for (std::size_t i = 0; i < story.criteria.size(); ++i)
        story.criteria[i].id = criterionIds[i];
    tx.commit();
    return story;
}

namespace storeimpl {

void updateOne(const std::string& path, StoryRepository& stories, Story story, long long now) {
    auto problems = describe(validate(story));
    for (auto& p : stories.missingReferences(story))
        problems.push_back(story.key + ": " + p);
    if (!problems.empty())
        refuse(path, "Story " + story.key, problems);
    story.updatedAt = now;
    if (!stories.update(story))
        unknown(path, "story " + story.key, story.id);
}

} // namespace storeimpl

void WorkspaceStore::updateStory(const Story& story) {
    Transaction tx(*m_impl->db);
    updateOne(m_path, m_impl->stories, story, m_clock.nowMs());
    tx.commit();
}

bool WorkspaceStore::modifyStory(const std::string& key, const std::function<void(Story&)>& change) {
    Transaction tx(*m_impl->db);
    auto story = m_impl->stories.byKey(key);
    if (!story)
        return false;
    change(*story);
    updateOne(m_path, m_impl->stories, *story, m_clock.nowMs());
    tx.commit();
    return true;
}

std::vector<std::string>
WorkspaceStore::modifyStories(const std::vector<std::string>& keys,
                              const std::function<void(std::size_t, Story&)>& change) {
    Transaction tx(*m_impl->db);
    std::vector<Story> stories;
    std::vector<std::string> missing;
    stories.reserve(keys.size());
    for (const auto& key : keys) {
        if (auto story = m_impl->stories.byKey(key))
            stories.push_back(std::move(*story));
        else
            missing.push_back(key);
    }
    if (!missing.empty())
        return missing; // the transaction rolls back: nothing was written
    const long long now = m_clock.nowMs();
    for (std::size_t i = 0; i < stories.size(); ++i) {
        change(i, stories[i]);
        updateOne(m_path, m_impl->stories, stories[i], now);
    }
    tx.commit();
    return {};
}

void WorkspaceStore::updateStories(const std::vector<Story>& stories) {
    Transaction tx(*m_impl->db);
    const long long now = m_clock.nowMs();
    for (const auto& s : stories)
        updateOne(m_path, m_impl->stories, s, now);
    tx.commit();
}

void WorkspaceStore::deleteStory(Id id) {
    Transaction tx(*m_impl->db);
    if (!m_impl->stories.remove(id))
        unknown(m_path, "story", id);
    tx.commit();
}

void WorkspaceStore::restoreStory(const Story& story) {
    auto& m = *m_impl;
    auto problems = describe(validate(story));
    if (story.id <= 0)
        problems.push_back(story.key + ": a restored story needs the id it had");
    if (!problems.empty())
        refuse(m_path, "Story " + story.key, problems);
    Transaction tx(*m.db);
    if (m.stories.exists(story.id, story.key))
        refuse(m_path, "Story " + story.key,
               {"it cannot be restored because a story with its id or key already exists"});
    for (auto& p : m.stories.missingReferences(story))
        problems.push_back(story.key + ": " + p);
    if (!problems.empty())
        refuse(m_path, "Story " + story.key, problems);
    // Keep the counter above every key in the file, so the restored key is never handed out again.
    m.workspace.reserveKeyNumber(keyNumber(story.key));
    m.stories.insert(story);
    tx.commit();
}

void WorkspaceStore::setStoryRank(Id id, const std::string& rank) {
    if (!rank::isValid(rank))
        refuse(m_path, "The new order", {"'" + rank + "' is not a valid rank key"});
    Transaction tx(*m_impl->db);
    if (!m_impl->stories.setRank(id, rank))
        unknown(m_path, "story", id);
    tx.commit();
}

Epic WorkspaceStore::addEpic(Epic epic) {
    auto& m = *m_impl;
    Transaction tx(*m.db);
    epic.id = 0;
    epic.key = m.workspace.allocateKey();
    if (epic.rank.empty())
        epic.rank = rank::between(m.epics.lastRank(), "");
    auto problems = describe(validate(epic));
    for (auto& p : m.epics.missingReferences(epic))
        problems.push_back(epic.key + ": " + p);
    if (!problems.empty())
        refuse(m_path, "The new epic", problems);
    epic.id = m.epics.insert(epic);
    tx.commit();
    return epic;
}

void WorkspaceStore::updateEpic(const Epic& epic) {
    auto& m = *m_impl;
    auto problems = describe(validate(epic));
    Transaction tx(*m.db);
    for (auto& p : m.epics.missingReferences(epic))
        problems.push_back(epic.key + ": " + p);
    if (!problems.empty())
        refuse(m_path, "Epic " + epic.key, problems);
    if (!m.epics.update(epic))
        unknown(m_path, "epic " + epic.key, epic.id);
    tx.commit();
}

void WorkspaceStore::deleteEpic(Id id) {
    Transaction tx(*m_impl->db);
    // Its stories stay, without an epic (ON DELETE SET NULL).
    if (!m_impl->epics.remove(id))
        unknown(m_path, "epic", id);
    tx.commit();
}

void WorkspaceStore::deleteEpic(Id id, const std::vector<Id>& deleteStoryIds,
                                const std::vector<Story>& rewrite) {
    auto& m = *m_impl;
    Transaction tx(*m.db);
    const long long now = m_clock.nowMs();
    for (const auto& s : rewrite)
        updateOne(m_path, m.stories, s, now);
    for (Id storyId : deleteStoryIds)
        if (!m.stories.remove(storyId))
            unknown(m_path, "story", storyId);
    if (!m.epics.remove(id))
        unknown(m_path, "epic", id);
    tx.commit();
}

void WorkspaceStore::restoreEpic(const Epic& epic, const std::vector<Story>& stories,
                                 const std::vector<Story>& rewrite) {
    auto& m = *m_impl;
    auto problems = describe(validate(epic));
    if (epic.id <= 0)
        problems.push_back(epic.key + ": a restored epic needs the id it had");
    for (const auto& s : stories)
        for (auto& p : describe(validate(s)))
            problems.push_back(std::move(p));
    if (!problems.empty())
        refuse(m_path, "Epic " + epic.key, problems);
    Transaction tx(*m.db);
    if (m.db->cached("SELECT 1 FROM epics WHERE id = ?1 OR key = ?2")
            .bind(1, epic.id)
            .bind(2, epic.key)
            .any())
        refuse(m_path, "Epic " + epic.key,
               {"it cannot be restored because an epic with its id or key already exists"});
    for (auto& p : m.epics.missingReferences(epic))
        problems.push_back(epic.key + ": " + p);
    if (!problems.empty())
        refuse(m_path, "Epic " + epic.key, problems);
    m.workspace.reserveKeyNumber(keyNumber(epic.key));
    m.epics.insert(epic);
    // Stories first, then the "blocks" links among them once they all exist.
    for (const auto& s : stories) {
        if (m.stories.exists(s.id, s.key))
            refuse(m_path, "Story " + s.key,
                   {"it cannot be restored because a story with its id or key already exists"});
        m.workspace.reserveKeyNumber(keyNumber(s.key));
        m.stories.insert(s, false);
    }
    for (const auto& s : stories) {
        for (auto& p : m.stories.missingReferences(s))
            problems.push_back(s.key + ": " + p);
        if (!s.blocks.empty())
            m.stories.insertBlocks(s);
    }
    if (!problems.empty())
        refuse(m_path, "Epic " + epic.key, problems);
    const long long now = m_clock.nowMs();
    for (const auto& s : rewrite)
        updateOne(m_path, m.stories, s, now);
    tx.commit();
}

long long WorkspaceStore::dataVersion() const {
    return m_impl->db->cached("PRAGMA data_version").singleInt64().value_or(0);
}

std::vector<Problem> WorkspaceStore::check() const {
    std::vector<Problem> out;
    auto& db = *m_impl->db;
    try {
        Statement integrity(db, "PRAGMA integrity_check");
        while (integrity.step()) {
            const std::string line = integrity.text(0);
            if (line != "ok")
                out.push_back({"file", line});
        }
        Statement keys(db, "PRAGMA foreign_key_check");
        while (keys.step())
            out.push_back({keys.text(0), "row " + std::to_string(keys.int64(1)) + " refers to a row of " +
                                             keys.text(2) + " that does not exist"});
        for (auto& p : validate(load()))
            out.push_back(std::move(p));
    } catch (const StorageError& e) {
        if (e.kind() == Kind::Busy || e.kind() == Kind::Io)
            throw;
        out.push_back({"file", e.what()});
    }
    return out;
}

long long WorkspaceStore::totalChanges() const {
    return m_impl->db->totalChanges();
}

} // namespace storyloom
