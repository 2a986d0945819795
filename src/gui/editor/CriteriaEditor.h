#pragma once

#include <QList>
#include <QWidget>

#include <functional>
#include <memory>

namespace Ui {
class CriteriaEditor;
}

namespace storyloom {

class Document;
class ValidationMessages;
struct AcceptanceCriterion;
struct Story;

/// The acceptance criteria of one story: a list (reorder by drag and drop or Alt+Up / Alt+Down,
/// add with Ctrl+Enter, delete with Delete) and the selected criterion's fields: free text or
/// Given / When / Then, kind, an optional WCAG 2.2 success criterion (a searchable list showing
/// number, name and level) and a done checkbox. Every change is written at once through
/// Document::editStory; typing in a field merges into one undo step.
class CriteriaEditor : public QWidget {
    Q_OBJECT
public:
    CriteriaEditor(Document& document, ValidationMessages* messages, QWidget* parent = nullptr);
    ~CriteriaEditor() override;

    void setStory(qint64 storyId);
    /// Re-reads the story's criteria, keeping the selection and the field being typed in.
    void refresh();

    int currentRow() const;
    void setCurrentRow(int row);
    /// The list's text for each criterion, in order (what a screen reader reads for each item).
    QStringList itemTexts() const;

    void addCriterion();
    void deleteCurrent();
    /// Moves the selected criterion up (-1) or down (+1); it stays selected.
    void moveCurrent(int delta);

private:
    void showDetails();
    void rowsMoved();
    bool writeCriteria(const std::function<void(std::vector<AcceptanceCriterion>&)>& change,
                       const QString& mergeKey = {});
    /// Changes one field of the selected criterion; typing merges by `field`.
    void editCurrent(const std::function<void(AcceptanceCriterion&)>& change, const QString& field);
    void wcagChosen();
    void updateEnabled();

    std::unique_ptr<Ui::CriteriaEditor> m_ui;
    Document& m_document;
    ValidationMessages* m_messages;
    qint64 m_storyId = 0;
    QList<qint64> m_shownIds; ///< criterion ids the list shows, in order
    bool m_updating = false;  ///< filling widgets: their change signals are not edits
};

} // namespace storyloom
