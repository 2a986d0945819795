#pragma once

#include "ExportFormat.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class RoadmapExportDialog;
}

namespace storyloom {

namespace roadmap {
enum class PageSize;
}

/// Asks what to export: the format (PNG 2× / SVG / PDF / HTML), the page size (PDF), which saved
/// views (several for PDF and HTML, one page each; one for PNG and SVG) and the file. OK is enabled
/// only when a file and at least one view are chosen.
class RoadmapExportDialog : public QDialog {
    Q_OBJECT
public:
    /// `basePath`: the suggested file without its suffix (the suffix follows the format).
    RoadmapExportDialog(const QStringList& viewNames, int currentView, const QString& basePath,
                        QWidget* parent = nullptr);
    ~RoadmapExportDialog() override;

    ExportFormat format() const;
    void setFormat(ExportFormat format);
    roadmap::PageSize pageSize() const;
    void setPageSize(roadmap::PageSize size);
    /// Indexes of the chosen views, in the chooser's order.
    QList<int> chosenViews() const;
    void setChosenViews(const QList<int>& indexes);
    QString path() const;
    void setPath(const QString& path);

private:
    void formatChanged();
    void browse();
    void updateOk();

    std::unique_ptr<Ui::RoadmapExportDialog> m_ui;
};

} // namespace storyloom
