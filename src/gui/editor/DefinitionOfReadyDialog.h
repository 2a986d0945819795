#pragma once

#include <QDialog>
#include <QMap>

class QCheckBox;
class QLineEdit;

namespace storyloom {

class Document;

/// The workspace's Definition of Ready rules as checkboxes (and the labels that mark a story as
/// UI-facing). apply() writes the changed "readiness.*" settings as one undoable
/// Document::changeSettings.
class DefinitionOfReadyDialog : public QDialog {
    Q_OBJECT
public:
    DefinitionOfReadyDialog(Document& document, QWidget* parent = nullptr);

    /// The checkbox of a rule, by its setting name ("readiness.requireEstimate").
    QCheckBox* ruleCheck(const QString& settingName) const { return m_checks.value(settingName); }
    QLineEdit* uiLabelsEdit() const { return m_uiLabels; }
    /// Writes what changed; false (with a message box unless quiet) when the file refused it.
    bool apply(bool quiet = false);

private:
    Document& m_document;
    QMap<QString, QCheckBox*> m_checks;
    QLineEdit* m_uiLabels;
};

} // namespace storyloom
