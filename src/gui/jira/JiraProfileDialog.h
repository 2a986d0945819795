#pragma once

#include <QDialog>
#include <QStringList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace storyloom {

namespace jira {
struct Profile;
}

// Domain and exchange headers are not included here: moc cannot parse the C++20 standard headers
// they pull in.

/// Edits a copy of one Jira mapping profile: its name (saving under a new name is "Save as"), the
/// issue type names, the story points field, where acceptance criteria go, epic linking, label
/// spaces and the priority and status maps (tables with an editable Jira name per value; exporting
/// statuses is off unless ticked). The built-in presets cannot be overwritten: a profile keeps a
/// preset's name only unchanged, so Save asks for a new name first.
class JiraProfileDialog : public QDialog {
    Q_OBJECT
public:
    /// `presetNames`: the names Save refuses; `savedNames`: profiles Save replaces (says so).
    JiraProfileDialog(const jira::Profile& profile, const QStringList& presetNames,
                      const QStringList& savedNames, QWidget* parent = nullptr);
    ~JiraProfileDialog() override;

    /// The profile as edited.
    jira::Profile profile() const;
    /// Why Save is disabled, empty when it is enabled.
    QString saveProblem() const;

private:
    void buildForm();
    void load(const jira::Profile& profile);
    void updateState();
    void statusesToggled(bool on);

    std::unique_ptr<jira::Profile> m_original;
    QStringList m_presetNames;
    QStringList m_savedNames;
    QLineEdit* m_name = nullptr;
    QComboBox* m_site = nullptr;
    QComboBox* m_epicLinking = nullptr;
    QLineEdit* m_epicType = nullptr;
    QLineEdit* m_storyType = nullptr;
    QLineEdit* m_pointsName = nullptr;
    QLineEdit* m_pointsId = nullptr;
    QComboBox* m_criteriaLocation = nullptr;
    QLineEdit* m_criteriaName = nullptr;
    QLineEdit* m_criteriaId = nullptr;
    QComboBox* m_labelSpaces = nullptr;
    QTableWidget* m_priorities = nullptr;
    QCheckBox* m_exportStatuses = nullptr;
    QTableWidget* m_statuses = nullptr;
    QLabel* m_hint = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace storyloom
