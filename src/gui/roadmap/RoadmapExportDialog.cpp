#include "RoadmapExportDialog.h"

#include "ui_RoadmapExportDialog.h"

#include "RoadmapExporter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

namespace storyloom {

RoadmapExportDialog::RoadmapExportDialog(const QStringList& viewNames, int currentView,
                                         const QString& basePath, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::RoadmapExportDialog>()) {
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("PDF (vector, one page per view)"), static_cast<int>(ExportFormat::Pdf));
    m_ui->formatCombo->addItem(tr("PNG image at 2× for slides"), static_cast<int>(ExportFormat::Png));
    m_ui->formatCombo->addItem(tr("SVG (vector image)"), static_cast<int>(ExportFormat::Svg));
    m_ui->formatCombo->addItem(tr("HTML page (self-contained)"), static_cast<int>(ExportFormat::Html));
    m_ui->pageCombo->addItem(tr("16:9 slide"), static_cast<int>(roadmap::PageSize::Slide16x9));
    m_ui->pageCombo->addItem(tr("A4"), static_cast<int>(roadmap::PageSize::A4));
    m_ui->pageCombo->addItem(tr("Letter"), static_cast<int>(roadmap::PageSize::Letter));
    m_ui->viewList->addItems(viewNames);
    if (currentView >= 0 && currentView < m_ui->viewList->count())
        m_ui->viewList->item(currentView)->setSelected(true);
    m_ui->viewList->setCurrentRow(std::max(0, currentView), QItemSelectionModel::NoUpdate);
    m_ui->pathEdit->setText(basePath + QLatin1Char('.') + suffixOf(ExportFormat::Pdf));

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &RoadmapExportDialog::formatChanged);
    connect(m_ui->viewList, &QListWidget::itemSelectionChanged, this, &RoadmapExportDialog::updateOk);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &RoadmapExportDialog::updateOk);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &RoadmapExportDialog::browse);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    formatChanged();
}

RoadmapExportDialog::~RoadmapExportDialog() = default;

ExportFormat RoadmapExportDialog::format() const {
    return static_cast<ExportFormat>(m_ui->formatCombo->currentData().toInt());
}

void RoadmapExportDialog::setFormat(ExportFormat format) {
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(format)));
}

roadmap::PageSize RoadmapExportDialog::pageSize() const {
    return static_cast<roadmap::PageSize>(m_ui->pageCombo->currentData().toInt());
}

void RoadmapExportDialog::setPageSize(roadmap::PageSize size) {
    m_ui->pageCombo->setCurrentIndex(m_ui->pageCombo->findData(static_cast<int>(size)));
}

QList<int> RoadmapExportDialog::chosenViews() const {
    QList<int> rows;
    for (int row = 0; row < m_ui->viewList->count(); ++row)
        if (m_ui->viewList->item(row)->isSelected())
            rows << row;
    return rows;
}

void RoadmapExportDialog::setChosenViews(const QList<int>& indexes) {
    m_ui->viewList->clearSelection();
    for (int row : indexes)
        if (row >= 0 && row < m_ui->viewList->count())
            m_ui->viewList->item(row)->setSelected(true);
}

QString RoadmapExportDialog::path() const {
    return m_ui->pathEdit->text().trimmed();
}

void RoadmapExportDialog::setPath(const QString& path) {
    m_ui->pathEdit->setText(path);
}

void RoadmapExportDialog::formatChanged() {
    const ExportFormat f = format();
    const bool several = f == ExportFormat::Pdf || f == ExportFormat::Html;
    m_ui->pageCombo->setEnabled(f == ExportFormat::Pdf);
    m_ui->pageLabel->setEnabled(f == ExportFormat::Pdf);
    // PNG and SVG hold one view: keep only the first chosen one.
    const QList<int> chosen = chosenViews();
    m_ui->viewList->setSelectionMode(several ? QAbstractItemView::MultiSelection
                                             : QAbstractItemView::SingleSelection);
    if (!several && chosen.size() > 1)
        setChosenViews({chosen.first()});
    m_ui->hintLabel->setText(several ? tr("Select every view to include: each gets its own page.")
                                     : tr("One view: the selected one."));
    // Follow the format with the file's suffix.
    QString p = path();
    if (!p.isEmpty()) {
        const QFileInfo info(p);
        const QString suffix = info.suffix().toLower();
        if (suffix == QLatin1String("png") || suffix == QLatin1String("svg") ||
            suffix == QLatin1String("pdf") || suffix == QLatin1String("html"))
            p.chop(suffix.size() + 1);
        m_ui->pathEdit->setText(p + QLatin1Char('.') + suffixOf(f));
    }
    updateOk();
}

void RoadmapExportDialog::browse() {
    const QString suffix = suffixOf(format());
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Roadmap"), path(),
                                                        tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void RoadmapExportDialog::updateOk() {
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty() && !chosenViews().isEmpty());
}

} // namespace storyloom
