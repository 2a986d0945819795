#include "TempDir.h"

#include "exchange/AtomicFile.h"
#include "exchange/ExchangeError.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace storyloom;
namespace fs = std::filesystem;

namespace {

/// The names in `folder`, so a test can see that no temporary file was left behind.
std::vector<std::string> namesIn(const fs::path& folder) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

unsigned permissionsOf(const std::string& path) {
    struct stat info {};
    REQUIRE(::stat(path.c_str(), &info) == 0);
    return info.st_mode & 07777;
}

/// Sets the process umask for one scope.
class ScopedUmask {
public:
    explicit ScopedUmask(mode_t mask) : m_previous(::umask(mask)) {}
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

} // namespace

TEST_CASE("an atomic write creates the file with exactly the given bytes") {
    test::TempDir dir;
    const std::string path = dir.file("backlog.json");
    static const char raw[] = "line one\nzero \0 byte and ünïcödé\n";
    const std::string content(raw, sizeof raw - 1);
    writeFileAtomically(path, content);
    CHECK(test::readBytes(path) == content);
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"backlog.json"});
}

TEST_CASE("an atomic write replaces an existing file and keeps its permissions") {
    test::TempDir dir;
    const std::string path = dir.file("backlog.json");
    test::writeBytes(path, std::string(100000, 'o'));
    REQUIRE(::chmod(path.c_str(), 0640) == 0);
    writeFileAtomically(path, "new");
    CHECK(test::readBytes(path) == "new");
    CHECK(permissionsOf(path) == 0640);
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"backlog.json"});
}

TEST_CASE("a new file gets the permissions the umask allows, not private ones") {
    test::TempDir dir;
    const ScopedUmask mask(022);
    writeFileAtomically(dir.file("shared.json"), "{}");
    CHECK(permissionsOf(dir.file("shared.json")) == 0644);
}

TEST_CASE("an empty content writes an empty file") {
    test::TempDir dir;
    writeFileAtomically(dir.file("empty.json"), "");
    CHECK(fs::exists(dir.file("empty.json")));
    CHECK(fs::file_size(dir.file("empty.json")) == 0);
}

TEST_CASE("writing into a folder that does not exist fails, names the path and leaves nothing behind") {
    test::TempDir dir;
    const std::string path = dir.file("missing/backlog.json");
    try {
        writeFileAtomically(path, "content");
        FAIL("the write succeeded");
    } catch (const ExchangeError& e) {
        const std::string message = e.what();
        CHECK(message.find(path) != std::string::npos);
        CHECK(message.find("No such file or directory") != std::string::npos);
        CHECK(e.file() == path);
    }
    CHECK(namesIn(dir.path()).empty());
}

TEST_CASE("writing below something that is not a folder fails and leaves nothing behind") {
    test::TempDir dir;
    test::writeBytes(dir.file("plain"), "a file");
    CHECK_THROWS_WITH(writeFileAtomically(dir.file("plain/backlog.json"), "x"),
                      Catch::Contains("plain/backlog.json") && Catch::Contains("Not a directory"));
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"plain"});
}

TEST_CASE("writing into a read-only folder fails and leaves the old file untouched") {
    if (::geteuid() == 0) {
        WARN("running as root, which ignores folder permissions: the read-only case cannot be checked");
        return;
    }
    test::TempDir dir;
    const std::string path = dir.file("backlog.json");
    test::writeBytes(path, "old");
    REQUIRE(::chmod(dir.path().c_str(), 0555) == 0);
    CHECK_THROWS_WITH(writeFileAtomically(path, "new"),
                      Catch::Contains(path) && Catch::Contains("Permission denied"));
    ::chmod(dir.path().c_str(), 0755);
    CHECK(test::readBytes(path) == "old");
    CHECK(namesIn(dir.path()) == std::vector<std::string>{"backlog.json"});
}

TEST_CASE("writing through a symbolic link replaces the linked file and keeps the link") {
    test::TempDir dir;
    fs::create_directory(dir.path() / "real");
    test::writeBytes(dir.file("real/backlog.json"), "old");
    fs::create_symlink("real/backlog.json", dir.path() / "link.json");
    writeFileAtomically(dir.file("link.json"), "new");
    CHECK(fs::is_symlink(dir.path() / "link.json"));
    CHECK(test::readBytes(dir.file("real/backlog.json")) == "new");
    CHECK(namesIn(dir.path() / "real") == std::vector<std::string>{"backlog.json"});
}

TEST_CASE("readFile returns the bytes of a file and names the path when it cannot") {
    test::TempDir dir;
    const std::string big(300000, 'b');
    test::writeBytes(dir.file("big.json"), big);
    CHECK(readFile(dir.file("big.json")) == big);
    CHECK_THROWS_WITH(readFile(dir.file("absent.json")),
                      Catch::Contains("absent.json") && Catch::Contains("No such file or directory"));
    CHECK_THROWS_WITH(readFile(dir.path().string()), Catch::Contains("Is a directory"));
}
