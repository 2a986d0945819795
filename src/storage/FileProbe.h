#pragma once

#include <string>

namespace storyloom {

/// Decides, without writing a byte, whether a file may be opened as a workspace.
///
/// Opening read-write is not harmless: switching to WAL rewrites the header, and even a read-only
/// connection to a WAL file leaves -wal and -shm files behind. So the probe reads the 100-byte
/// header itself, then asks SQLite through an immutable (lock-free, file-free) connection, or a
/// plain read-only one when another connection already has the file open in WAL mode.
class FileProbe {
public:
    /// Throws StorageError: NotFound (no file), NotAWorkspace (zero bytes, not SQLite, SQLite without
    /// the Storyloom mark), TooNew (schema newer than `latestVersion`), Corrupt (quick_check fails).
    /// Returns the file's schema version.
    /// With `checkPages` false the page-by-page quick_check is skipped unless the file needs migrating.
    static int inspect(const std::string& path, int latestVersion, int busyTimeoutMs, bool checkPages = true);
};

} // namespace storyloom
