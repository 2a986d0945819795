#include "FileProbe.h"

#include "Database.h"
#include "Migrations.h"
#include "Statement.h"

#include <array>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace storyloom {
namespace {

using Kind = StorageError::Kind;

StorageError notAWorkspace(const std::string& path, const std::string& why) {
    return StorageError(Kind::NotAWorkspace, path,
                        path + " is not a Storyloom workspace (" + why +
                            "). Choose a .storyloom file, or create a new workspace.");
}

/// Checks the SQLite header ("SQLite format 3\0" followed by the page size and more).
void checkHeader(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (status.type() == fs::file_type::not_found)
        throw StorageError(Kind::NotFound, path,
                           "The workspace " + path +
                               " does not exist. Check the name and folder, or create "
                               "a new workspace.");
    if (ec)
        throw StorageError(Kind::Io, path, "Storyloom could not read " + path + " (" + ec.message() + ").");
    if (status.type() != fs::file_type::regular)
        throw notAWorkspace(path, "it is a folder or a device, not a file");
    const auto size = fs::file_size(path, ec);
    if (ec)
        throw StorageError(Kind::Io, path, "Storyloom could not read " + path + " (" + ec.message() + ").");
    if (size == 0)
        throw notAWorkspace(path, "the file is empty");

    std::array<char, 100> header{};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw StorageError(Kind::Io, path,
                           "Storyloom could not read " + path + ". Check that you may read the file.");
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    static constexpr char kMagic[] = "SQLite format 3"; // 16 bytes with its terminating NUL
    if (in.gcount() < static_cast<std::streamsize>(header.size()) ||
        std::memcmp(header.data(), kMagic, sizeof kMagic) != 0)
        throw notAWorkspace(path, "it is not a database file");
}

bool exists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

} // namespace

int FileProbe::inspect(const std::string& path, int latestVersion, int busyTimeoutMs, bool checkPages) {
    checkHeader(path);

    // Without -wal/-shm files no other connection has the file open in WAL mode and the file alone
    // is the whole truth: an immutable connection reads it and creates nothing. Otherwise those
    // files exist already and a read-only connection must read the WAL too.
    const bool othersOpen = exists(path + "-wal") || exists(path + "-shm");
    long long applicationId = 0;
    int version = 0;
    std::string problems;
    try {
        Database db(path, othersOpen ? Database::Mode::ReadOnly : Database::Mode::ReadOnlyImmutable);
        db.setBusyTimeout(busyTimeoutMs);
        applicationId = db.queryInt("PRAGMA application_id");
        version = static_cast<int>(db.queryInt("PRAGMA user_version"));
        if (applicationId == Migrations::kApplicationId && version <= latestVersion &&
            (checkPages || version < latestVersion)) {
            Statement check(db, "PRAGMA quick_check");
            while (check.step()) {
                const std::string line = check.text(0);
                if (line == "ok")
                    break;
                if (!problems.empty())
                    problems += "; ";
                problems += line;
            }
        }
    } catch (const StorageError& e) {
        // Past the header check the file claims to be SQLite, so "not a database" from SQLite means
        // the header or the first page is damaged.
        if (e.kind() != Kind::NotAWorkspace)
            throw;
        problems = "its first page is unreadable";
    }
    if (!problems.empty())
        throw StorageError(Kind::Corrupt, path,
                           "The workspace " + path + " is damaged (" + problems +
                               "). Storyloom will not change it; restore it from a backup.");
    if (applicationId != Migrations::kApplicationId)
        throw notAWorkspace(path, "it is a database made by another program");
    if (version > latestVersion)
        throw StorageError(Kind::TooNew, path,
                           "The workspace " + path +
                               " was saved by a newer version of Storyloom (file format " +
                               std::to_string(version) + "; this version reads up to " +
                               std::to_string(latestVersion) + "). Update Storyloom to open it.");
    return version;
}

} // namespace storyloom
