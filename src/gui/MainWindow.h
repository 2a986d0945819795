#pragma once

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace storyloom {

class Clock;
class Document;
class BacklogView;
class EpicsView;
class ResearchView;
class RoadmapView;
class StoryEditor;

/// The application window: File ▸ New / Open / Open Recent / Open Demo, and the open workspace's
/// views in tabs. Window layout and recent files are restored between runs.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace file; shows the reason in a message box (unless `quiet`) when it cannot.
    bool openWorkspace(const QString& path, bool quiet = false);
    /// Creates the demo workspace when needed and opens it.
    bool openDemo(bool quiet = false);

    Document& document() { return *m_document; }
    BacklogView& backlogView() { return *m_backlogView; }
    RoadmapView& roadmapView() { return *m_roadmapView; }
    ResearchView& researchView() { return *m_researchView; }
    EpicsView& epicsView() { return *m_epicsView; }
    StoryEditor& storyEditor() { return *m_storyEditor; }
    QDockWidget& storyEditorPanel() { return *m_editorDock; }
    /// Shows one of the tabs by name: "backlog", "roadmap", "research" or "epics". False for others.
    bool showView(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createViews();
    void newWorkspace();
    void chooseAndOpen();
    void rebuildRecentMenu();
    void documentReset();
    void updateStatus();
    void exportJson();
    void exportToJira();
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Clock& m_clock;
    Document* m_document;
    BacklogView* m_backlogView;
    RoadmapView* m_roadmapView;
    ResearchView* m_researchView;
    EpicsView* m_epicsView;
    StoryEditor* m_storyEditor;
    QDockWidget* m_editorDock;
    QLabel* m_countLabel;
    QLabel* m_frameworkLabel;
    QLabel* m_pathLabel;
    QTimer* m_externalChangeTimer;
};

} // namespace storyloom
