#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class PersonaForm;
}

namespace storyloom {

class Document;

/// Edits one persona: name, role, goals, frustrations. Every change is written at once
/// (Document::editPersona); typing in one field merges into one undo step. An empty name is not
/// written: the problem label says so and screen readers announce it.
class PersonaForm : public QWidget {
    Q_OBJECT
public:
    explicit PersonaForm(Document& document, QWidget* parent = nullptr);
    ~PersonaForm() override;

    void setPersona(qint64 personaId);
    qint64 personaId() const { return m_personaId; }
    QString problem() const;
    void focusName();

private:
    void load();
    void commit(const QString& mergeKey);

    std::unique_ptr<Ui::PersonaForm> m_ui;
    Document& m_document;
    qint64 m_personaId = 0;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace storyloom
