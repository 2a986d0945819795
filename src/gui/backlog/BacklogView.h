#pragma once

#include <QVariant>
#include <QWidget>

#include <memory>

class QAbstractItemView;
class QModelIndex;

namespace Ui {
class BacklogView;
}

namespace storyloom {

class BacklogDelegate;
class BacklogFilterProxy;
class BacklogModel;
class EpicGroupModel;
class Document;

/// The grooming view: a filter bar, the framework the backlog is ranked by, the ranked backlog table
/// and the "why this rank" panel for the current story.
///
/// Keyboard: Ctrl+F finds, Ctrl+Up / Ctrl+Down move the current story one place in the ranking
/// (pinning it when that goes against its score), Ctrl+Shift+Up / Ctrl+Shift+Down move it to the
/// top / bottom, Delete removes the selected stories, Ctrl+Shift+E edits the selected stories (or the
/// current one) at once, including their epic; F2 or Enter edits the current cell (a drop-down for
/// status, MoSCoW and points). All undoable. Grouped by epic, moves and drag and drop work within
/// the epic's group, against the neighbours shown there; dropping stories on an epic's row moves
/// them into that epic.
class BacklogView : public QWidget {
    Q_OBJECT
public:
    explicit BacklogView(Document& document, QWidget* parent = nullptr);
    ~BacklogView() override;

    BacklogModel& model() { return *m_model; }
    BacklogFilterProxy& proxy() { return *m_proxy; }
    /// Stories shown after filtering.
    int visibleCount() const;
    /// The story the keyboard is on, 0 when none.
    qint64 currentStoryId() const;
    void selectStory(qint64 storyId);

    void focusFilter();
    /// Shows the backlog as collapsible epics with totals (true) or as one ranked list.
    void setGrouped(bool grouped);
    bool isGrouped() const;
    void moveCurrent(int delta);
    void moveCurrentToEnd(bool top);
    void deleteSelected();
    /// Opens the bulk-edit dialog for the selected stories (the current one when none is selected);
    /// one undo step.
    void editSelected();
    QList<qint64> selectedStoryIds() const;

    /// Column widths, order and visibility, for QSettings.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

    /// The table or, grouped, the tree: the one shown.
    QAbstractItemView* shownView() const;

signals:
    void countsChanged();
    /// The story the backlog's current row shows changed (0: none); the story editor follows it.
    void currentStoryChanged(qint64 storyId);
    /// A short sentence for the status bar, e.g. why a keyboard move did nothing.
    void message(const QString& text);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fillFrameworks();
    void frameworkChosen(int index);
    void showExplanation();
    void showColumnMenu(const QPoint& pos);

    /// What the product owner was looking at, kept across a reload of the same file, and what they
    /// were typing into a cell then (editStory != 0).
    struct Place {
        QString filePath;
        qint64 current = 0;
        QList<qint64> selected;
        qint64 topVisible = 0;
        qint64 editStory = 0;
        int editColumn = -1;
        QVariant editValue;
        int editCursor = -1;
    };
    void rememberPlace();
    void restorePlace();
    void reopenEditor();
    int rowOfStory(qint64 storyId) const;
    /// The index showing a story in the shown view's model, invalid when filtered out.
    QModelIndex shownIndex(qint64 storyId, int column) const;
    BacklogDelegate* shownDelegate() const;
    /// Moves the current story one place up (direction -1) or down (1) among the stories shown
    /// next to it, or to the first / last of them (toEnd).
    void moveShown(int direction, bool toEnd);
    /// Row heights and column widths for the current font (at start and when the font changes).
    void fitToFont();

    std::unique_ptr<Ui::BacklogView> m_ui;
    Place m_place;
    Document& m_document;
    BacklogModel* m_model;
    BacklogFilterProxy* m_proxy;
    EpicGroupModel* m_groups;
    BacklogDelegate* m_tableDelegate;
    BacklogDelegate* m_treeDelegate;
    qint64 m_announcedStory = 0; ///< the last story sent with currentStoryChanged
    int m_em = 0; ///< the width of "M" the column widths were last fitted to
};

} // namespace storyloom
