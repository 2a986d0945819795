#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;

namespace storyloom {

class Document;
class StoryPickerModel;

/// A searchable list of the workspace's stories ("KEY Title", manual order) to pick one or several
/// from. Typing filters by key or words of the title (case-insensitive); Enter accepts, Escape
/// cancels. Reusable wherever stories are chosen (research links, "blocks" dependencies).
///
///     StoryPicker picker(document, this);
///     picker.setWindowTitle(tr("Link Stories to Maya"));
///     picker.setExcludedStories(alreadyLinked);
///     if (picker.exec() == QDialog::Accepted)
///         use(picker.selectedStoryIds());
///
/// Or in one line: StoryPicker::pick(document, this, title, excluded, multiple).
class StoryPicker : public QDialog {
    Q_OBJECT
public:
    explicit StoryPicker(const Document& document, QWidget* parent = nullptr);
    ~StoryPicker() override;

    /// Stories not offered (already linked, the story itself).
    void setExcludedStories(const QList<qint64>& storyIds);
    /// Several stories, ticked with Space or a click (default), or exactly one.
    void setMultipleSelection(bool multiple);
    /// The text above the list, e.g. "Stories Maya supports:".
    void setPrompt(const QString& prompt);
    void setFilterText(const QString& text);
    /// Stories shown after filtering.
    int visibleCount() const;
    /// Ticks (several) or selects (one) the story; false when it is not shown.
    bool chooseStory(qint64 storyId);
    /// The chosen stories in list order: the ticked ones, else the selected one.
    QList<qint64> selectedStoryIds() const;

    /// Runs the dialog; the chosen stories, empty on Cancel.
    static QList<qint64> pick(const Document& document, QWidget* parent, const QString& title,
                              const QList<qint64>& excluded = {}, bool multiple = true);

private:
    void updateState();

    StoryPickerModel* m_model;
    QLabel* m_prompt;
    QLineEdit* m_filter;
    QListView* m_list;
    QLabel* m_status;
};

} // namespace storyloom
