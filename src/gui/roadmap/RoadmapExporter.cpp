#include "RoadmapExporter.h"

#include "FilterSupport.h"

#include "domain/Workspace.h"
#include "exchange/AtomicFile.h"
#include "exchange/ExchangeError.h"
#include "roadmap/HtmlWriter.h"
#include "roadmap/RoadmapError.h"
#include "roadmap/SvgWriter.h"
#include "roadmap/render/QtTextMetrics.h"

#include <QCoreApplication>
#include <QDir>

namespace storyloom {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("RoadmapExporter", text);
}

} // namespace

QString suffixOf(ExportFormat format) {
    switch (format) {
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Html:
        return QStringLiteral("html");
    }
    return {};
}

QString exportRoadmap(const Workspace& workspace, const RoadmapExportRequest& request,
                      const roadmap::LayoutOptions& options) {
    const QString file = QDir::toNativeSeparators(request.path);
    if (request.path.isEmpty())
        return tr("Choose a file to export the roadmap to.");
    if (request.views.empty())
        return tr("Choose at least one view to export to %1.").arg(file);
    try {
        const roadmap::QtTextMetrics metrics;
        std::vector<roadmap::Scene> scenes;
        const bool single = request.format == ExportFormat::Png || request.format == ExportFormat::Svg;
        for (const roadmap::RoadmapSpec& spec : request.views) {
            // A deleted theme or release in a saved filter must not empty the page (as on screen).
            scenes.push_back(roadmap::layoutView(
                workspace, roadmapfilters::withExistingFilters(workspace, spec), metrics, options));
            if (single)
                break;
        }
        std::string bytes;
        switch (request.format) {
        case ExportFormat::Png:
            bytes = roadmap::exportPng(scenes.front(), 2.0);
            break;
        case ExportFormat::Svg:
            bytes = roadmap::writeSvg(scenes.front());
            break;
        case ExportFormat::Pdf:
            bytes = roadmap::exportPdf(scenes, request.pageSize);
            break;
        case ExportFormat::Html: {
            const std::string title =
                workspace.productName.empty() ? std::string("Roadmap") : workspace.productName + " roadmap";
            bytes = roadmap::writeHtml(scenes, title, options.today);
            break;
        }
        }
        if (bytes.empty())
            return tr("The roadmap could not be drawn for %1. Try another format or page size.").arg(file);
        writeFileAtomically(request.path.toStdString(), bytes);
        return {};
    } catch (const ExchangeError& e) {
        return tr("The roadmap could not be written to %1: %2").arg(file, QString::fromStdString(e.what()));
    } catch (const roadmap::RoadmapError& e) {
        return tr("The roadmap could not be exported to %1: %2").arg(file, QString::fromStdString(e.what()));
    }
}

} // namespace storyloom
