#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QCompleter;
class QListWidget;
class QStringListModel;

namespace Ui {
class StoryEditor;
}

namespace storyloom {

class CriteriaEditor;
class Document;
class LabelCompleter;
class ScoreInputsPanel;
class ValidationMessages;
struct Story;

/// Edits one story: title, the user-story parts, description, epic, status, points (Fibonacci),
/// MoSCoW, labels, personas, linked insights, the stories it blocks, the active framework's score
/// inputs (with the score term by term), its acceptance criteria and its Definition of Ready
/// checklist.
///
/// Contract: nothing is held unsaved. Every edit is written at once through Document::editStory
/// (typing merges per field: "title", "asA", ...; a checkbox or combo is its own undo step). When
/// the document changes from elsewhere (undo, reload) the fields follow, keeping the cursor of the
/// field being typed in; a field whose text is not stored (invalid, or refused by the file) keeps
/// its text and says why in the validation message, announced to screen readers. A deleted story
/// shows "This story was deleted.".
class StoryEditor : public QWidget {
    Q_OBJECT
public:
    StoryEditor(Document& document, QWidget* parent = nullptr);
    ~StoryEditor() override;

    /// Shows the story (0: none). The side panel follows the backlog selection through this.
    void setStory(qint64 storyId);
    qint64 storyId() const { return m_storyId; }

    /// A larger, non-modal window holding another editor for the same story (Ctrl+Shift+O).
    /// The window belongs to this editor's top-level window and deletes itself when closed.
    StoryEditor* openInWindow();
    QAction* openInWindowAction() const { return m_openInWindow; }

    CriteriaEditor* criteriaEditor() const { return m_criteria; }
    ScoreInputsPanel* scoreInputs() const { return m_score; }
    QString validationText() const;
    const ValidationMessages& validationMessages() const { return *m_messages; }
    /// The Definition of Ready checklist as shown: one "✓ …" or "✗ …" line per rule in force.
    QString readinessText() const;
    bool isShowingDeletedStory() const;

    /// Opens the Definition of Ready dialog (modal) and applies it when accepted.
    void editDefinitionOfReady();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void connectFields();
    void connectDocument();
    void refresh();
    void fillEpics();
    void fillChecklist(QListWidget* list, const QList<QPair<qint64, QString>>& items,
                       const QList<qint64>& checked);
    void showReadiness();
    void fixTabOrder();
    /// Lets the editor reflow to a narrow side panel: no field is wider than it needs to be.
    void fitNarrowPanel();
    void updateHeadingLayout();
    /// Writes the edit; on failure keeps the field's text and shows the file's reason.
    void write(const QString& field, const std::function<void(Story&)>& change, bool merge);
    void pointsTyped();
    void addBlockedStory(const QString& text);
    void removeBlockedStory();
    void updateCompletions(QObject* field);
    void filterInsights(const QString& text);

    std::unique_ptr<Ui::StoryEditor> m_ui;
    Document& m_document;
    std::unique_ptr<ValidationMessages> m_messages;
    qint64 m_storyId = 0;
    ScoreInputsPanel* m_score;
    CriteriaEditor* m_criteria;
    LabelCompleter* m_labelCompleter;
    QCompleter* m_storyCompleter;
    QStringListModel* m_storyNames;
    QAction* m_openInWindow;
    bool m_updating = false;        ///< filling widgets: their change signals are not edits
    bool m_completionsStale = true; ///< labels and story names changed since they were listed
};

} // namespace storyloom
