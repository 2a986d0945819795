#pragma once

#include "ExportFormat.h"
#include "roadmap/Layouts.h"
#include "roadmap/render/RoadmapExport.h"

#include <QString>

#include <string>
#include <vector>

namespace storyloom {

struct Workspace;

/// What to export: the file, its format, the page size (PDF) and the saved views by name, in order.
struct RoadmapExportRequest {
    ExportFormat format = ExportFormat::Pdf;
    roadmap::PageSize pageSize = roadmap::PageSize::Slide16x9;
    std::vector<roadmap::RoadmapSpec> views; ///< PNG and SVG use the first only
    QString path;
};

/// Lays out the requested views with the on-screen fonts and writes the file atomically through the
/// core's exporters (so the file holds the old content or the new, never half). Returns an empty
/// string on success, else a sentence naming the file and what to do. Needs a QGuiApplication.
QString exportRoadmap(const Workspace& workspace, const RoadmapExportRequest& request,
                      const roadmap::LayoutOptions& options);

/// The usual file suffix ("png", "svg", "pdf", "html").
QString suffixOf(ExportFormat format);

} // namespace storyloom
