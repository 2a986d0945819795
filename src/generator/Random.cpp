#include "Random.h"

namespace storyloom {

long long Random::between(long long lo, long long hi) {
    const std::uint64_t span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    if (span == 0) // the whole 64-bit range
        return static_cast<long long>(m_engine());
    // Reject the first (2^64 mod span) values so every residue is equally likely.
    const std::uint64_t threshold = (0 - span) % span;
    std::uint64_t x = m_engine();
    while (x < threshold)
        x = m_engine();
    return static_cast<long long>(static_cast<std::uint64_t>(lo) + x % span);
}

std::size_t Random::index(std::size_t size) {
    return static_cast<std::size_t>(between(0, static_cast<long long>(size) - 1));
}

double Random::unit() {
    return static_cast<double>(m_engine() >> 11) * 0x1.0p-53;
}

} // namespace storyloom
