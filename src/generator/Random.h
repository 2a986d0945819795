#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

namespace storyloom {

/// A seeded random source whose output is the same on every platform and standard library.
///
/// std::mt19937_64 is fully specified by the standard, but std::uniform_int_distribution,
/// std::uniform_real_distribution and std::shuffle are not, so the mappings from raw 64-bit draws to
/// ranges, probabilities and permutations are written out here.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    /// A uniformly distributed integer in [lo, hi] (requires lo <= hi), without modulo bias.
    long long between(long long lo, long long hi);
    /// A uniformly distributed index in [0, size) (requires size > 0).
    std::size_t index(std::size_t size);
    /// A uniformly distributed double in [0, 1), from the top 53 bits of one draw.
    double unit();
    /// True with probability `p`.
    bool chance(double p) { return unit() < p; }

    template <typename T> const T& pick(const std::vector<T>& items) { return items[index(items.size())]; }

    /// Fisher-Yates, drawing through index() so the permutation is portable.
    template <typename T> void shuffle(std::vector<T>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = index(i);
            std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace storyloom
