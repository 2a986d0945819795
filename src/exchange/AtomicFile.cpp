#include "AtomicFile.h"

#include "ExchangeError.h"

#include <cerrno>
#include <chrono>
#include <filesystem>
#include <random>
#include <system_error>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace storyloom {
namespace {

/// The system's words for `err`; unlike strerror() safe to call from any thread.
std::string reason(int err) {
    return std::generic_category().message(err);
}

[[noreturn]] void cannotSave(const std::string& path, const std::string& what, int err) {
    throw ExchangeError("Cannot save \"" + path + "\": " + what + " (" + reason(err) +
                            "). Check that the folder exists and that you may write to it, then save again.",
                        path);
}

std::string randomSuffix() {
    static constexpr char kChars[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    static thread_local std::mt19937_64 generator(
        std::random_device{}() ^
        static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::string out(8, 'x');
    for (char& c : out)
        c = kChars[generator() % (sizeof kChars - 1)];
    return out;
}

/// Creates a new, empty, uniquely named file next to `target` and returns its descriptor (-1 with errno
/// set on failure). This is mkstemp() with mode 0666 instead of 0600, so the user's umask decides who may
/// read a newly saved workspace, as it does for every other file they create.
int createTemporary(const std::string& folder, const std::string& baseName, std::string& tempPath) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        tempPath = folder + "/." + baseName + ".tmp-" + randomSuffix();
        const int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd >= 0 || errno != EEXIST)
            return fd;
    }
    return -1;
}

bool writeAll(int fd, std::string_view content) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, std::min<std::size_t>(left, std::size_t{1} << 30));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

void writeFileAtomically(const std::string& path, std::string_view content) {
    // Saving through a symbolic link replaces the file it points to, not the link.
    std::string target = path;
    std::error_code ec;
    if (std::filesystem::is_symlink(path, ec)) {
        const auto resolved = std::filesystem::weakly_canonical(path, ec);
        if (!ec)
            target = resolved.string();
    }
    const auto slash = target.rfind('/');
    const std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : target.substr(0, slash);
    const std::string baseName = slash == std::string::npos ? target : target.substr(slash + 1);

    std::string tempPath;
    int fd = createTemporary(folder, baseName, tempPath);
    if (fd < 0)
        cannotSave(path, "a temporary file could not be created in \"" + folder + "\"", errno);

    const auto abandon = [&](const std::string& what) {
        const int err = errno;
        if (fd >= 0)
            ::close(fd);
        ::unlink(tempPath.c_str());
        cannotSave(path, what, err);
    };

    // Replacing a file keeps its permissions; failing to copy them is no reason to refuse the save.
    struct stat existing {};
    if (::stat(target.c_str(), &existing) == 0)
        (void)::fchmod(fd, existing.st_mode & 07777);

    if (!writeAll(fd, content))
        abandon("writing failed");
    // The data must be on disk before the rename makes it the file, or a crash could leave an empty one.
    if (::fsync(fd) != 0)
        abandon("flushing to disk failed");
    const int closed = ::close(fd);
    fd = -1;
    if (closed != 0)
        abandon("finishing the file failed");
    if (::rename(tempPath.c_str(), target.c_str()) != 0)
        abandon("the old file could not be replaced");

    // Make the rename itself durable. The new file is already in place, so a failure here is not
    // worth failing the save for.
    const int folderFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderFd >= 0) {
        (void)::fsync(folderFd);
        ::close(folderFd);
    }
}

std::string readFile(const std::string& path) {
    const auto cannotOpen = [&](int err) -> void {
        throw ExchangeError("Cannot open \"" + path + "\": " + reason(err) +
                                ". Check the file name and that you may read the file.",
                            path);
    };
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        cannotOpen(errno);
    std::string content;
    struct stat info {};
    if (::fstat(fd, &info) == 0 && info.st_size > 0)
        content.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n == 0)
            break;
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            cannotOpen(err);
        }
        content.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(fd);
    return content;
}

} // namespace storyloom
