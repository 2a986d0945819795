#include "Rank.h"

#include <stdexcept>

namespace storyloom::rank {
namespace {

constexpr std::string_view kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
constexpr int kBase = 36;

int digitValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    return -1;
}

// Midpoint of two fractions 0.lo and 0.hi (hi empty with hasHi == false means 1.0).
std::string midpoint(std::string_view lo, std::string_view hi, bool hasHi) {
    if (hasHi) {
        std::size_t n = 0;
        while (n < hi.size() && (n < lo.size() ? lo[n] : '0') == hi[n])
            ++n;
        if (n > 0) {
            const std::string_view loRest = n < lo.size() ? lo.substr(n) : std::string_view{};
            return std::string(hi.substr(0, n)) + midpoint(loRest, hi.substr(n), true);
        }
    }
    const int dLo = lo.empty() ? 0 : digitValue(lo[0]);
    const int dHi = hasHi ? digitValue(hi[0]) : kBase;
    if (dHi - dLo > 1)
        return std::string(1, kDigits[static_cast<std::size_t>((dLo + dHi + 1) / 2)]);
    if (hasHi && hi.size() > 1)
        return std::string(hi.substr(0, 1));
    const std::string_view loRest = lo.size() > 1 ? lo.substr(1) : std::string_view{};
    return std::string(1, kDigits[static_cast<std::size_t>(dLo)]) + midpoint(loRest, {}, false);
}

} // namespace

bool isValid(std::string_view r) {
    if (r.empty() || r.back() == '0')
        return false;
    for (char c : r)
        if (digitValue(c) < 0)
            return false;
    return true;
}

std::string between(std::string_view lo, std::string_view hi) {
    if (!lo.empty() && !isValid(lo))
        throw std::invalid_argument("rank::between: invalid lower rank '" + std::string(lo) + "'");
    if (!hi.empty() && !isValid(hi))
        throw std::invalid_argument("rank::between: invalid upper rank '" + std::string(hi) + "'");
    if (!lo.empty() && !hi.empty() && !(lo < hi))
        throw std::invalid_argument("rank::between: '" + std::string(lo) + "' is not below '" +
                                    std::string(hi) + "'");
    return midpoint(lo, hi, !hi.empty());
}

std::vector<std::string> evenlySpaced(std::size_t count) {
    std::vector<std::string> out;
    out.reserve(count);
    // Width w such that 36^w leaves at least 36 free slots between neighbours.
    std::size_t width = 1;
    unsigned long long span = kBase;
    while (span / (count + 1) < 36 && width < 12) {
        span *= kBase;
        ++width;
    }
    const unsigned long long step = span / (count + 1);
    for (std::size_t i = 0; i < count; ++i) {
        unsigned long long v = step * (i + 1);
        std::string s(width, '0');
        for (std::size_t p = width; p-- > 0;) {
            s[p] = kDigits[v % kBase];
            v /= kBase;
        }
        while (!s.empty() && s.back() == '0')
            s.pop_back();
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace storyloom::rank
