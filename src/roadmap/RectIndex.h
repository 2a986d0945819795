#pragma once

// Internal to the layouts: a uniform grid of rectangles for "does this overlap anything placed yet?",
// so placing thousands of labels costs about the same per label as placing ten.

#include "Scene.h"

#include <unordered_map>
#include <vector>

namespace storyloom::roadmap::detail {

class RectIndex {
public:
    /// `cell` is the grid's cell size in px: about the size of a typical rectangle is best.
    explicit RectIndex(double cell = 64) : m_cell(cell) {}

    void insert(const Rect& r);
    /// True when `r`'s interior overlaps the interior of any inserted rectangle.
    bool intersectsAny(const Rect& r) const;

private:
    template <typename F> void forCells(const Rect& r, F&& f) const;

    double m_cell;
    std::vector<Rect> m_rects;
    std::unordered_map<long long, std::vector<std::size_t>> m_cells; ///< cell key -> indexes into m_rects
};

} // namespace storyloom::roadmap::detail
