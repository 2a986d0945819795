#include "RoadmapExport.h"

#include "ScenePainter.h"
#include "roadmap/RoadmapError.h"

#include <QBuffer>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace storyloom::roadmap {
namespace {

QPageSize qPageSize(PageSize size) {
    switch (size) {
    case PageSize::A4:
        return QPageSize(QPageSize::A4);
    case PageSize::Letter:
        return QPageSize(QPageSize::Letter);
    case PageSize::Slide16x9:
        // 13.333 x 7.5 in, the usual wide slide; given portrait and turned by the landscape layout.
        return QPageSize(QSizeF(7.5, 13.333), QPageSize::Inch, QStringLiteral("Slide 16:9"),
                         QPageSize::ExactMatch);
    }
    return QPageSize(QPageSize::A4);
}

std::string toBytes(const QByteArray& bytes) {
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace

std::string_view toId(PageSize v) {
    switch (v) {
    case PageSize::A4:
        return "a4";
    case PageSize::Letter:
        return "letter";
    case PageSize::Slide16x9:
        return "slide";
    }
    return "a4";
}

std::optional<PageSize> parsePageSize(std::string_view text) {
    std::string lower(text);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "a4")
        return PageSize::A4;
    if (lower == "letter")
        return PageSize::Letter;
    if (lower == "slide" || lower == "16:9" || lower == "slide16x9")
        return PageSize::Slide16x9;
    return std::nullopt;
}

QImage renderImage(const Scene& scene, double scale) {
    const int w = std::max(1, static_cast<int>(std::ceil(scene.width * scale)));
    const int h = std::max(1, static_cast<int>(std::ceil(scene.height * scale)));
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    // No fill: ScenePainter paints the scene's background over every pixel (a large timeline is
    // hundreds of megabytes of pixels, so a second pass costs real time).
    // Record the scale so viewers that honour the PNG's pixel density show it at logical size.
    image.setDotsPerMeterX(static_cast<int>(std::lround(3780 * scale)));
    image.setDotsPerMeterY(static_cast<int>(std::lround(3780 * scale)));
    QPainter painter(&image);
    painter.scale(scale, scale);
    ScenePainter::paint(painter, scene);
    painter.end();
    return image;
}

std::string exportPng(const Scene& scene, double scale) {
    // A 2,000-epic timeline at 2x would be a gigabyte of pixels: keep within kMaxPngPixels.
    const double pixels = std::max(1.0, scene.width * scene.height);
    scale = std::min(scale, std::sqrt(kMaxPngPixels / pixels));
    const QImage image = renderImage(scene, scale);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        throw RoadmapError("The roadmap image could not be encoded as PNG (" + std::to_string(image.width()) +
                           " x " + std::to_string(image.height()) + " pixels); try a smaller zoom or scale.");
    return toBytes(bytes);
}

std::string exportPdf(const std::vector<Scene>& scenes, PageSize pageSize) {
    if (scenes.empty())
        throw RoadmapError("There is no roadmap view to put in the PDF; choose at least one view.");
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("Storyloom"));
        writer.setTitle(QString::fromStdString(scenes.front().title));
        writer.setResolution(144);
        writer.setPageLayout(QPageLayout(qPageSize(pageSize), QPageLayout::Landscape,
                                         QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
        QPainter painter;
        if (!painter.begin(&writer))
            throw RoadmapError("The PDF could not be started; check that Qt's PDF support is available.");
        for (std::size_t i = 0; i < scenes.size(); ++i) {
            if (i > 0)
                writer.newPage();
            const Scene& scene = scenes[i];
            const QRect area = writer.pageLayout().paintRectPixels(writer.resolution());
            const double scale = std::min(area.width() / std::max(scene.width, 1.0),
                                          area.height() / std::max(scene.height, 1.0));
            painter.save();
            // paintRectPixels is relative to the page; the painter's origin is already the margin corner.
            painter.translate((area.width() - scene.width * scale) / 2,
                              (area.height() - scene.height * scale) / 2);
            painter.scale(scale, scale);
            ScenePainter::paint(painter, scene);
            painter.restore();
        }
        painter.end();
    }
    return toBytes(bytes);
}

} // namespace storyloom::roadmap
