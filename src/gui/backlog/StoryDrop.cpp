#include "StoryDrop.h"

#include "BacklogModel.h"
#include "app/BulkEdit.h"
#include "app/Document.h"
#include "domain/Workspace.h"

#include <QMimeData>

namespace storyloom {

QList<qint64> StoryDrop::storyIds(const QMimeData* data, const Document& document) {
    QList<qint64> ids;
    const QString type = QString::fromLatin1(BacklogModel::kMimeType);
    if (!data || !data->hasFormat(type))
        return ids;
    for (const QByteArray& part : data->data(type).split(',')) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (ok && document.storyIndex(id) >= 0 && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool StoryDrop::move(Document& document, const QList<qint64>& storyIds, const Target& target) {
    if (storyIds.isEmpty())
        return false;
    QList<qint64> toEpic;
    if (target.epicId) {
        const Workspace& ws = document.workspace();
        for (qint64 id : storyIds) {
            const Story* story = ws.findStory(id);
            const qint64 current = story && story->epicId ? *story->epicId : 0;
            if (story && current != *target.epicId)
                toEpic.append(id);
        }
    }
    // A place relative to one of the dragged stories means "where they are": no move.
    const qint64 anchor = target.above ? target.above : target.below;
    const bool place = (anchor != 0 && !storyIds.contains(anchor)) || (anchor == 0 && target.bottom);
    if (toEpic.isEmpty() && !place)
        return false;

    QUndoStack* undo = document.undoStack();
    const int count = static_cast<int>(storyIds.size());
    undo->beginMacro(count == 1 ? tr("Move story") : tr("Move %n stories", nullptr, count));
    bool ok = true;
    if (!toEpic.isEmpty()) {
        BulkEdit edit;
        edit.epicId = *target.epicId ? std::optional<Id>(*target.epicId) : std::optional<Id>();
        ok = document.bulkEdit(toEpic, edit);
    }
    if (ok && place) {
        qint64 previous = target.below;
        for (qint64 id : storyIds) {
            if (target.above)
                ok = document.placeAbove(id, target.above) && ok;
            else if (target.below) // each below the one placed before it, so the dragged order stays
                ok = document.placeBelow(id, previous) && ok;
            else
                ok = document.moveStoryToBottom(id) && ok;
            previous = id;
        }
    }
    undo->endMacro();
    return ok;
}

} // namespace storyloom
