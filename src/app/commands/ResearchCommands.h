#pragma once

#include "DocumentCommand.h"
#include "domain/Epic.h"
#include "domain/Insight.h"
#include "domain/Persona.h"
#include "domain/Story.h"
#include "domain/Theme.h"

#include <vector>

namespace storyloom {

// The undo commands of epics, themes, personas and insights (Document's "Epics, themes and research"
// section). Kept in one file: each is a few lines around a Document write.

/// Adding an epic. The first redo allocates its key; undo deletes it; a later redo restores it with
/// the same id and key.
class AddEpicCommand : public DocumentCommand {
public:
    AddEpicCommand(Document& document, Epic draft);
    qint64 epicId() const { return m_stored.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Epic m_draft;
    Epic m_stored;
};

/// One edit of one epic's fields. Edits of the same epic with the same non-empty merge key merge.
class EditEpicCommand : public DocumentCommand {
public:
    EditEpicCommand(Document& document, Epic before, Epic after, const QString& mergeKey);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    Epic m_before;
    Epic m_after;
    QString m_mergeKey;
};

/// Deleting an epic with its stories (deleted) or after moving them to another epic (rewritten).
/// Keeps everything as it was, so undo restores the epic, its stories, their criteria and links.
class DeleteEpicCommand : public DocumentCommand {
public:
    /// `deleted`: the stories deleted with it, as they were. `rewrittenBefore` / `rewrittenAfter`: the
    /// other stories the delete changes (moved to another epic, or losing "blocks" links to deleted
    /// stories), before and after.
    DeleteEpicCommand(Document& document, Epic epic, std::vector<Story> deleted,
                      std::vector<Story> rewrittenBefore, std::vector<Story> rewrittenAfter);

protected:
    void apply() override;
    void revert() override;

private:
    Epic m_epic;
    std::vector<Story> m_deleted;
    std::vector<Story> m_rewrittenBefore;
    std::vector<Story> m_rewrittenAfter;
};

/// Adding, editing or deleting a theme. Deleting keeps the epics that had it, so undo gives it back.
class ThemeCommand : public DocumentCommand {
public:
    enum class Kind { Add, Edit, Delete };
    /// Add: `after` is the draft. Edit: both. Delete: `before`, with `epics` the epics that had it.
    ThemeCommand(Document& document, Kind kind, Theme before, Theme after, std::vector<Epic> epics = {});
    qint64 themeId() const { return m_after.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Kind m_kind;
    Theme m_before;
    Theme m_after;
    std::vector<Epic> m_epics;
};

/// Adding, editing or deleting a persona. Deleting keeps the stories that linked to it (as they were)
/// so undo relinks them. Edits with the same non-empty merge key merge (typing).
class PersonaCommand : public DocumentCommand {
public:
    enum class Kind { Add, Edit, Delete };
    PersonaCommand(Document& document, Kind kind, Persona before, Persona after,
                   std::vector<Story> linked = {}, const QString& mergeKey = {});
    qint64 personaId() const { return m_after.id; }

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    Kind m_kind;
    Persona m_before;
    Persona m_after;
    std::vector<Story> m_linked;
    QString m_mergeKey;
};

/// As PersonaCommand, for an insight.
class InsightCommand : public DocumentCommand {
public:
    enum class Kind { Add, Edit, Delete };
    InsightCommand(Document& document, Kind kind, Insight before, Insight after,
                   std::vector<Story> linked = {}, const QString& mergeKey = {});
    qint64 insightId() const { return m_after.id; }

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    Kind m_kind;
    Insight m_before;
    Insight m_after;
    std::vector<Story> m_linked;
    QString m_mergeKey;
};

} // namespace storyloom
