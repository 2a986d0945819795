#pragma once

#include <QWidget>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;

namespace storyloom {

class Document;
class ValidationMessages;

/// The active framework's inputs of one story (RICE reach/impact/confidence/effort, WSJF, ICE,
/// Kano answers, scorecard criteria, ...) and its score, term by term, updated as the product owner
/// types. Every valid value is written at once (Document::editStory, typing merges per input);
/// text that is not a valid value stays in its field, is not written and is explained in the
/// editor's validation messages.
class ScoreInputsPanel : public QWidget {
    Q_OBJECT
public:
    ScoreInputsPanel(Document& document, ValidationMessages* messages, QWidget* parent = nullptr);
    ~ScoreInputsPanel() override;

    void setStory(qint64 storyId);
    /// Re-reads the story (and the framework: fields are rebuilt when it changed).
    void refresh();

    /// The score line and one line per term, as shown.
    QString breakdownText() const;
    /// The input fields, in tab order.
    QList<QWidget*> fields() const;
    /// The field of an input by its id ("reach", "kanoFunctional", "scorecard:Revenue"), or nullptr.
    QWidget* field(const QString& id) const;

private:
    struct Field;
    void rebuildFields();
    void numberEdited(const Field& field, const QString& text);
    void kanoChosen(const Field& field, int index);
    void showBreakdown();
    void storeFailed(const QString& id);

    Document& m_document;
    ValidationMessages* m_messages;
    qint64 m_storyId = 0;
    QString m_frameworkKey; ///< framework and scorecard names the fields were built for
    std::vector<std::unique_ptr<Field>> m_fields;
    QFormLayout* m_form;
    QLabel* m_summary;
    QLabel* m_terms;
};

} // namespace storyloom
