#include "ResearchCommands.h"

#include "app/Document.h"

namespace storyloom {
namespace {

constexpr int kEditEpicId = 0x5702;
constexpr int kEditPersonaId = 0x5703;
constexpr int kEditInsightId = 0x5704;

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace

// --- Epics --------------------------------------------------------------------------------------

AddEpicCommand::AddEpicCommand(Document& document, Epic draft)
    : DocumentCommand(document, QObject::tr("Add epic")), m_draft(std::move(draft)) {}

void AddEpicCommand::apply() {
    if (m_stored.id == 0) {
        m_stored = m_document.writeAddEpic(m_draft);
        setText(QObject::tr("Add epic %1").arg(qs(m_stored.key)));
    } else {
        m_document.writeRestoreEpic(m_stored, {}, {});
    }
}

void AddEpicCommand::revert() {
    m_document.writeDeleteEpic(m_stored, {}, {});
}

EditEpicCommand::EditEpicCommand(Document& document, Epic before, Epic after, const QString& mergeKey)
    : DocumentCommand(document, mergeKey.isEmpty()
                                    ? QObject::tr("Edit epic %1").arg(qs(before.key))
                                    : QObject::tr("Edit %1 of epic %2").arg(mergeKey, qs(before.key))),
      m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(mergeKey) {}

int EditEpicCommand::id() const {
    return m_mergeKey.isEmpty() ? -1 : kEditEpicId;
}

bool EditEpicCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = dynamic_cast<const EditEpicCommand*>(other);
    if (!edit || edit->isObsolete() || edit->m_before.id != m_before.id || edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

void EditEpicCommand::apply() {
    m_document.writeEpic(m_after);
}

void EditEpicCommand::revert() {
    m_document.writeEpic(m_before);
}

DeleteEpicCommand::DeleteEpicCommand(Document& document, Epic epic, std::vector<Story> deleted,
                                     std::vector<Story> rewrittenBefore, std::vector<Story> rewrittenAfter)
    : DocumentCommand(document, QObject::tr("Delete epic %1").arg(qs(epic.key))), m_epic(std::move(epic)),
      m_deleted(std::move(deleted)), m_rewrittenBefore(std::move(rewrittenBefore)),
      m_rewrittenAfter(std::move(rewrittenAfter)) {}

void DeleteEpicCommand::apply() {
    m_document.writeDeleteEpic(m_epic, m_deleted, m_rewrittenAfter);
}

void DeleteEpicCommand::revert() {
    m_document.writeRestoreEpic(m_epic, m_deleted, m_rewrittenBefore);
}

// --- Themes -------------------------------------------------------------------------------------

ThemeCommand::ThemeCommand(Document& document, Kind kind, Theme before, Theme after, std::vector<Epic> epics)
    : DocumentCommand(document, kind == Kind::Add    ? QObject::tr("Add theme %1").arg(qs(after.name))
                                : kind == Kind::Edit ? QObject::tr("Edit theme %1").arg(qs(before.name))
                                                     : QObject::tr("Delete theme %1").arg(qs(before.name))),
      m_kind(kind), m_before(std::move(before)), m_after(std::move(after)), m_epics(std::move(epics)) {}

void ThemeCommand::apply() {
    switch (m_kind) {
    case Kind::Add:
        if (m_after.id == 0)
            m_after = m_document.writeAddTheme(m_after);
        else
            m_document.writeRestoreTheme(m_after, {});
        break;
    case Kind::Edit:
        m_document.writeTheme(m_after);
        break;
    case Kind::Delete:
        m_document.writeDeleteTheme(m_before);
        break;
    }
}

void ThemeCommand::revert() {
    switch (m_kind) {
    case Kind::Add:
        m_document.writeDeleteTheme(m_after);
        break;
    case Kind::Edit:
        m_document.writeTheme(m_before);
        break;
    case Kind::Delete:
        m_document.writeRestoreTheme(m_before, m_epics);
        break;
    }
}

// --- Personas -----------------------------------------------------------------------------------

PersonaCommand::PersonaCommand(Document& document, Kind kind, Persona before, Persona after,
                               std::vector<Story> linked, const QString& mergeKey)
    : DocumentCommand(document, kind == Kind::Add    ? QObject::tr("Add persona %1").arg(qs(after.name))
                                : kind == Kind::Edit ? QObject::tr("Edit persona %1").arg(qs(before.name))
                                                     : QObject::tr("Delete persona %1").arg(qs(before.name))),
      m_kind(kind), m_before(std::move(before)), m_after(std::move(after)), m_linked(std::move(linked)),
      m_mergeKey(mergeKey) {}

int PersonaCommand::id() const {
    return m_kind == Kind::Edit && !m_mergeKey.isEmpty() ? kEditPersonaId : -1;
}

bool PersonaCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = dynamic_cast<const PersonaCommand*>(other);
    if (!edit || edit->isObsolete() || edit->m_kind != Kind::Edit || edit->m_before.id != m_before.id ||
        edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

void PersonaCommand::apply() {
    switch (m_kind) {
    case Kind::Add:
        if (m_after.id == 0)
            m_after = m_document.writeAddPersona(m_after);
        else
            m_document.writeRestorePersona(m_after, {});
        break;
    case Kind::Edit:
        m_document.writePersona(m_after);
        break;
    case Kind::Delete:
        m_document.writeDeletePersona(m_before);
        break;
    }
}

void PersonaCommand::revert() {
    switch (m_kind) {
    case Kind::Add:
        m_document.writeDeletePersona(m_after);
        break;
    case Kind::Edit:
        m_document.writePersona(m_before);
        break;
    case Kind::Delete:
        m_document.writeRestorePersona(m_before, m_linked);
        break;
    }
}

// --- Insights -----------------------------------------------------------------------------------

InsightCommand::InsightCommand(Document& document, Kind kind, Insight before, Insight after,
                               std::vector<Story> linked, const QString& mergeKey)
    : DocumentCommand(document, kind == Kind::Add ? QObject::tr("Add insight %1").arg(qs(after.title))
                                : kind == Kind::Edit
                                    ? QObject::tr("Edit insight %1").arg(qs(before.title))
                                    : QObject::tr("Delete insight %1").arg(qs(before.title))),
      m_kind(kind), m_before(std::move(before)), m_after(std::move(after)), m_linked(std::move(linked)),
      m_mergeKey(mergeKey) {}

int InsightCommand::id() const {
    return m_kind == Kind::Edit && !m_mergeKey.isEmpty() ? kEditInsightId : -1;
}

bool InsightCommand::mergeWith(const QUndoCommand* other) {
    const auto* edit = dynamic_cast<const InsightCommand*>(other);
    if (!edit || edit->isObsolete() || edit->m_kind != Kind::Edit || edit->m_before.id != m_before.id ||
        edit->m_mergeKey != m_mergeKey)
        return false;
    m_after = edit->m_after;
    return true;
}

void InsightCommand::apply() {
    switch (m_kind) {
    case Kind::Add:
        if (m_after.id == 0)
            m_after = m_document.writeAddInsight(m_after);
        else
            m_document.writeRestoreInsight(m_after, {});
        break;
    case Kind::Edit:
        m_document.writeInsight(m_after);
        break;
    case Kind::Delete:
        m_document.writeDeleteInsight(m_before);
        break;
    }
}

void InsightCommand::revert() {
    switch (m_kind) {
    case Kind::Add:
        m_document.writeDeleteInsight(m_after);
        break;
    case Kind::Edit:
        m_document.writeInsight(m_before);
        break;
    case Kind::Delete:
        m_document.writeRestoreInsight(m_before, m_linked);
        break;
    }
}

} // namespace storyloom
