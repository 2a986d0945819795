#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QPushButton;
class QScrollArea;
class QSplitter;
class QSortFilterProxyModel;
class QTableView;

namespace storyloom {

class Document;
class EpicEditor;
class EpicListModel;
class ValidationLabel;

/// The Epics view: the list of epics (key, title, colour with its name, theme, horizon, dates, story
/// count, points) and the editor form of the current epic beside it.
///
/// Keyboard: Ctrl+Shift+N adds an epic and puts the cursor in its title; Delete (in the list) asks
/// what to do with the epic's stories; Ctrl+Shift+T manages themes. All edits are undoable.
///
/// The selected row and the form always show the same epic (after opening, reloading, deleting and
/// undoing too). When the view is too narrow for both side by side, the form goes below the list.
class EpicsView : public QWidget {
    Q_OBJECT
public:
    explicit EpicsView(Document& document, QWidget* parent = nullptr);
    ~EpicsView() override;

    const Document& document() const { return m_document; }
    EpicListModel& model() { return *m_model; }
    /// "Manage Themes…" (Ctrl+Shift+T in the view): opens ThemesDialog. The main window may also
    /// put it in a menu.
    QAction* manageThemesAction() const { return m_manageThemes; }
    /// Opens the themes dialog (modal) on the current epic's theme.
    void manageThemes();
    EpicEditor& editor() { return *m_editor; }
    QTableView& table() { return *m_table; }
    qint64 currentEpicId() const;
    void selectEpic(qint64 epicId);

    /// Adds an epic titled "New epic" and selects it. Returns its id, 0 on failure.
    qint64 addEpic();
    /// Asks (DeleteEpicDialog) and deletes the current epic. Returns true when it was deleted.
    bool deleteCurrent();
    /// Deletes without asking: moveStoriesTo as for Document::deleteEpic.
    bool deleteEpic(qint64 epicId, std::optional<qint64> moveStoriesTo);

    /// Replaces the dialog deleteCurrent() shows (tests): returns false for Cancel, else fills the
    /// destination of the stories.
    using DeleteChooser = std::function<bool(qint64 epicId, std::optional<qint64>& moveStoriesTo)>;
    void setDeleteChooser(DeleteChooser chooser) { m_chooser = std::move(chooser); }

    /// The Title column takes the width the others leave; the others are as wide as their content.
    /// When that leaves the title less than about 30 characters, Colour, Theme and Dates give up
    /// width first (their text is elided, the full text is in the tooltip); only then does the list
    /// scroll sideways. Called on every resize of the list and change of its content.
    void fitColumns();
    /// The width the Title column is never squeezed below (while its content is wider).
    int minimumTitleWidth() const;
    /// The least width of Colour, Theme and Dates when the title needs room.
    int squeezedWidth(int column) const;
    /// Below this width the form goes under the list instead of beside it.
    int sideBySideWidth() const;
    Qt::Orientation layoutOrientation() const;
    /// The width the column's content and header text need.
    int contentWidth(int column) const;

private:
    void currentChanged();
    /// After the list was rebuilt (open, reload, add, delete, undo): selects the epic that was
    /// current when it still exists, else the row where it was (or the first row), and loads it into
    /// the form, so the selected row and the form always show the same epic.
    void restoreCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    Document& m_document;
    EpicListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    EpicEditor* m_editor;
    QSplitter* m_splitter = nullptr;
    QScrollArea* m_formScroll = nullptr;
    QPushButton* m_newButton;
    QPushButton* m_deleteButton;
    QPushButton* m_themesButton;
    QAction* m_manageThemes;
    ValidationLabel* m_problem;
    DeleteChooser m_chooser;
    qint64 m_keptId = 0; ///< the current epic before the list was rebuilt
    int m_keptRow = 0;   ///< its row then
    QString m_keptFile;  ///< the file open then: another file starts at its first epic
};

} // namespace storyloom
