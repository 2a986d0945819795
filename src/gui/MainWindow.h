#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTimer;

namespace Ui {
class MainWindow;
}

namespace storyloom {

class Clock;
class Document;
class BacklogView;

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

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void newWorkspace();
    void chooseAndOpen();
    void rebuildRecentMenu();
    void documentReset();
    void updateStatus();
    void exportJson();
    void showError(const QString& title, const QString& message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    const Clock& m_clock;
    Document* m_document;
    BacklogView* m_backlogView;
    QLabel* m_countLabel;
    QLabel* m_frameworkLabel;
    QLabel* m_pathLabel;
    QTimer* m_externalChangeTimer;
};

} // namespace storyloom
