#pragma once

#include <QDate>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QTimer;
class QWheelEvent;

namespace Ui {
class RoadmapView;
}

namespace storyloom {

class Document;
class PresentationWindow;
class RoadmapCanvas;
class RoadmapLayoutOptions;
namespace roadmap {
struct RoadmapSpec;
struct RoadmapFilters;
enum class Layout;
} // namespace roadmap

// Roadmap headers are not included here: moc cannot parse the C++20 standard headers they pull in.

/// The Roadmap view: the saved-view chooser, layout / audience / zoom / baseline controls and the
/// canvas that shows the chosen view of the open workspace.
///
/// What is shown is a working copy of the chosen saved view: switching the layout, the audience, the
/// filters or the zoom changes the copy; "Save view…" stores it under a name. Saved views live in the
/// workspace setting `roadmap.views`, the baseline in `roadmap.baseline`; every change to them is one undo
/// step on the document's stack. The scene is rebuilt (once per event-loop turn) whenever the
/// document changes.
///
/// Keyboard: Ctrl+Alt+1 / 2 / 3 switch to the board / timeline / matrix, Ctrl+= / Ctrl+- zoom the
/// timeline (so does Ctrl + mouse wheel), Ctrl+Alt+E toggles the executive audience, Ctrl+Alt+F
/// opens the filter, Ctrl+Alt+Shift+F clears it, F5 presents; the canvas has its own keys (see
/// RoadmapCanvas).
///
/// Filters: the line under the layout buttons always says what is filtered and how many epics are
/// shown; ids of themes or releases that no longer exist are ignored (and the message line says so);
/// when nothing matches, a sentence and a "Clear Filters" button replace the empty drawing.
class RoadmapView : public QWidget {
    Q_OBJECT
public:
    explicit RoadmapView(Document& document, QWidget* parent = nullptr);
    ~RoadmapView() override;

    /// F5: full-screen presentation of the saved views (Executive audience). For the main window's
    /// menu; its shortcut works while the view has the focus unless the window changes the context.
    QAction* presentAction() const { return m_presentAction; }
    QAction* exportAction() const { return m_exportAction; }
    QAction* boardAction() const { return m_boardAction; }
    QAction* timelineAction() const { return m_timelineAction; }
    QAction* matrixAction() const { return m_matrixAction; }
    QAction* executiveAction() const { return m_executiveAction; }
    QAction* zoomInAction() const { return m_zoomInAction; }
    QAction* zoomOutAction() const { return m_zoomOutAction; }
    QAction* compareAction() const { return m_compareAction; }
    QAction* saveBaselineAction() const { return m_saveBaselineAction; }
    QAction* filterAction() const { return m_filterAction; }
    QAction* clearFiltersAction() const { return m_clearFiltersAction; }

    RoadmapCanvas& canvas() { return *m_canvas; }
    /// The view shown, with the changes made since it was chosen.
    const roadmap::RoadmapSpec& currentSpec() const;
    /// Names in the chooser, in order.
    QStringList viewNames() const;
    int currentViewIndex() const;
    void showView(int index);
    void setLayoutKind(roadmap::Layout layout);
    void setExecutive(bool executive);
    /// The title printed at the top of the shown view; empty: "<product name> roadmap".
    void setTitle(const QString& title);
    /// Timeline zoom: each step is 25 % more (positive) or fewer (negative) pixels per day.
    void zoom(int steps);
    /// Which epics the shown view (its working copy) includes; an empty filter shows every epic.
    void setFilters(const roadmap::RoadmapFilters& filters);
    void clearFilters();
    /// Opens the filter dialog on the shown view's filters and applies what it returns.
    void chooseFilters();
    /// "Filtered: themes Onboarding · horizons Now — 7 of 12 epics shown" (see roadmapfilters::summary).
    QString filterSummary() const;
    /// True while "No epic matches the filters" replaces the drawing.
    bool showsNoMatch() const;
    /// "Today" for the today line, printed dates and new baselines (the current date by default).
    void setToday(const QDate& today);
    QDate today() const { return m_today; }

    /// Stores the shown view under `name` (replacing a view of that name). One undo step.
    bool saveViewAs(const QString& name);
    bool renameCurrentView(const QString& name);
    bool deleteCurrentView();
    /// Stores a snapshot of every epic as the baseline, dated today. One undo step.
    bool saveBaseline();
    bool hasBaseline() const;
    void setCompareWithBaseline(bool compare);

    /// Lays the scene out again now (normally this happens once per event-loop turn after a change).
    void rebuildNow();
    /// The message line under the controls (errors, baseline date), empty when hidden.
    QString message() const;
    /// The open presentation window, nullptr when none.
    PresentationWindow* presentation() const;
    void present();
    /// Opens the Export dialog and writes what it asks for; errors are shown in a message box.
    void exportWithDialog();

signals:
    /// Enter or a double click on an epic in the canvas.
    void epicActivated(qint64 epicId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    struct State;

    void createActions();
    void reloadViews(const QString& select);
    void syncControls();
    void scheduleRebuild();
    void settingsChanged(const QStringList& names);
    bool storeViews(const QString& description, const QString& selectAfter);
    void askSaveView();
    void askRenameView();
    void askTitle();
    void askDeleteView();
    void showMessage(const QString& text);
    void updateMessage();
    /// Ctrl + wheel over the drawing: zooms the timeline, keeping the date under the pointer in place.
    bool zoomByWheel(QObject* watched, QWheelEvent* event);

    std::unique_ptr<Ui::RoadmapView> m_ui;
    std::unique_ptr<State> m_state;
    Document& m_document;
    RoadmapCanvas* m_canvas;
    QTimer* m_rebuildTimer;
    QDate m_today;
    QString m_loadProblem;
    /// The shown view's filters name themes or releases that no longer exist.
    QString m_filterProblem;
    /// Wheel angle not yet turned into a zoom step (touchpads send small deltas).
    int m_wheelAngle = 0;
    /// A change arrived while the view was hidden (another tab): lay out again when it is shown.
    bool m_stale = false;
    QPointer<PresentationWindow> m_presentation;
    QAction* m_presentAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_saveViewAction = nullptr;
    QAction* m_renameViewAction = nullptr;
    QAction* m_deleteViewAction = nullptr;
    QAction* m_titleAction = nullptr;
    QAction* m_boardAction = nullptr;
    QAction* m_timelineAction = nullptr;
    QAction* m_matrixAction = nullptr;
    QAction* m_executiveAction = nullptr;
    QAction* m_zoomInAction = nullptr;
    QAction* m_zoomOutAction = nullptr;
    QAction* m_compareAction = nullptr;
    QAction* m_saveBaselineAction = nullptr;
    RoadmapLayoutOptions* m_options = nullptr;
    QAction* m_filterAction = nullptr;
    QAction* m_clearFiltersAction = nullptr;
};

} // namespace storyloom
