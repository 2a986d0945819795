#include "AppPalette.h"

#include <QApplication>
#include <QPainter>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>

namespace storyloom {
namespace {

QPalette darkPalette() {
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor dimText(0x9a, 0x9e, 0xa6); // ≥ 4.5:1 on Window and Base, for disabled text and hints
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x29, 0x2d));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dimText);
    // A blue dark enough for white text on it and light enough to show as a bar on Base.
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x43, 0x48));
    p.setColor(QPalette::Mid, QColor(0x30, 0x32, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x47, 0x4d));
    return p;
}

QPalette highContrastPalette() {
    // Black and white, with yellow for what is selected or current, as high-contrast themes do.
    const QColor yellow(0xff, 0xff, 0x00);
    QPalette p;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button,
                      QPalette::ToolTipBase, QPalette::Shadow, QPalette::Dark, QPalette::Mid})
        p.setColor(role, Qt::black);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText, QPalette::PlaceholderText, QPalette::Light, QPalette::Midlight})
        p.setColor(role, Qt::white);
    p.setColor(QPalette::Highlight, yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x00, 0xff, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    // Disabled text stays readable (light grey on black, 9:1), told apart by shade, not hidden.
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0xa0, 0xa0, 0xa0));
    return p;
}

/// Fusion outlines a check box in a darker shade of Window, which all but vanishes on a dark or black
/// background: an unticked box (in a form or in a list) could not be seen at all. This style draws
/// the outline again in a colour with at least 3:1 contrast against the background (WCAG 1.4.11).
class OutlinedChecksStyle : public QProxyStyle {
public:
    OutlinedChecksStyle(QStyle* base, QColor outline) : QProxyStyle(base), m_outline(outline) {}

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget) const override {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // Item views draw their check boxes through PE_IndicatorCheckBox too, so this one case
        // covers both.
        if (element != PE_IndicatorCheckBox || !option || !painter)
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, false);
        const bool enabled = option->state & State_Enabled;
        painter->setPen(
            QPen(enabled ? m_outline : option->palette.color(QPalette::Disabled, QPalette::Text), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
        painter->restore();
    }

private:
    QColor m_outline;
};

} // namespace

std::optional<AppPalette::Scheme> AppPalette::parse(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("dark"))
        return Scheme::Dark;
    if (n == QLatin1String("high-contrast"))
        return Scheme::HighContrast;
    return std::nullopt;
}

QPalette AppPalette::palette(Scheme scheme) {
    return scheme == Scheme::Dark ? darkPalette() : highContrastPalette();
}

QStyle* AppPalette::createStyle(Scheme scheme) {
    const QPalette p = palette(scheme);
    // Dark: the dim text colour (6:1 on Base, 5:1 on Window); high contrast: white on black.
    const QColor outline = scheme == Scheme::Dark ? p.color(QPalette::PlaceholderText) : QColor(Qt::white);
    return new OutlinedChecksStyle(QStyleFactory::create(QStringLiteral("Fusion")), outline);
}

void AppPalette::apply(Scheme scheme) {
    QApplication::setStyle(createStyle(scheme));
    QApplication::setPalette(palette(scheme));
    // Fusion draws the frames of fields and check boxes in a darker shade of Window, which vanishes
    // on black: high contrast outlines them in white, and fills a ticked box with the highlight.
    if (scheme == Scheme::HighContrast)
        qApp->setStyleSheet(QStringLiteral(
            "QLineEdit { border: 1px solid white; padding: 1px 2px; }"
            "QCheckBox::indicator { width: 12px; height: 12px; border: 2px solid white; background: black; }"
            "QCheckBox::indicator:checked { background: yellow; }"
            "QCheckBox::indicator:focus { border-color: yellow; }"));
}

} // namespace storyloom
