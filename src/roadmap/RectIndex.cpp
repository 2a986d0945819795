#include "RectIndex.h"

#include <cmath>

namespace storyloom::roadmap::detail {

template <typename F> void RectIndex::forCells(const Rect& r, F&& f) const {
    const auto first = [this](double v) { return static_cast<long long>(std::floor(v / m_cell)); };
    const long long x0 = first(r.x), x1 = first(r.right());
    const long long y0 = first(r.y), y1 = first(r.bottom());
    for (long long cy = y0; cy <= y1; ++cy)
        for (long long cx = x0; cx <= x1; ++cx)
            if (f(cy * 1'000'003LL + cx)) // scenes are far narrower than a million cells
                return;
}

void RectIndex::insert(const Rect& r) {
    const std::size_t index = m_rects.size();
    m_rects.push_back(r);
    forCells(r, [&](long long key) {
        m_cells[key].push_back(index);
        return false;
    });
}

bool RectIndex::intersectsAny(const Rect& r) const {
    bool hit = false;
    forCells(r, [&](long long key) {
        const auto it = m_cells.find(key);
        if (it == m_cells.end())
            return false;
        for (const std::size_t i : it->second)
            if (m_rects[i].intersects(r)) {
                hit = true;
                return true;
            }
        return false;
    });
    return hit;
}

} // namespace storyloom::roadmap::detail
