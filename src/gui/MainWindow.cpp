#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "NewWorkspaceDialog.h"
#include "Preferences.h"
#include "PreferencesDialog.h"
#include "RecentFiles.h"
#include "app/DemoWorkspace.h"
#include "app/Document.h"
#include "backlog/BacklogView.h"
#include "editor/StoryEditor.h"
#include "epics/EpicsView.h"
#include "jira/JiraExportDialog.h"
#include "research/ResearchView.h"
#include "roadmap/RoadmapView.h"
#include "exchange/AtomicFile.h"
#include "exchange/NativeJson.h"
#include "domain/Workspace.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace storyloom {

MainWindow::MainWindow(const Clock& clock, QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_clock(clock),
      m_document(new Document(clock, this)), m_backlogView(new BacklogView(*m_document, this)),
      m_roadmapView(new RoadmapView(*m_document, this)), m_researchView(new ResearchView(*m_document, this)),
      m_epicsView(new EpicsView(*m_document, this)), m_storyEditor(new StoryEditor(*m_document, this)),
      m_editorDock(new QDockWidget(tr("Story Editor"), this)), m_countLabel(new QLabel(this)),
      m_frameworkLabel(new QLabel(this)), m_pathLabel(new QLabel(this)), m_externalChangeTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    m_ui->backlogTab->layout()->addWidget(m_backlogView);
    createViews();

    m_countLabel->setAccessibleName(tr("Workspace size"));
    m_pathLabel->setAccessibleName(tr("Workspace file"));
    m_frameworkLabel->setAccessibleName(tr("Ranking framework"));
    statusBar()->addWidget(m_countLabel);
    statusBar()->addWidget(m_frameworkLabel);
    statusBar()->addPermanentWidget(m_pathLabel);

    createActions();
    connect(m_document, &Document::reset, this, &MainWindow::documentReset);
    connect(m_backlogView, &BacklogView::countsChanged, this, &MainWindow::updateStatus);
    connect(m_backlogView, &BacklogView::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_document, &Document::rankingChanged, this, &MainWindow::updateStatus);
    connect(m_document, &Document::editFailed, this,
            [this](const QString& message) { showError(tr("Could not save the change"), message); });

    // Another process (the CLI, a second window) may change the file: poll its data version.
    m_externalChangeTimer->setInterval(Preferences::load().pollSeconds * 1000);
    connect(m_externalChangeTimer, &QTimer::timeout, m_document, &Document::reloadIfChangedOutside);
    m_externalChangeTimer->start();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_backlogView->restoreHeaderState(settings.value(QStringLiteral("window/backlogHeader")).toByteArray());
    m_backlogView->setGrouped(settings.value(QStringLiteral("window/backlogGrouped"), false).toBool());
    documentReset();
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews() {
    m_ui->views->addTab(m_roadmapView, tr("&Roadmap"));
    m_ui->views->addTab(m_researchView, tr("Re&search"));
    m_ui->views->addTab(m_epicsView, tr("E&pics"));

    // The story editor sits beside every view and follows the backlog's current story.
    auto* scroll = new QScrollArea(m_editorDock);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_storyEditor);
    scroll->setAccessibleName(tr("Story editor"));
    m_editorDock->setObjectName(QStringLiteral("storyEditorPanel"));
    m_editorDock->setAccessibleName(tr("Story editor panel"));
    m_editorDock->setWidget(scroll);
    m_editorDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    m_editorDock->setMinimumWidth(380);
    addDockWidget(Qt::RightDockWidgetArea, m_editorDock);
    resizeDocks({m_editorDock}, {430}, Qt::Horizontal); // until a saved layout says otherwise
    connect(m_backlogView, &BacklogView::currentStoryChanged, m_storyEditor, &StoryEditor::setStory);
}

bool MainWindow::showView(const QString& name) {
    const QMap<QString, QWidget*> views{{QStringLiteral("backlog"), m_ui->backlogTab},
                                        {QStringLiteral("roadmap"), m_roadmapView},
                                        {QStringLiteral("research"), m_researchView},
                                        {QStringLiteral("epics"), m_epicsView}};
    QWidget* view = views.value(name.toLower());
    if (!view)
        return false;
    m_ui->views->setCurrentWidget(view);
    return true;
}

void MainWindow::createActions() {
    m_ui->actionNew->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionClose->setShortcut(QKeySequence::Close);
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionQuit->setMenuRole(QAction::QuitRole);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    m_ui->actionPreferences->setShortcut(QKeySequence::Preferences);
    m_ui->actionPreferences->setMenuRole(QAction::PreferencesRole);
    connect(m_ui->actionPreferences, &QAction::triggered, this, [this] {
        PreferencesDialog dialog(Preferences::load(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Preferences chosen = dialog.preferences();
        chosen.save();
        m_externalChangeTimer->setInterval(chosen.pollSeconds * 1000);
    });
    m_ui->actionExport->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_ui->actionShowBacklog->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->views->setCurrentWidget(m_ui->backlogTab);
        m_backlogView->focusFilter();
    });
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportJson);
    connect(m_ui->actionShowBacklog, &QAction::triggered, this,
            [this] { m_ui->views->setCurrentWidget(m_ui->backlogTab); });
    // Views beyond the backlog: Ctrl+2, Ctrl+3, Ctrl+4 in tab order.
    const struct {
        QString text;
        QWidget* view;
        Qt::Key key;
    } views[] = {{tr("&Roadmap"), m_roadmapView, Qt::Key_2},
                 {tr("Re&search"), m_researchView, Qt::Key_3},
                 {tr("E&pics"), m_epicsView, Qt::Key_4}};
    for (const auto& v : views) {
        QAction* show = m_ui->menuView->addAction(v.text);
        show->setShortcut(QKeySequence(Qt::CTRL | v.key));
        QWidget* view = v.view;
        connect(show, &QAction::triggered, this, [this, view] { m_ui->views->setCurrentWidget(view); });
    }
    m_ui->menuView->addSeparator();
    QAction* editorPanel = m_editorDock->toggleViewAction();
    editorPanel->setText(tr("Story &Editor Panel"));
    editorPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_ui->menuView->addAction(editorPanel);
    connect(editorPanel, &QAction::toggled, this, [this](bool shown) {
        if (shown)
            m_storyEditor->setFocus(Qt::ShortcutFocusReason);
    });
    m_ui->menuView->addAction(m_storyEditor->openInWindowAction());
    m_ui->menuView->addSeparator();
    // Presenting works from any view: it shows the saved roadmap views full screen.
    QAction* present = m_roadmapView->presentAction();
    present->setShortcutContext(Qt::WindowShortcut);
    m_ui->menuView->addAction(present);
    QAction* exportJira = new QAction(tr("Export to &Jira…"), this);
    exportJira->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));
    exportJira->setStatusTip(tr("Export epics and stories as a Jira import file, REST payloads or CSV"));
    connect(exportJira, &QAction::triggered, this, &MainWindow::exportToJira);
    connect(m_document, &Document::reset, exportJira, [this, exportJira] { exportJira->setEnabled(m_document->isOpen()); });
    m_ui->menuFile->insertAction(m_ui->actionClose, exportJira);
    QAction* exportRoadmap = m_roadmapView->exportAction();
    exportRoadmap->setText(tr("Export &Roadmap…"));
    m_ui->menuFile->insertAction(m_ui->actionClose, exportRoadmap);
    m_ui->menuFile->insertSeparator(m_ui->actionClose);
    m_ui->toolBar->addAction(exportJira);

    connect(m_ui->actionNew, &QAction::triggered, this, &MainWindow::newWorkspace);
    connect(m_ui->actionOpen, &QAction::triggered, this, &MainWindow::chooseAndOpen);
    connect(m_ui->actionOpenDemo, &QAction::triggered, this, [this] { openDemo(); });
    connect(m_ui->actionClose, &QAction::triggered, m_document, &Document::close);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Storyloom"),
                           tr("<h3>Storyloom %1</h3><p>A backlog and roadmap manager for UX product "
                              "owners.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    connect(m_ui->newButton, &QPushButton::clicked, this, &MainWindow::newWorkspace);
    connect(m_ui->openButton, &QPushButton::clicked, this, &MainWindow::chooseAndOpen);
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] { openDemo(); });

    QAction* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_ui->menuEdit->addAction(undo);
    m_ui->menuEdit->addAction(redo);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_ui->actionFind);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_ui->actionPreferences);

    m_ui->toolBar->addAction(m_ui->actionNew);
    m_ui->toolBar->addAction(m_ui->actionOpen);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(undo);
    m_ui->toolBar->addAction(redo);
    m_ui->toolBar->addSeparator();
    m_ui->toolBar->addAction(m_ui->actionFind);
    m_ui->toolBar->addAction(m_ui->actionExport);

    connect(m_ui->menuOpenRecent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
    QMenu* menu = m_ui->menuOpenRecent;
    menu->clear();
    const QStringList files = RecentFiles::load();
    int number = 1;
    for (const QString& path : files) {
        const QString text = number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(QFileInfo(path).fileName())
                                         : QFileInfo(path).fileName();
        QAction* action = menu->addAction(text, this, [this, path] { openWorkspace(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        ++number;
    }
    if (files.isEmpty())
        menu->addAction(tr("No recent workspaces"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Clear Recent Workspaces"), this, [] { RecentFiles::clear(); })
        ->setEnabled(!files.isEmpty());
}

bool MainWindow::openWorkspace(const QString& path, bool quiet) {
    if (!m_document->open(path)) {
        if (!quiet)
            showError(tr("Could not open workspace"), m_document->errorString());
        return false;
    }
    RecentFiles::add(path);
    return true;
}

bool MainWindow::openDemo(bool quiet) {
    const QString path = demo::defaultPath();
    const QString problem = demo::ensureDemoWorkspace(path, m_clock);
    if (!problem.isEmpty()) {
        if (!quiet)
            showError(tr("Could not create the demo workspace"), problem);
        return false;
    }
    return openWorkspace(path, quiet);
}

void MainWindow::newWorkspace() {
    NewWorkspaceDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (!m_document->create(dialog.filePath(), dialog.productName(), dialog.projectKey())) {
        showError(tr("Could not create workspace"), m_document->errorString());
        return;
    }
    RecentFiles::add(dialog.filePath());
}

void MainWindow::chooseAndOpen() {
    const QStringList recent = RecentFiles::load();
    const QString start = recent.isEmpty() ? QString() : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), start,
                                                      tr("Storyloom workspaces (*.storyloom);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::documentReset() {
    const bool open = m_document->isOpen();
    m_ui->pages->setCurrentWidget(open ? m_ui->workspacePage : m_ui->emptyPage);
    m_ui->actionClose->setEnabled(open);
    m_ui->actionExport->setEnabled(open);
    m_ui->actionFind->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Storyloom"));
        m_countLabel->setText(tr("No workspace open"));
        m_pathLabel->clear();
        return;
    }
    const Workspace& ws = m_document->workspace();
    setWindowTitle(tr("%1 — Storyloom").arg(QString::fromStdString(ws.productName)));
    updateStatus();
    m_pathLabel->setText(QDir::toNativeSeparators(m_document->filePath()));
}

void MainWindow::updateStatus() {
    if (!m_document->isOpen()) {
        m_frameworkLabel->clear();
        return;
    }
    const Workspace& ws = m_document->workspace();
    const int total = static_cast<int>(ws.stories.size());
    const int shown = m_backlogView->visibleCount();
    QString counts = tr("%n epics", nullptr, static_cast<int>(ws.epics.size())) + QStringLiteral(" · ") +
                     tr("%n stories", nullptr, total);
    if (shown != total)
        counts += QStringLiteral(" · ") + tr("%1 shown by the filter").arg(shown);
    m_countLabel->setText(counts);
    m_frameworkLabel->setText(tr("Ranked by %1").arg(m_document->frameworkName()));
}

void MainWindow::exportJson() {
    const QString suggested = QFileInfo(m_document->filePath()).completeBaseName() + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Workspace as JSON"), QFileInfo(m_document->filePath()).absoluteDir().filePath(suggested),
        tr("Storyloom JSON (*.json)"));
    if (path.isEmpty())
        return;
    try {
        writeFileAtomically(path.toStdString(), nativejson::write(m_document->workspace()));
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
    } catch (const std::exception& e) {
        showError(tr("Could not export"), QString::fromStdString(e.what()));
    }
}

void MainWindow::exportToJira() {
    if (!m_document->isOpen())
        return;
    auto* dialog = new JiraExportDialog(*m_document, m_backlogView->selectedStoryIds(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JiraExportDialog::exported, this, [this](const QStringList& files) {
        statusBar()->showMessage(tr("Exported to Jira format: %1").arg(files.join(QStringLiteral(", "))), 8000);
    });
    dialog->open();
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/backlogHeader"), m_backlogView->saveHeaderState());
    settings.setValue(QStringLiteral("window/backlogGrouped"), m_backlogView->isGrouped());
    event->accept();
}

} // namespace storyloom
