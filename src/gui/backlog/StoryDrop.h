#pragma once

#include <QCoreApplication>
#include <QList>

#include <optional>

class QMimeData;

namespace storyloom {

class Document;

/// What a drop of backlog stories does to the document, for the flat and the grouped backlog alike:
/// which stories a drag carries (BacklogModel::kMimeType) and how they move.
class StoryDrop {
    Q_DECLARE_TR_FUNCTIONS(StoryDrop)

public:
    /// Where dropped stories go. The ranking place is the first of above / below / bottom that is
    /// set; none set leaves the order alone.
    struct Target {
        std::optional<qint64> epicId; ///< set: move the stories into this epic (0: out of any epic)
        qint64 above = 0;             ///< just above this story in the ranking (in dragged order)
        qint64 below = 0;             ///< just below this story in the ranking (in dragged order)
        bool bottom = false;          ///< at the bottom of the manual order
    };

    /// The ids of the stories a drag carries that the document still has, in dragged order; empty
    /// when the data is not a backlog drag.
    static QList<qint64> storyIds(const QMimeData* data, const Document& document);

    /// Moves the stories to `target` as one undo step: Document::bulkEdit for the epic (only the
    /// stories not in it yet), then Document::placeAbove / placeBelow, which write the manual rank
    /// and pin a story placed against its score. False when there is nothing to do (no stories, or
    /// the place is one of the dragged stories and no epic changes) or the document refused a step.
    static bool move(Document& document, const QList<qint64>& storyIds, const Target& target);
};

} // namespace storyloom
