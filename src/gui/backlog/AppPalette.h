#pragma once

#include <QPalette>
#include <QString>

class QStyle;

#include <optional>

namespace storyloom {

/// Colour schemes the application can be started with (`storyloom --palette dark|high-contrast`) to
/// check, and take screenshots of, the views under a dark or high-contrast system theme on a machine
/// that has neither. Without the option the application follows the system palette.
///
/// Custom painting in the views uses palette roles only (Text on Base, Highlight for decoration,
/// HighlightedText on Highlight), so it follows these palettes and the system's alike.
class AppPalette {
public:
    enum class Scheme { Dark, HighContrast };

    /// "dark" or "high-contrast" (case-insensitive); nullopt for anything else.
    static std::optional<Scheme> parse(const QString& name);
    static QPalette palette(Scheme scheme);
    /// The Fusion style as `scheme` needs it: check boxes (also those in lists) keep an outline that
    /// can be seen on the dark or black background. The caller owns the style.
    static QStyle* createStyle(Scheme scheme);
    /// Switches the application to the Fusion style (which paints with the palette throughout) and
    /// `scheme`'s palette; high contrast also outlines fields and check boxes (a style sheet). Call
    /// before the first window is shown.
    static void apply(Scheme scheme);
};

} // namespace storyloom
