#pragma once

#include <QWidget>

#include <functional>
#include <optional>

class QPushButton;
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
/// what to do with the epic's stories. All edits are undoable.
class EpicsView : public QWidget {
    Q_OBJECT
public:
    explicit EpicsView(Document& document, QWidget* parent = nullptr);
    ~EpicsView() override;

    EpicListModel& model() { return *m_model; }
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

private:
    void currentChanged();

    Document& m_document;
    EpicListModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    EpicEditor* m_editor;
    QPushButton* m_newButton;
    QPushButton* m_deleteButton;
    ValidationLabel* m_problem;
    DeleteChooser m_chooser;
};

} // namespace storyloom
