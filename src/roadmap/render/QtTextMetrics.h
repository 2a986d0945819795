#pragma once

#include "roadmap/TextMetrics.h"

#include <QFontMetricsF>

#include <map>
#include <utility>

namespace storyloom::roadmap {

/// Measures text with the fonts ScenePainter draws with (QFontMetricsF). Needs a QGuiApplication.
/// Keeps the font metrics per size and weight it has used, so one instance should be reused for a
/// whole layout; not for concurrent use from several threads.
class QtTextMetrics final : public TextMetrics {
public:
    double width(std::string_view text, double sizePx, FontWeight weight) const override;
    double lineHeight(double sizePx) const override;

private:
    const QFontMetricsF& metrics(double sizePx, FontWeight weight) const;

    mutable std::map<std::pair<int, int>, QFontMetricsF> m_cache; ///< (pixel size, weight) -> metrics
};

} // namespace storyloom::roadmap
