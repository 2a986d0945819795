#pragma once

#include <filesystem>
#include <string>

namespace storyloom::test {

/// A fresh empty folder under the system temp dir, removed with everything in it on destruction.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    /// path() / name, as a string.
    std::string file(const std::string& name) const;

private:
    std::filesystem::path m_path;
};

/// The bytes of a file (empty when it does not exist).
std::string readBytes(const std::string& path);
void writeBytes(const std::string& path, const std::string& bytes);

} // namespace storyloom::test
