#pragma once

#include <QWidget>

#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class BacklogView;
}

namespace storyloom {

class BacklogFilterProxy;
class BacklogModel;
class EpicGroupModel;
class Document;

/// The grooming view: a filter bar, the framework the backlog is ranked by, the ranked backlog table
/// and the "why this rank" panel for the current story.
///
/// Keyboard: Ctrl+F finds, Ctrl+Up / Ctrl+Down move the current story one place in the ranking
/// (pinning it when that goes against its score), Ctrl+Shift+Up / Ctrl+Shift+Down move it to the
/// top / bottom, Delete removes the selected stories, Ctrl+Shift+E edits all selected stories at once,
/// F2 edits the current cell. All undoable.
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
    /// Opens the bulk-edit dialog for the selected stories; one undo step.
    void editSelected();
    QList<qint64> selectedStoryIds() const;

    /// Column widths, order and visibility, for QSettings.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void countsChanged();

private:
    void fillFrameworks();
    void frameworkChosen(int index);
    void showExplanation();
    void showColumnMenu(const QPoint& pos);

    /// What the product owner was looking at, kept across a reload of the same file.
    struct Place {
        QString filePath;
        qint64 current = 0;
        QList<qint64> selected;
        qint64 topVisible = 0;
    };
    void rememberPlace();
    void restorePlace();
    int rowOfStory(qint64 storyId) const;

    std::unique_ptr<Ui::BacklogView> m_ui;
    Place m_place;
    Document& m_document;
    BacklogModel* m_model;
    BacklogFilterProxy* m_proxy;
    EpicGroupModel* m_groups;
};

} // namespace storyloom
