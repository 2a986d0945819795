#pragma once

#include <functional>

namespace storyloom {

class Database;

/// The ordered schema steps of a `.storyloom` file. Step N turns a version N-1 file into version N;
/// the version lives in PRAGMA user_version and the file is marked with PRAGMA application_id.
class Migrations {
public:
    /// Marks every Storyloom file (PRAGMA application_id): "SLOM" in ASCII.
    static constexpr int kApplicationId = 0x534C4F4D;

    /// The newest version this build knows and writes.
    static int latestVersion();

    /// Brings the file up to `targetVersion` (at most latestVersion()) in one BEGIN IMMEDIATE
    /// transaction: all steps apply or none do. Does nothing when the file is already there. Re-reads
    /// the version inside the transaction, so two windows opening an old file migrate it once.
    /// Throws StorageError(TooNew) when the file is newer than `targetVersion`. `alsoInTransaction`,
    /// when given, runs after the steps inside the same transaction (create() fills in the new
    /// workspace's name there, so a new file is never left half made).
    static void migrate(Database& db, int targetVersion, const std::function<void()>& alsoInTransaction = {});
};

} // namespace storyloom
