#include "PersonaForm.h"

#include "ui_ResearchPersonaForm.h"

#include "app/Document.h"
#include "domain/Workspace.h"

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

void setIfDifferent(QLineEdit* edit, const QString& text) {
    if (edit->text() != text)
        edit->setText(text);
}

void setIfDifferent(QPlainTextEdit* edit, const QString& text) {
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

PersonaForm::PersonaForm(Document& document, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PersonaForm>()), m_document(document) {
    m_ui->setupUi(this);
    connect(m_ui->nameEdit, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("name")); });
    connect(m_ui->roleEdit, &QLineEdit::textEdited, this, [this] { commit(QStringLiteral("role")); });
    connect(m_ui->goalsEdit, &QPlainTextEdit::textChanged, this, [this] { commit(QStringLiteral("goals")); });
    connect(m_ui->frustrationsEdit, &QPlainTextEdit::textChanged, this,
            [this] { commit(QStringLiteral("frustrations")); });
    connect(&m_document, &Document::researchChanged, this, [this] {
        if (!m_writing)
            load();
    });
    connect(&m_document, &Document::reset, this, [this] { setPersona(0); });
    load();
}

PersonaForm::~PersonaForm() = default;

void PersonaForm::setPersona(qint64 personaId) {
    m_personaId = personaId;
    load();
}

QString PersonaForm::problem() const {
    return m_ui->problemLabel->message();
}

void PersonaForm::focusName() {
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

void PersonaForm::load() {
    m_loading = true;
    const Persona* p = m_personaId ? m_document.findPersona(m_personaId) : nullptr;
    if (!p)
        m_personaId = 0;
    setEnabled(p != nullptr);
    m_ui->problemLabel->showMessage({});
    setIfDifferent(m_ui->nameEdit, p ? qs(p->name) : QString());
    setIfDifferent(m_ui->roleEdit, p ? qs(p->role) : QString());
    setIfDifferent(m_ui->goalsEdit, p ? qs(p->goals) : QString());
    setIfDifferent(m_ui->frustrationsEdit, p ? qs(p->frustrations) : QString());
    m_loading = false;
}

void PersonaForm::commit(const QString& mergeKey) {
    if (m_loading)
        return;
    const Persona* current = m_document.findPersona(m_personaId);
    if (!current)
        return;
    const QString name = m_ui->nameEdit->text().trimmed();
    if (name.isEmpty()) {
        m_ui->problemLabel->showMessage(
            tr("The name is empty. Type a name; until then the persona keeps its last one."));
        return;
    }
    Persona p = *current;
    p.name = name.toStdString();
    p.role = m_ui->roleEdit->text().trimmed().toStdString();
    p.goals = m_ui->goalsEdit->toPlainText().toStdString();
    p.frustrations = m_ui->frustrationsEdit->toPlainText().toStdString();
    m_writing = true;
    const bool ok = m_document.editPersona(p, mergeKey);
    m_writing = false;
    m_ui->problemLabel->showMessage(ok ? QString() : m_document.errorString());
}

} // namespace storyloom
