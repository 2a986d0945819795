#pragma once

#include <stdexcept>
#include <string>

namespace storyloom {

/// Every failure of the storage layer. `what()` is a sentence a product owner can act on and names
/// the file (and the story key where one is involved).
class StorageError : public std::runtime_error {
public:
    enum class Kind {
        NotFound,      ///< the file does not exist
        AlreadyExists, ///< create() on an existing file
        NotAWorkspace, ///< not SQLite, or SQLite without Storyloom's tables (zero-byte files too)
        Corrupt,       ///< SQLite reports corruption or the integrity check fails
        TooNew,        ///< schema version newer than this build knows
        Busy,          ///< another process held the write lock past the busy timeout
        Invalid,       ///< the change breaks a domain invariant (bad points, unknown key, ...)
        Io             ///< any other SQLite or file-system failure
    };

    StorageError(Kind kind, std::string path, const std::string& message)
        : std::runtime_error(message), m_kind(kind), m_path(std::move(path)) {}

    Kind kind() const { return m_kind; }
    const std::string& path() const { return m_path; }

private:
    Kind m_kind;
    std::string m_path;
};

} // namespace storyloom
