#include "KendallTau.h"

#include <unordered_map>

namespace storyloom::scoring {

std::uint64_t countInversions(std::vector<std::uint32_t>& values) {
    const std::size_t n = values.size();
    std::vector<std::uint32_t> buffer(n);
    std::uint64_t inversions = 0;
    // Bottom-up merge sort: no recursion, so no depth limit for large backlogs.
    for (std::size_t width = 1; width < n; width *= 2) {
        for (std::size_t lo = 0; lo < n; lo += 2 * width) {
            const std::size_t mid = std::min(lo + width, n);
            const std::size_t hi = std::min(lo + 2 * width, n);
            std::size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) {
                if (values[j] < values[i]) {
                    inversions += mid - i; // values[j] is smaller than every value left in the left half
                    buffer[k++] = values[j++];
                } else {
                    buffer[k++] = values[i++];
                }
            }
            while (i < mid)
                buffer[k++] = values[i++];
            while (j < hi)
                buffer[k++] = values[j++];
        }
        values.swap(buffer);
    }
    return inversions;
}

std::optional<double> kendallTau(const std::vector<Id>& first, const std::vector<Id>& second) {
    std::unordered_map<Id, std::uint32_t> placeInSecond;
    placeInSecond.reserve(second.size());
    for (std::uint32_t i = 0; i < second.size(); ++i)
        placeInSecond.emplace(second[i], i);
    std::vector<std::uint32_t> sequence;
    sequence.reserve(first.size());
    for (Id id : first) {
        const auto it = placeInSecond.find(id);
        if (it != placeInSecond.end())
            sequence.push_back(it->second);
    }
    const std::size_t n = sequence.size();
    if (n < 2)
        return std::nullopt;
    const double pairs = static_cast<double>(n) * static_cast<double>(n - 1) / 2.0;
    const double discordant = static_cast<double>(countInversions(sequence));
    return 1.0 - 2.0 * discordant / pairs;
}

} // namespace storyloom::scoring
