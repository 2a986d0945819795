#pragma once

// Private to the storage layer: what WorkspaceStore's source files share (its state, and the way they
// refuse a change). Not installed, not included outside src/storage.

#include "Database.h"
#include "EpicRepository.h"
#include "ResearchRepository.h"
#include "RoadmapRepository.h"
#include "StoryRepository.h"
#include "WorkspaceRepository.h"
#include "WorkspaceStore.h"

#include <memory>
#include <string>
#include <vector>

namespace storyloom {

struct WorkspaceStore::Impl {
    explicit Impl(std::unique_ptr<Database> database)
        : db(std::move(database)), workspace(*db), roadmap(*db), research(*db), epics(*db), stories(*db) {}

    std::unique_ptr<Database> db;
    WorkspaceRepository workspace;
    RoadmapRepository roadmap;
    ResearchRepository research;
    EpicRepository epics;
    StoryRepository stories;
};

namespace storeimpl {

/// StorageError(Invalid): "<subject> was not saved to <path>: <problems>. Correct ... and try again."
[[noreturn]] void refuse(const std::string& path, const std::string& subject,
                         const std::vector<std::string>& problems);
/// "<where>: <message>" for each problem.
std::vector<std::string> describe(const std::vector<Problem>& problems);
/// StorageError(Invalid): there is no <what> with this id (deleted in another window?).
[[noreturn]] void unknown(const std::string& path, const std::string& what, Id id);
/// Validates `story` (and its references) and rewrites it by id, stamping updatedAt with `now`.
void updateOne(const std::string& path, StoryRepository& stories, Story story, long long now);

} // namespace storeimpl
} // namespace storyloom
