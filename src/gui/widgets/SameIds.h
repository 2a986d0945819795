#pragma once

#include <QList>

#include <algorithm>

namespace storyloom {

/// Whether two id lists hold the same ids in the same order. Use this instead of QList's operator==:
/// in Qt 6.4 that passes memcmp a null pointer when one list is empty and never allocated, which is
/// undefined behaviour (UBSan stops on it).
inline bool sameIds(const QList<qint64>& a, const QList<qint64>& b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

} // namespace storyloom
