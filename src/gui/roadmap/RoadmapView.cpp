#include "RoadmapView.h"

#include "ui_RoadmapView.h"

#include "FilterSupport.h"
#include "PresentationWindow.h"
#include "RoadmapCanvas.h"
#include "RoadmapExportDialog.h"
#include "RoadmapExporter.h"
#include "RoadmapFilterDialog.h"
#include "RoadmapLayoutOptions.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "roadmap/Baseline.h"
#include "roadmap/Layouts.h"
#include "roadmap/RoadmapError.h"
#include "roadmap/RoadmapSpec.h"
#include "roadmap/render/QtTextMetrics.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

Date toDate(const QDate& d) {
    return Date{d.year(), d.month(), d.day()};
}

constexpr double kZoomStep = 1.25;
constexpr double kMinPxPerDay = 0.25;
constexpr double kMaxPxPerDay = 40;
/// Narrower than this the board and matrix scroll sideways instead of squeezing their columns.
constexpr int kMinLayoutWidth = 900;

} // namespace

struct RoadmapView::State {
    std::vector<roadmap::RoadmapSpec> views;
    int current = 0;
    roadmap::RoadmapSpec spec;
    std::optional<roadmap::Baseline> baseline;
    bool compare = false;
    /// Set while this view writes `roadmap.views`, so the reload keeps the working copy.
    bool storing = false;
    roadmap::QtTextMetrics metrics;
};

RoadmapView::RoadmapView(Document& document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RoadmapView>()), m_state(std::make_unique<State>()),
      m_document(document), m_canvas(nullptr), m_rebuildTimer(new QTimer(this)),
      m_today(QDate::currentDate()) {
    m_ui->setupUi(this);
    m_canvas = new RoadmapCanvas(document, m_ui->scrollArea);
    m_canvas->setObjectName(QStringLiteral("canvas"));
    m_ui->scrollArea->setWidget(m_canvas);
    m_ui->scrollArea->setBackgroundRole(QPalette::Base);
    m_ui->scrollArea->viewport()->installEventFilter(this);
    m_ui->messageLabel->hide();
    m_ui->emptyPanel->hide();
    m_ui->emptyPanel->setBackgroundRole(QPalette::Base);
    m_ui->emptyPanel->setAutoFillBackground(true);
    // The panel stands in for the drawing: it takes the drawing's height.
    m_ui->layout->setStretchFactor(m_ui->emptyPanel, 1);
    m_ui->layout->setStretchFactor(m_ui->scrollArea, 1);
    {
        QFont font = m_ui->emptyLabel->font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        m_ui->emptyLabel->setFont(font);
    }
    m_canvas->installEventFilter(this); // Ctrl + wheel zooms
    m_rebuildTimer->setSingleShot(true);
    connect(m_rebuildTimer, &QTimer::timeout, this, &RoadmapView::rebuildNow);

    createActions();
    // Scale, bubbles and scores: after the layout buttons, before the row's spacer.
    m_options = new RoadmapLayoutOptions(this);
    m_ui->layoutRow->insertWidget(m_ui->layoutRow->count() - 1, m_options);
    connect(m_options, &RoadmapLayoutOptions::changed, this, [this] {
        m_options->applyTo(m_state->spec);
        syncControls();
        rebuildNow();
    });

    connect(m_ui->viewCombo, &QComboBox::activated, this, &RoadmapView::showView);
    connect(m_canvas, &RoadmapCanvas::epicActivated, this, &RoadmapView::epicActivated);
    connect(m_canvas, &RoadmapCanvas::editRejected, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Could not change the epic"), message);
    });
    // Keep the focused item in sight while the keyboard walks the roadmap.
    connect(m_canvas, &RoadmapCanvas::focusedItemChanged, this, [this] {
        const QRect r = m_canvas->focusedRect().toAlignedRect();
        if (!r.isEmpty())
            m_ui->scrollArea->ensureVisible(r.center().x(), r.center().y(), r.width() / 2 + 12,
                                            r.height() / 2 + 12);
    });

    connect(&m_document, &Document::reset, this, [this] {
        reloadViews(m_state->spec.name.empty() ? QString() : qs(m_state->spec.name));
        settingsChanged({qs(roadmap::kBaselineSetting)});
    });
    connect(&m_document, &Document::settingsChanged, this, &RoadmapView::settingsChanged);
    connect(&m_document, &Document::epicsChanged, this, &RoadmapView::scheduleRebuild);
    connect(&m_document, &Document::storiesChanged, this, &RoadmapView::scheduleRebuild);
    connect(&m_document, &Document::storiesAdded, this, &RoadmapView::scheduleRebuild);
    connect(&m_document, &Document::storiesRemoved, this, &RoadmapView::scheduleRebuild);
    connect(&m_document, &Document::rankingChanged, this, &RoadmapView::scheduleRebuild);

    reloadViews({});
    settingsChanged({qs(roadmap::kBaselineSetting)});
    m_stale = true; // laid out when first shown
}

RoadmapView::~RoadmapView() {
    if (m_presentation)
        delete m_presentation.data();
}

void RoadmapView::createActions() {
    auto make = [this](const QString& text, QToolButton* button, const QList<QKeySequence>& keys,
                       const QString& tip) {
        auto* action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QString toolTip = tip.isEmpty() ? QString(text).remove(QLatin1Char('&')) : tip;
        if (!keys.isEmpty())
            toolTip += QStringLiteral(" (%1)").arg(keys.first().toString(QKeySequence::NativeText));
        action->setToolTip(toolTip);
        addAction(action);
        if (button) {
            const QString name = button->accessibleName();
            button->setDefaultAction(action);
            button->setAccessibleName(name); // the form's name, not the action's text with "&"
        }
        return action;
    };
    m_saveViewAction =
        make(tr("&Save View…"), m_ui->saveViewButton, {}, tr("Save what is shown as a named view"));
    m_renameViewAction = make(tr("&Rename…"), m_ui->renameViewButton, {}, tr("Rename the chosen view"));
    m_deleteViewAction = make(tr("&Delete View"), m_ui->deleteViewButton, {}, tr("Delete the chosen view"));
    m_titleAction = make(tr("Title…"), m_ui->titleButton, {},
                         tr("Change the title printed at the top of the view and its exports"));
    m_exportAction =
        make(tr("E&xport…"), m_ui->exportButton, {}, tr("Export the roadmap as PNG, SVG, PDF or HTML"));
    m_presentAction = make(tr("&Present"), m_ui->presentButton, {QKeySequence(Qt::Key_F5)},
                           tr("Present the saved views full screen"));
    m_boardAction = make(tr("&Board"), m_ui->boardButton, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1)},
                         tr("Now / Next / Later board"));
    m_timelineAction =
        make(tr("&Timeline"), m_ui->timelineButton, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2)},
             tr("Timeline by month or quarter"));
    m_matrixAction = make(tr("&Matrix"), m_ui->matrixButton, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3)},
                          tr("Value vs effort matrix"));
    m_executiveAction =
        make(tr("Exec&utive"), m_ui->executiveButton, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E)},
             tr("Executive audience: large type, no story lists or scores"));
    m_zoomOutAction = make(tr("Zoom &Out"), m_ui->zoomOutButton, {QKeySequence(Qt::CTRL | Qt::Key_Minus)},
                           tr("Zoom the timeline out"));
    m_zoomInAction = make(tr("Zoom &In"), m_ui->zoomInButton,
                          {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)},
                          tr("Zoom the timeline in"));
    m_compareAction = make(tr("&Compare with Baseline"), m_ui->compareButton, {},
                           tr("Mark what changed since the saved baseline"));
    m_saveBaselineAction = make(tr("Save Base&line"), m_ui->saveBaselineButton, {},
                                tr("Store today's roadmap as the baseline to compare with later"));
    // No mnemonic on "Filter…": Alt+F opens the File menu. Ctrl+Alt+F is its shortcut.
    m_filterAction = make(tr("Filter…"), m_ui->filterButton, {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_F)},
                          tr("Choose the themes, releases and horizons whose epics are shown"));
    m_clearFiltersAction =
        make(tr("Cle&ar Filters"), m_ui->clearFiltersButton,
             {QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_F)}, tr("Show every epic again"));
    connect(m_filterAction, &QAction::triggered, this, &RoadmapView::chooseFilters);
    connect(m_clearFiltersAction, &QAction::triggered, this, &RoadmapView::clearFilters);
    connect(m_ui->emptyClearButton, &QPushButton::clicked, this, &RoadmapView::clearFilters);
    m_executiveAction->setCheckable(true);
    m_compareAction->setCheckable(true);
    auto* layouts = new QActionGroup(this);
    for (QAction* a : {m_boardAction, m_timelineAction, m_matrixAction}) {
        a->setCheckable(true);
        layouts->addAction(a);
    }

    connect(m_boardAction, &QAction::triggered, this, [this] { setLayoutKind(roadmap::Layout::Board); });
    connect(m_timelineAction, &QAction::triggered, this,
            [this] { setLayoutKind(roadmap::Layout::Timeline); });
    connect(m_matrixAction, &QAction::triggered, this, [this] { setLayoutKind(roadmap::Layout::Matrix); });
    connect(m_executiveAction, &QAction::triggered, this, &RoadmapView::setExecutive);
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoom(1); });
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoom(-1); });
    connect(m_compareAction, &QAction::triggered, this, &RoadmapView::setCompareWithBaseline);
    connect(m_saveBaselineAction, &QAction::triggered, this, [this] {
        if (!saveBaseline())
            QMessageBox::warning(this, tr("Could not save the baseline"), m_document.errorString());
    });
    connect(m_saveViewAction, &QAction::triggered, this, &RoadmapView::askSaveView);
    connect(m_renameViewAction, &QAction::triggered, this, &RoadmapView::askRenameView);
    connect(m_deleteViewAction, &QAction::triggered, this, &RoadmapView::askDeleteView);
    connect(m_titleAction, &QAction::triggered, this, &RoadmapView::askTitle);
    connect(m_exportAction, &QAction::triggered, this, &RoadmapView::exportWithDialog);
    connect(m_presentAction, &QAction::triggered, this, &RoadmapView::present);
}

// --- Views --------------------------------------------------------------------------------------

const roadmap::RoadmapSpec& RoadmapView::currentSpec() const {
    return m_state->spec;
}

QStringList RoadmapView::viewNames() const {
    QStringList names;
    for (const auto& v : m_state->views)
        names << qs(v.name);
    return names;
}

int RoadmapView::currentViewIndex() const {
    return m_state->current;
}

void RoadmapView::reloadViews(const QString& select) {
    const roadmap::RoadmapSpec working = m_state->spec;
    m_loadProblem.clear();
    try {
        m_state->views = roadmap::savedViews(m_document.workspace());
    } catch (const roadmap::RoadmapError& e) {
        m_state->views = roadmap::defaultViews();
        m_loadProblem = tr("The saved roadmap views could not be read (%1). The default views are shown; "
                           "saving a view replaces the saved ones.")
                            .arg(qs(e.what()));
    }
    int index = -1;
    if (!select.isEmpty())
        if (const auto* found = roadmap::findView(m_state->views, select.toStdString()))
            index = static_cast<int>(found - m_state->views.data());
    if (index < 0)
        index = std::clamp(m_state->current, 0, static_cast<int>(m_state->views.size()) - 1);
    m_state->current = index;
    if (m_state->storing && roadmap::findView(m_state->views, working.name))
        m_state->spec = working; // the view just stored: keep what is on screen
    else
        m_state->spec = m_state->views[static_cast<std::size_t>(index)];
    {
        const QSignalBlocker blocker(m_ui->viewCombo);
        m_ui->viewCombo->clear();
        for (const auto& v : m_state->views)
            m_ui->viewCombo->addItem(qs(v.name));
        m_ui->viewCombo->setCurrentIndex(index);
    }
    syncControls();
    scheduleRebuild();
}

void RoadmapView::showView(int index) {
    if (index < 0 || index >= static_cast<int>(m_state->views.size()))
        return;
    m_state->current = index;
    m_state->spec = m_state->views[static_cast<std::size_t>(index)];
    syncControls();
    rebuildNow();
}

void RoadmapView::setLayoutKind(roadmap::Layout layout) {
    m_state->spec.layout = layout;
    syncControls();
    rebuildNow();
}

void RoadmapView::setExecutive(bool executive) {
    m_state->spec.audience = executive ? roadmap::Audience::Executive : roadmap::Audience::Team;
    syncControls();
    rebuildNow();
}

void RoadmapView::setTitle(const QString& title) {
    m_state->spec.title = title.trimmed().toStdString();
    syncControls();
    rebuildNow();
}

void RoadmapView::zoom(int steps) {
    roadmap::RoadmapSpec& spec = m_state->spec;
    double px = spec.effectivePxPerDay();
    for (int i = 0; i < std::abs(steps); ++i)
        px = steps > 0 ? px * kZoomStep : px / kZoomStep;
    spec.pxPerDay = std::clamp(px, kMinPxPerDay, kMaxPxPerDay);
    syncControls();
    rebuildNow();
}

void RoadmapView::setFilters(const roadmap::RoadmapFilters& filters) {
    m_state->spec.filters = filters;
    syncControls();
    rebuildNow();
}

void RoadmapView::clearFilters() {
    const bool focusWasOnPanel = m_ui->emptyPanel->isAncestorOf(QApplication::focusWidget());
    setFilters({});
    if (focusWasOnPanel)
        m_canvas->setFocus(Qt::OtherFocusReason);
}

void RoadmapView::chooseFilters() {
    roadmap::RoadmapFilters filters = m_state->spec.filters;
    if (RoadmapFilterDialog::ask(m_document.workspace(), filters, this))
        setFilters(filters);
}

QString RoadmapView::filterSummary() const {
    return m_ui->filterSummaryLabel->text();
}

bool RoadmapView::showsNoMatch() const {
    return !m_ui->emptyPanel->isHidden();
}

void RoadmapView::setToday(const QDate& today) {
    m_today = today;
    rebuildNow();
}

void RoadmapView::syncControls() {
    const roadmap::RoadmapSpec& spec = m_state->spec;
    {
        const QSignalBlocker blocker(m_ui->viewCombo);
        m_ui->viewCombo->setCurrentIndex(m_state->current);
    }
    m_boardAction->setChecked(spec.layout == roadmap::Layout::Board);
    m_timelineAction->setChecked(spec.layout == roadmap::Layout::Timeline);
    m_matrixAction->setChecked(spec.layout == roadmap::Layout::Matrix);
    m_executiveAction->setChecked(spec.audience == roadmap::Audience::Executive);
    if (m_options)
        m_options->showSpec(spec);
    const bool timeline = spec.layout == roadmap::Layout::Timeline;
    m_zoomInAction->setEnabled(timeline && spec.effectivePxPerDay() < kMaxPxPerDay);
    m_zoomOutAction->setEnabled(timeline && spec.effectivePxPerDay() > kMinPxPerDay);
    // Only the timeline zooms: elsewhere the buttons make room for the layout's own options.
    m_ui->zoomInButton->setVisible(timeline);
    m_ui->zoomOutButton->setVisible(timeline);
    m_compareAction->setEnabled(m_state->baseline.has_value());
    m_compareAction->setChecked(m_state->compare && m_state->baseline);
    const bool open = m_document.isOpen();
    for (QAction* a :
         {m_saveViewAction, m_renameViewAction, m_deleteViewAction, m_titleAction, m_saveBaselineAction})
        a->setEnabled(open);
    m_filterAction->setEnabled(open);
    m_clearFiltersAction->setEnabled(!spec.filters.isEmpty());
    updateMessage();
}

void RoadmapView::updateMessage() {
    QStringList lines;
    if (!m_loadProblem.isEmpty())
        lines << m_loadProblem;
    if (!m_filterProblem.isEmpty())
        lines << m_filterProblem;
    if (m_state->compare && m_state->baseline)
        lines << tr("Showing what changed since the baseline of %1.")
                     .arg(
                         QLocale().toString(QDate(m_state->baseline->date.year, m_state->baseline->date.month,
                                                  m_state->baseline->date.day),
                                            QLocale::LongFormat));
    showMessage(lines.join(QLatin1Char('\n')));
}

void RoadmapView::showMessage(const QString& text) {
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

QString RoadmapView::message() const {
    return m_ui->messageLabel->text();
}

void RoadmapView::settingsChanged(const QStringList& names) {
    if (names.contains(qs(roadmap::kViewsSetting)))
        reloadViews(qs(m_state->spec.name));
    if (names.contains(qs(roadmap::kBaselineSetting))) {
        try {
            m_state->baseline = roadmap::loadBaseline(m_document.workspace());
        } catch (const roadmap::RoadmapError& e) {
            m_state->baseline.reset();
            m_loadProblem = tr("The saved baseline could not be read (%1). Save a new baseline to compare "
                               "with.")
                                .arg(qs(e.what()));
        }
        syncControls();
    }
    scheduleRebuild(); // scoring settings move the matrix's bubbles
}

bool RoadmapView::storeViews(const QString& description, const QString& selectAfter) {
    std::string value;
    try {
        value = roadmap::viewsToSetting(m_state->views);
    } catch (const roadmap::RoadmapError& e) {
        QMessageBox::warning(this, tr("Could not save the views"), qs(e.what()));
        return false;
    }
    m_state->storing = true;
    m_state->spec.name = selectAfter.toStdString();
    QMap<QString, QString> settings;
    // No saved view left: remove the setting so the default views come back.
    settings.insert(qs(roadmap::kViewsSetting), m_state->views.empty() ? QString() : qs(value));
    const bool ok = m_document.changeSettings(settings, description);
    m_state->storing = ok;
    // Show the stored list (there is no signal when nothing changed, say a view saved as it was);
    // after a refusal, show what the file holds.
    reloadViews(selectAfter);
    m_state->storing = false;
    return ok;
}

bool RoadmapView::saveViewAs(const QString& name) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !m_document.isOpen())
        return false;
    roadmap::RoadmapSpec spec = m_state->spec;
    spec.name = trimmed.toStdString();
    auto& views = m_state->views;
    if (auto* existing = const_cast<roadmap::RoadmapSpec*>(roadmap::findView(views, spec.name))) {
        *existing = spec;
        m_state->current = static_cast<int>(existing - views.data());
    } else {
        views.push_back(spec);
        m_state->current = static_cast<int>(views.size()) - 1;
    }
    m_state->spec = spec;
    return storeViews(tr("Save roadmap view “%1”").arg(trimmed), trimmed);
}

bool RoadmapView::renameCurrentView(const QString& name) {
    const QString trimmed = name.trimmed();
    auto& views = m_state->views;
    if (trimmed.isEmpty() || !m_document.isOpen() || views.empty())
        return false;
    const auto* clash = roadmap::findView(views, trimmed.toStdString());
    const auto index = static_cast<std::size_t>(m_state->current);
    if (clash && clash != &views[index])
        return false;
    const QString old = qs(views[index].name);
    views[index].name = trimmed.toStdString();
    return storeViews(tr("Rename roadmap view “%1” to “%2”").arg(old, trimmed), trimmed);
}

bool RoadmapView::deleteCurrentView() {
    auto& views = m_state->views;
    if (!m_document.isOpen() || views.empty())
        return false;
    const auto index = static_cast<std::size_t>(m_state->current);
    const QString old = qs(views[index].name);
    views.erase(views.begin() + static_cast<std::ptrdiff_t>(index));
    m_state->current = std::max(0, m_state->current - 1);
    const QString next =
        views.empty() ? QString() : qs(views[static_cast<std::size_t>(m_state->current)].name);
    if (!views.empty())
        m_state->spec = views[static_cast<std::size_t>(m_state->current)];
    return storeViews(tr("Delete roadmap view “%1”").arg(old), next);
}

void RoadmapView::askSaveView() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Roadmap View"), tr("&Name of the view:"),
                                               QLineEdit::Normal, qs(m_state->spec.name), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const bool exists = roadmap::findView(m_state->views, name.trimmed().toStdString()) != nullptr;
    if (exists && QMessageBox::question(
                      this, tr("Replace the view?"),
                      tr("A view named “%1” exists. Replace it with what is shown now?").arg(name.trimmed()),
                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!saveViewAs(name))
        QMessageBox::warning(this, tr("Could not save the view"), m_document.errorString());
}

void RoadmapView::askRenameView() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Roadmap View"), tr("&New name:"),
                                               QLineEdit::Normal, qs(m_state->spec.name), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    if (!renameCurrentView(name))
        QMessageBox::warning(
            this, tr("Could not rename the view"),
            m_document.errorString().isEmpty()
                ? tr("Another view is already named “%1”. Choose another name.").arg(name.trimmed())
                : m_document.errorString());
}

void RoadmapView::askTitle() {
    bool ok = false;
    const QString product = qs(m_document.workspace().productName);
    const QString title = QInputDialog::getText(
        this, tr("Roadmap Title"),
        tr("&Title printed at the top (leave it empty for “%1 roadmap”):").arg(product), QLineEdit::Normal,
        qs(m_state->spec.title), &ok);
    if (ok)
        setTitle(title); // Save View… keeps it with the view
}

void RoadmapView::askDeleteView() {
    if (m_state->views.empty())
        return;
    const QString name = qs(m_state->views[static_cast<std::size_t>(m_state->current)].name);
    if (QMessageBox::question(this, tr("Delete the view?"),
                              tr("Delete the roadmap view “%1”? Edit ▸ Undo brings it back.").arg(name),
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    if (!deleteCurrentView())
        QMessageBox::warning(this, tr("Could not delete the view"), m_document.errorString());
}

// --- Baseline -----------------------------------------------------------------------------------

bool RoadmapView::hasBaseline() const {
    return m_state->baseline.has_value();
}

bool RoadmapView::saveBaseline() {
    if (!m_document.isOpen())
        return false;
    const roadmap::Baseline baseline = roadmap::captureBaseline(m_document.workspace(), toDate(m_today));
    QMap<QString, QString> settings;
    settings.insert(qs(roadmap::kBaselineSetting), qs(roadmap::baselineToSetting(baseline)));
    return m_document.changeSettings(settings, tr("Save roadmap baseline"));
}

void RoadmapView::setCompareWithBaseline(bool compare) {
    m_state->compare = compare;
    syncControls();
    rebuildNow();
}

// --- Scene --------------------------------------------------------------------------------------

void RoadmapView::scheduleRebuild() {
    // Hidden behind another tab, a large workspace would pay for layouts nobody sees on every edit.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_rebuildTimer->isActive())
        m_rebuildTimer->start(0);
}

void RoadmapView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        rebuildNow();
}

void RoadmapView::rebuildNow() {
    m_rebuildTimer->stop();
    m_stale = false;
    roadmap::LayoutOptions options;
    options.today = toDate(m_today);
    options.baseline = m_state->compare && m_state->baseline ? &*m_state->baseline : nullptr;
    options.width = std::max(kMinLayoutWidth, m_ui->scrollArea->viewport()->width() - 2);
    const Workspace& ws = m_document.workspace();
    // Lay out with the ids that still exist: a deleted theme must not hide every epic.
    roadmap::RoadmapSpec spec = m_state->spec;
    int missingThemes = 0;
    int missingReleases = 0;
    spec.filters =
        roadmapfilters::withoutMissing(ws, m_state->spec.filters, &missingThemes, &missingReleases);
    const std::size_t shown =
        spec.filters.isEmpty() ? ws.epics.size() : roadmap::selectEpics(ws, spec).size();
    m_filterProblem = roadmapfilters::missingMessage(missingThemes, missingReleases);
    const QString summary = roadmapfilters::summary(ws, spec.filters, shown);
    if (summary != m_ui->filterSummaryLabel->text()) {
        m_ui->filterSummaryLabel->setText(summary);
        m_ui->filterSummaryLabel->setAccessibleDescription(summary); // announced when it changes
    }
    const bool noMatch = shown == 0 && !spec.filters.isEmpty();
    if (noMatch != showsNoMatch()) {
        const bool canvasHadFocus = m_canvas->hasFocus();
        m_ui->emptyPanel->setVisible(noMatch);
        m_ui->scrollArea->setVisible(!noMatch);
        if (noMatch && canvasHadFocus)
            m_ui->emptyClearButton->setFocus(Qt::OtherFocusReason);
    }
    updateMessage();
    auto scene = std::make_shared<roadmap::Scene>(roadmap::layoutView(ws, spec, m_state->metrics, options));
    m_canvas->setScene(std::move(scene), m_state->spec.layout);
}

bool RoadmapView::zoomByWheel(QObject* watched, QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier))
        return false; // a plain wheel scrolls
    event->accept();
    if (m_state->spec.layout != roadmap::Layout::Timeline)
        return true; // Ctrl + wheel means zoom here; it does not scroll by pages instead
    m_wheelAngle += event->angleDelta().y();
    const int steps = m_wheelAngle / QWheelEvent::DefaultDeltasPerStep;
    if (steps == 0)
        return true;
    m_wheelAngle -= steps * QWheelEvent::DefaultDeltasPerStep;
    // Keep the day under the pointer where it is on screen.
    const QPointF inCanvas = m_canvas->mapFrom(qobject_cast<QWidget*>(watched), event->position().toPoint());
    std::optional<long long> day;
    if (m_canvas->scene().timeAxis)
        day = m_canvas->scene().timeAxis->dayAt(inCanvas.x());
    const double before = m_state->spec.effectivePxPerDay();
    zoom(steps);
    if (day && m_canvas->scene().timeAxis && m_state->spec.effectivePxPerDay() != before) {
        const double x = m_canvas->scene().timeAxis->xOf(*day);
        QScrollBar* bar = m_ui->scrollArea->horizontalScrollBar();
        bar->setValue(bar->value() + static_cast<int>(std::lround(x - inCanvas.x())));
    }
    return true;
}

bool RoadmapView::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Wheel && (watched == m_canvas || watched == m_ui->scrollArea->viewport()))
        if (zoomByWheel(watched, static_cast<QWheelEvent*>(event)))
            return true;
    if (watched == m_ui->scrollArea->viewport() && event->type() == QEvent::Resize) {
        const auto* resize = static_cast<QResizeEvent*>(event);
        // The board and matrix fill the width: lay them out again once the resizing pauses.
        if (resize->size().width() != resize->oldSize().width()) {
            m_rebuildTimer->start(60);
        }
    }
    return QWidget::eventFilter(watched, event);
}

// --- Presentation and export --------------------------------------------------------------------

PresentationWindow* RoadmapView::presentation() const {
    return m_presentation.data();
}

void RoadmapView::present() {
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return;
    }
    m_presentation =
        new PresentationWindow(m_document, m_today, m_state->compare && m_state->baseline, m_state->current);
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
}

void RoadmapView::exportWithDialog() {
    QString folder = QFileInfo(m_document.filePath()).absolutePath();
    if (m_document.filePath().isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = m_document.workspace().productName.empty()
                             ? tr("roadmap")
                             : tr("%1 roadmap").arg(qs(m_document.workspace().productName));
    RoadmapExportDialog dialog(viewNames(), m_state->current, QDir(folder).filePath(base), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    RoadmapExportRequest request;
    request.format = dialog.format();
    request.pageSize = dialog.pageSize();
    request.path = dialog.path();
    for (int index : dialog.chosenViews())
        request.views.push_back(index == m_state->current ? m_state->spec
                                                          : m_state->views[static_cast<std::size_t>(index)]);
    roadmap::LayoutOptions options;
    options.today = toDate(m_today);
    options.baseline = m_state->compare && m_state->baseline ? &*m_state->baseline : nullptr;
    const QString problem = exportRoadmap(m_document.workspace(), request, options);
    if (!problem.isEmpty())
        QMessageBox::warning(this, tr("Could not export the roadmap"), problem);
}

} // namespace storyloom
