#include "ScenePainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <cmath>
#include <map>
#include <utility>
#include <variant>

namespace storyloom::roadmap {
namespace {

QColor qcolour(const Colour& c) {
    return QColor(c.r, c.g, c.b, c.a);
}
QRectF qrect(const Rect& r) {
    return QRectF(r.x, r.y, r.w, r.h);
}

Qt::Alignment alignmentOf(HAlign a) {
    switch (a) {
    case HAlign::Left:
        return Qt::AlignLeft | Qt::AlignVCenter;
    case HAlign::Centre:
        return Qt::AlignHCenter | Qt::AlignVCenter;
    case HAlign::Right:
        return Qt::AlignRight | Qt::AlignVCenter;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

void setPen(QPainter& p, const std::optional<Colour>& stroke, double width, bool dashed = false) {
    if (!stroke) {
        p.setPen(Qt::NoPen);
        return;
    }
    QPen pen(qcolour(*stroke), width);
    if (dashed)
        pen.setDashPattern({6.0 / width, 4.0 / width});
    pen.setCapStyle(Qt::FlatCap);
    p.setPen(pen);
}

void setBrush(QPainter& p, const std::optional<Colour>& fill) {
    p.setBrush(fill ? QBrush(qcolour(*fill)) : QBrush(Qt::NoBrush));
}

} // namespace

QFont ScenePainter::font(double sizePx, FontWeight weight) {
    QFont f;
    // The same face the approximate metrics were measured from comes first, so headless exports and
    // the on-screen view wrap alike; common sans faces follow for systems without it.
    f.setFamilies({QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans"), QStringLiteral("Segoe UI"),
                   QStringLiteral("Helvetica Neue"), QStringLiteral("Arial")});
    f.setStyleHint(QFont::SansSerif);
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(sizePx))));
    switch (weight) {
    case FontWeight::Normal:
        f.setWeight(QFont::Normal);
        break;
    case FontWeight::DemiBold:
        f.setWeight(QFont::DemiBold);
        break;
    case FontWeight::Bold:
        f.setWeight(QFont::Bold);
        break;
    }
    return f;
}

void ScenePainter::paint(QPainter& painter, const Scene& scene) {
    QRectF visible(0, 0, scene.width, scene.height);
    if (painter.hasClipping()) {
        visible = visible.intersected(painter.clipBoundingRect());
    } else if (const QPaintDevice* device = painter.device()) {
        bool invertible = false;
        const QTransform inverse = painter.combinedTransform().inverted(&invertible);
        if (invertible)
            visible = visible.intersected(inverse.mapRect(QRectF(0, 0, device->width(), device->height())));
    }
    paint(painter, scene, Rect{visible.x(), visible.y(), visible.width(), visible.height()});
}

void ScenePainter::paint(QPainter& painter, const Scene& scene, const Rect& exposed) {
    // A little slack for antialiasing and stroke widths at the edges.
    const Rect area{exposed.x - 4, exposed.y - 4, exposed.w + 8, exposed.h + 8};
    struct FontAndMetrics {
        QFont font;
        QFontMetricsF metrics;
    };
    std::map<std::pair<int, int>, FontAndMetrics> fonts;
    const auto fontFor = [&fonts](double sizePx, FontWeight weight) -> const FontAndMetrics& {
        const std::pair<int, int> key{static_cast<int>(std::lround(sizePx)), static_cast<int>(weight)};
        auto it = fonts.find(key);
        if (it == fonts.end()) {
            QFont f = font(sizePx, weight);
            it = fonts.emplace(key, FontAndMetrics{f, QFontMetricsF(f)}).first;
        }
        return it->second;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    painter.fillRect(QRectF(0, 0, scene.width, scene.height).intersected(qrect(area)),
                     qcolour(scene.background));
    for (const Shape& shape : scene.shapes) {
        const Rect b = boundsOf(shape);
        if (b.x > area.right() || b.right() < area.x || b.y > area.bottom() || b.bottom() < area.y)
            continue;
        if (const auto* r = std::get_if<RectShape>(&shape)) {
            if (!r->fill && !r->stroke)
                continue;
            setPen(painter, r->stroke, r->strokeWidth);
            setBrush(painter, r->fill);
            if (r->radius > 0)
                painter.drawRoundedRect(qrect(r->rect), r->radius, r->radius);
            else
                painter.drawRect(qrect(r->rect));
        } else if (const auto* l = std::get_if<LineShape>(&shape)) {
            setPen(painter, l->colour, l->width, l->dashed);
            painter.drawLine(QPointF(l->from.x, l->from.y), QPointF(l->to.x, l->to.y));
        } else if (const auto* e = std::get_if<EllipseShape>(&shape)) {
            setPen(painter, e->stroke, e->strokeWidth);
            setBrush(painter, e->fill);
            painter.drawEllipse(qrect(e->bounds));
        } else {
            const auto& t = std::get<TextRun>(shape);
            const FontAndMetrics& f = fontFor(t.sizePx, t.weight);
            if (painter.font() != f.font)
                painter.setFont(f.font);
            painter.setPen(qcolour(t.colour));
            QString text = QString::fromUtf8(t.text.data(), static_cast<qsizetype>(t.text.size()));
            if (t.elide) {
                if (f.metrics.horizontalAdvance(text) > t.box.w)
                    text = f.metrics.elidedText(text, Qt::ElideRight, t.box.w);
            }
            painter.drawText(qrect(t.box), static_cast<int>(alignmentOf(t.align)) | Qt::TextSingleLine, text);
        }
    }
    painter.restore();
}

} // namespace storyloom::roadmap
