#pragma once

#include <QList>
#include <QWidget>

#include <functional>

class QListView;
class QListWidget;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace storyloom {

class Document;
class InsightForm;
class InsightTableModel;
class PersonaForm;
class PersonaListModel;
class ValidationLabel;

/// The Research view: personas as cards, insights as a sortable table, the form of the persona or
/// insight chosen last, and the stories it supports with "Link stories…" and "Unlink".
///
/// Keyboard: Delete removes the current persona / insight (in its list) or unlinks the chosen
/// stories (in the linked list). Every change is one undo step, written at once.
class ResearchView : public QWidget {
    Q_OBJECT
public:
    enum class Subject { None, Persona, Insight };

    explicit ResearchView(Document& document, QWidget* parent = nullptr);
    ~ResearchView() override;

    PersonaListModel& personaModel() { return *m_personaModel; }
    InsightTableModel& insightModel() { return *m_insightModel; }
    QListView& personaList() { return *m_personaList; }
    QTableView& insightTable() { return *m_insightTable; }
    PersonaForm& personaForm() { return *m_personaForm; }
    InsightForm& insightForm() { return *m_insightForm; }

    void selectPersona(qint64 personaId);
    void selectInsight(qint64 insightId);
    /// What the form and the linked stories show, and its id.
    Subject subject() const { return m_subject; }
    qint64 subjectId() const { return m_subjectId; }

    /// Adds "New persona" / "New insight", selects it and puts the cursor in its name / title.
    qint64 addPersona();
    qint64 addInsight();
    bool deleteSubject();
    /// The stories the subject supports, as the linked list shows them (manual order).
    QList<qint64> linkedStoryIds() const;
    /// Links the stories to the subject (one undo step).
    bool linkStories(const QList<qint64>& storyIds);
    /// Opens the story picker (or the chooser set for tests) and links what was chosen.
    bool chooseAndLinkStories();
    /// Unlinks the stories chosen in the linked list (one undo step).
    bool unlinkSelected();
    /// Chooses stories in the linked list (tests, keyboard helpers).
    void selectLinked(const QList<qint64>& storyIds);

    /// Replaces the StoryPicker dialog (tests): returns the stories to link, empty for Cancel.
    using StoryChooser = std::function<QList<qint64>(const QList<qint64>& alreadyLinked)>;
    void setStoryChooser(StoryChooser chooser) { m_chooser = std::move(chooser); }

private:
    void setSubject(Subject subject, qint64 id);
    void refreshLinked();
    void showResult(bool ok);

    Document& m_document;
    PersonaListModel* m_personaModel;
    InsightTableModel* m_insightModel;
    QSortFilterProxyModel* m_insightProxy;
    QListView* m_personaList;
    QTableView* m_insightTable;
    QStackedWidget* m_forms;
    PersonaForm* m_personaForm;
    InsightForm* m_insightForm;
    QLabel* m_linkedLabel;
    QListWidget* m_linked;
    QPushButton* m_linkButton;
    QPushButton* m_unlinkButton;
    QPushButton* m_deletePersonaButton;
    QPushButton* m_deleteInsightButton;
    ValidationLabel* m_problem;
    Subject m_subject = Subject::None;
    qint64 m_subjectId = 0;
    StoryChooser m_chooser;
};

} // namespace storyloom
