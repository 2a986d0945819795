#pragma once

#include "roadmap/Scene.h"

#include <QImage>

#include <string>
#include <vector>

namespace storyloom::roadmap {

enum class PageSize { A4, Letter, Slide16x9 };
/// "a4", "letter", "slide"
std::string_view toId(PageSize v);
std::optional<PageSize> parsePageSize(std::string_view text);

/// The scene painted on a white image at `scale` device pixels per logical pixel.
QImage renderImage(const Scene& scene, double scale = 2.0);
/// The largest PNG exportPng writes, in pixels (about 400 MB of image memory while drawing).
inline constexpr double kMaxPngPixels = 100'000'000;
/// PNG bytes of renderImage(scene, scale), the scale lowered if needed so the image stays within
/// kMaxPngPixels. Needs a QGuiApplication.
std::string exportPng(const Scene& scene, double scale = 2.0);
/// A vector PDF with one landscape page per scene, each scaled to fit inside the page margins and
/// centred. Needs a QGuiApplication. Throws RoadmapError when `scenes` is empty.
std::string exportPdf(const std::vector<Scene>& scenes, PageSize pageSize);

} // namespace storyloom::roadmap
