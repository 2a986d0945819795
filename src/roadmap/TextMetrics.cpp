#include "TextMetrics.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace storyloom::roadmap {
namespace {

// Advance widths of the printable ASCII characters (space to '~') in thousandths of an em, measured
// from DejaVu Sans, the sans face the painter falls back to on a bare system.
constexpr std::array<std::uint16_t, 95> kNormal{
    318, 401, 460, 838, 636, 950, 780, 275, 390, 390, 500, 838, 318, 361,  318, 337, 636, 636, 636,
    636, 636, 636, 636, 636, 636, 636, 337, 337, 838, 838, 838, 531, 1000, 684, 686, 698, 770, 632,
    575, 775, 752, 295, 295, 656, 557, 863, 748, 787, 603, 787, 695, 635,  611, 732, 684, 989, 685,
    611, 685, 390, 337, 390, 838, 500, 500, 613, 635, 550, 635, 615, 352,  635, 634, 278, 278, 579,
    278, 974, 634, 612, 635, 635, 411, 521, 392, 634, 592, 818, 592, 592,  525, 636, 337, 636, 838};
constexpr std::array<std::uint16_t, 95> kBold{
    348, 456,  521, 838, 696, 1002, 872, 306, 457, 457, 523, 838, 380, 415,  380, 365, 696, 696,  696,
    696, 696,  696, 696, 696, 696,  696, 400, 400, 838, 838, 838, 580, 1000, 774, 762, 734, 830,  683,
    683, 821,  837, 372, 372, 775,  637, 995, 837, 850, 733, 850, 770, 720,  682, 812, 774, 1103, 771,
    724, 725,  457, 365, 457, 838,  500, 500, 675, 716, 593, 716, 678, 435,  716, 712, 343, 343,  665,
    343, 1042, 712, 687, 716, 716,  493, 595, 478, 712, 652, 924, 645, 652,  582, 712, 365, 712,  838};

/// Length of the UTF-8 sequence starting with byte `b` (1 for a stray continuation byte).
std::size_t sequenceLength(unsigned char b) {
    if (b >= 0xF0)
        return 4;
    if (b >= 0xE0)
        return 3;
    if (b >= 0xC0)
        return 2;
    return 1;
}

/// Code point of the sequence at `i` (U+FFFD for a truncated one).
char32_t decodeAt(std::string_view s, std::size_t i, std::size_t len) {
    if (i + len > s.size())
        return 0xFFFD;
    const auto byte = [&](std::size_t k) {
        return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]));
    };
    switch (len) {
    case 1:
        return byte(0);
    case 2:
        return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3:
        return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default:
        return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) |
               (byte(3) & 0x3F);
    }
}

/// Byte offsets where each character starts, plus s.size() at the end.
std::vector<std::size_t> characterStarts(std::string_view s) {
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < s.size();) {
        starts.push_back(i);
        i += std::min(sequenceLength(static_cast<unsigned char>(s[i])), s.size() - i);
    }
    starts.push_back(s.size());
    return starts;
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

std::string trimRight(std::string_view s) {
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return std::string(s);
}

} // namespace

std::string TextMetrics::elide(std::string_view text, double sizePx, FontWeight weight,
                               double maxWidth) const {
    if (width(text, sizePx, weight) <= maxWidth)
        return std::string(text);
    const double ellipsis = width(kEllipsis, sizePx, weight);
    if (ellipsis > maxWidth)
        return {};
    const auto starts = characterStarts(text);
    // Binary search for the longest prefix (in whole characters) that fits with the ellipsis.
    std::size_t lo = 0;
    std::size_t hi = starts.size() - 1;
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (width(text.substr(0, starts[mid]), sizePx, weight) + ellipsis <= maxWidth)
            lo = mid;
        else
            hi = mid - 1;
    }
    return trimRight(text.substr(0, starts[lo])) + std::string(kEllipsis);
}

std::vector<std::string> TextMetrics::wrap(std::string_view text, double sizePx, FontWeight weight,
                                           double maxWidth, int maxLines) const {
    std::vector<std::string> lines;
    if (maxLines <= 0)
        return lines;
    std::vector<std::string_view> words;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'))
            ++i;
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ' && text[j] != '\n' && text[j] != '\t')
            ++j;
        if (j > i)
            words.push_back(text.substr(i, j - i));
        i = j;
    }
    std::string line;
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::string candidate =
            line.empty() ? std::string(words[w]) : line + " " + std::string(words[w]);
        if (line.empty() || width(candidate, sizePx, weight) <= maxWidth) {
            line = candidate;
            continue;
        }
        if (static_cast<int>(lines.size()) + 1 == maxLines) {
            // Last allowed line: put the rest on it and elide.
            std::string rest = line;
            for (std::size_t k = w; k < words.size(); ++k)
                rest += " " + std::string(words[k]);
            lines.push_back(elide(rest, sizePx, weight, maxWidth));
            return lines;
        }
        lines.push_back(elide(line, sizePx, weight, maxWidth));
        line = std::string(words[w]);
    }
    if (!line.empty())
        lines.push_back(elide(line, sizePx, weight, maxWidth));
    return lines;
}

double ApproximateTextMetrics::width(std::string_view text, double sizePx, FontWeight weight) const {
    const auto& table = weight == FontWeight::Normal ? kNormal : kBold;
    double thousandths = 0;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t len = sequenceLength(static_cast<unsigned char>(text[i]));
        const char32_t c = decodeAt(text, i, len);
        i += len;
        if (c >= 32 && c < 127)
            thousandths += table[c - 32];
        else if (c < 32 || (c >= 0x300 && c < 0x370) || c == 0x200B || c == 0xFE0F)
            thousandths += 0; // controls, combining marks, zero-width characters
        else if (c >= 0x2E80 && c < 0xFF61)
            thousandths += 1000; // CJK and full-width forms
        else if (c >= 0x1F000)
            thousandths += 1200; // emoji
        else if (c == 0x2026 || c == 0x2014)
            thousandths += 1000;
        else
            thousandths += weight == FontWeight::Normal ? 640 : 700;
    }
    return thousandths * sizePx / 1000.0;
}

} // namespace storyloom::roadmap
