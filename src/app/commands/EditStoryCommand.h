#pragma once

#include "DocumentCommand.h"
#include "domain/Story.h"

namespace storyloom {

/// One edit of one story's fields: keeps the whole story before and after, by id.
/// Edits with the same non-empty merge key (the field being typed in) of the same story merge.
class EditStoryCommand : public DocumentCommand {
public:
    EditStoryCommand(Document& document, Story before, Story after, const QString& mergeKey);

    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

protected:
    void apply() override;
    void revert() override;

private:
    Story m_before;
    Story m_after;
    QString m_mergeKey;
};

} // namespace storyloom
