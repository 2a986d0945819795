#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <cstdint>
#include <vector>

namespace storyloom {

class Document;

/// The backlog as a table in ranking order (scored stories first, then unscored ones in manual
/// order, as Document::ranking() lists them). Follows the document's signals one to one: ranking
/// changes become layout changes (persistent indexes, hence selections, follow their stories),
/// field changes dataChanged on the row, additions and removals row insertions and removals,
/// resets model resets.
///
/// data() does no I/O and allocates only the QVariant it returns; rows cache their story's index
/// into Workspace::stories. Editing (setData, drops) goes through the document's undo commands.
class BacklogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RankColumn,
        KeyColumn,
        TitleColumn,
        EpicColumn,
        StatusColumn,
        PointsColumn,
        MoscowColumn,
        ScoreColumn,
        ReadinessColumn,
        ColumnCount
    };
    enum Role {
        StoryIdRole = Qt::UserRole + 1, ///< qint64 Story::id
        SortRole,                       ///< the column's value as a number where it has one
        ScoreRole,                      ///< double total, invalid for unscored stories
        ScoreFractionRole,              ///< 0..1 relative to the highest score, for a bar
        StoryIndexRole                  ///< index into Workspace::stories (for the filter proxy)
    };
    static constexpr const char* kMimeType = "application/x-storyloom-story-ids";

    explicit BacklogModel(Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    /// Moves the dragged stories in the manual order to just above the story at the drop row (to
    /// the bottom when dropped after the last row), as one undo step.
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// A score as the Score column shows it: three significant figures at most after the point, with
    /// the locale's digit grouping (epic totals use it too, so they read alike).
    static QString scoreText(double score);

    qint64 storyIdAt(int row) const;
    /// Index into Workspace::stories of the story on `row`.
    std::uint32_t storyIndexAt(int row) const { return m_storyIndex[static_cast<std::size_t>(row)]; }
    /// Row of a story, -1 when not shown.
    int rowOf(qint64 storyId) const;

private:
    void rebuildRows();
    void refreshStoryIndexes();
    void onRankingChanged();
    void onStoriesAdded(const QList<qint64>& ids);
    void onStoriesAboutToBeRemoved(const QList<qint64>& ids);
    void onStoriesChanged(const QList<qint64>& ids);
    QVariant rankData(int row, int role) const;
    QVariant scoreData(int row, int role) const;

    Document& m_document;
    std::vector<qint64> m_ids;               ///< story id per row
    std::vector<std::uint32_t> m_storyIndex; ///< index into Workspace::stories per row
    bool m_layoutChanging = false;
};

} // namespace storyloom
