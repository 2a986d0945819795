// Fuzzes WorkspaceStore::open on arbitrary bytes written to a temporary file, then reads everything
// from a file it accepts. Contract checked: open and reads throw only StorageError, and open never
// changes a file it refuses. Anything else is a finding.

#include "storage/WorkspaceStore.h"

#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

namespace {

void removeTempFiles();

std::string tempPath() {
    // Never destroyed, so the exit handler below can still use it.
    static const std::string* const path = [] {
        const auto* p = new std::string("/tmp/storyloom-fuzz-" + std::to_string(::getpid()) + ".storyloom");
        std::atexit(removeTempFiles); // best effort: a crash leaves the file for inspection
        return p;
    }();
    return *path;
}

void removeTempFiles() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::remove((tempPath() + suffix).c_str());
}

std::string readAll(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = tempPath();
    removeTempFiles();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    {
        std::ofstream out(path, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const storyloom::FixedClock clock(1'780'000'000'000);
    std::unique_ptr<storyloom::WorkspaceStore> store;
    try {
        store = storyloom::WorkspaceStore::open(path, clock);
    } catch (const storyloom::StorageError& e) {
        if (readAll(path) != bytes) {
            std::fprintf(stderr, "open() refused the file (%s) but changed it\n", e.what());
            std::abort();
        }
        return 0;
    }
    try {
        (void)store->load();
        (void)store->stories(storyloom::StoryQuery{});
        (void)store->check();
    } catch (const storyloom::StorageError&) {
        // a file accepted by open() can still be damaged further in: refusing it then is fine
    }
    return 0;
}
