#pragma once

#include "roadmap/Scene.h"

#include <QFont>

class QPainter;

namespace storyloom::roadmap {

/// Paints a Scene with QPainter: the on-screen Roadmap view, PNG and PDF exports all go through here,
/// so they look the same. The painter's current transform is respected (scale it for 2x or to fit a
/// page); the scene is drawn in its logical pixels from (0, 0).
class ScenePainter {
public:
    /// Paints every shape in order, background first. Text is elided to its box with the painter's
    /// font metrics when the run asks for it.
    /// Shapes entirely outside the painter's device (mapped back through its transform) or its clip
    /// are skipped, so painting a window-sized part of a large scene costs little.
    static void paint(QPainter& painter, const Scene& scene);
    /// Paints only the shapes that intersect `exposed` (scene coordinates), e.g. a scroll view's
    /// visible rectangle.
    static void paint(QPainter& painter, const Scene& scene, const Rect& exposed);
    /// The font used for a text run of this size and weight (pixel size, sans-serif family list).
    /// QtTextMetrics measures with the same fonts.
    static QFont font(double sizePx, FontWeight weight);
};

} // namespace storyloom::roadmap
