// Fuzzes nativejson::read with arbitrary bytes. Contract checked: read either throws ExchangeError or
// returns a workspace that write() can write and that reads back to the same text
// (write(read(write(w))) == write(w)). Anything else - another exception, a crash, a sanitizer
// report - is a finding.

#include "exchange/NativeJson.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    storyloom::Workspace workspace;
    try {
        workspace = storyloom::nativejson::read(text, "fuzz.json");
    } catch (const storyloom::ExchangeError&) {
        return 0; // refused cleanly
    }
    std::string written;
    try {
        written = storyloom::nativejson::write(workspace);
    } catch (const storyloom::ExchangeError& e) {
        std::fprintf(stderr, "read() accepted a workspace that write() refuses: %s\n", e.what());
        std::abort();
    }
    const std::string again = storyloom::nativejson::write(storyloom::nativejson::read(written, "fuzz.json"));
    if (again != written) {
        std::fprintf(stderr, "write(read(write(w))) differs from write(w)\n");
        std::abort();
    }
    return 0;
}
