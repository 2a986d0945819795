#include "QtTextMetrics.h"

#include "ScenePainter.h"

#include <QString>

#include <cmath>

namespace storyloom::roadmap {

const QFontMetricsF& QtTextMetrics::metrics(double sizePx, FontWeight weight) const {
    // ScenePainter::font rounds to whole pixels, so whole pixels are the right cache key.
    const std::pair<int, int> key{static_cast<int>(std::lround(sizePx)), static_cast<int>(weight)};
    auto it = m_cache.find(key);
    if (it == m_cache.end())
        it = m_cache.emplace(key, QFontMetricsF(ScenePainter::font(sizePx, weight))).first;
    return it->second;
}

double QtTextMetrics::width(std::string_view text, double sizePx, FontWeight weight) const {
    return metrics(sizePx, weight)
        .horizontalAdvance(QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
}

double QtTextMetrics::lineHeight(double sizePx) const {
    return metrics(sizePx, FontWeight::Normal).lineSpacing();
}

} // namespace storyloom::roadmap
