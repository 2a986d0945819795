#include "ColourName.h"

#include <QPixmap>

#include <QCoreApplication>

namespace storyloom {

QString colourWord(const QColor& colour) {
    if (!colour.isValid())
        return QCoreApplication::translate("ColourName", "No colour");
    const int lightness = colour.lightness();
    if (colour.hslSaturation() < 40 || colour.hslHue() < 0) {
        if (lightness < 50)
            return QCoreApplication::translate("ColourName", "Black");
        if (lightness > 220)
            return QCoreApplication::translate("ColourName", "White");
        return QCoreApplication::translate("ColourName", "Grey");
    }
    const int hue = colour.hslHue();
    const char* name = hue < 15    ? "Red"
                       : hue < 40  ? "Orange"
                       : hue < 65  ? "Yellow"
                       : hue < 85  ? "Lime"
                       : hue < 160 ? "Green"
                       : hue < 190 ? "Teal"
                       : hue < 210 ? "Cyan"
                       : hue < 250 ? "Blue"
                       : hue < 280 ? "Violet"
                       : hue < 320 ? "Purple"
                       : hue < 345 ? "Pink"
                                   : "Red";
    QString word = QCoreApplication::translate("ColourName", name);
    if (lightness < 70)
        return QCoreApplication::translate("ColourName", "Dark %1").arg(word.toLower());
    if (lightness > 200)
        return QCoreApplication::translate("ColourName", "Light %1").arg(word.toLower());
    return word;
}

QString colourName(const QColor& colour) {
    if (!colour.isValid())
        return colourWord(colour);
    return QStringLiteral("%1 (%2)").arg(colourWord(colour), colour.name(QColor::HexRgb).toUpper());
}

QIcon colourSwatch(const QColor& colour) {
    QPixmap pixmap(16, 16);
    pixmap.fill(colour.isValid() ? colour : QColor(Qt::transparent));
    QIcon icon;
    for (auto mode : {QIcon::Normal, QIcon::Selected, QIcon::Active})
        icon.addPixmap(pixmap, mode);
    return icon;
}

} // namespace storyloom
