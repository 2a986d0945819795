#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace storyloom {

/// A colour in words and hex, "Blue (#4C6EF5)", so a swatch is never the only way to tell epics
/// apart. The word is the nearest of a dozen hue names (or grey, black, white).
QString colourName(const QColor& colour);
/// The word alone ("Blue").
QString colourWord(const QColor& colour);
/// A 16×16 swatch of `colour` (transparent when invalid) that looks the same in a selected row: Qt
/// tints an icon's selected mode, which would show another colour beside the colour's name.
QIcon colourSwatch(const QColor& colour);

} // namespace storyloom
