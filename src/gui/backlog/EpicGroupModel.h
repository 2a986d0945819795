#pragma once

#include "BacklogModel.h"

#include <QAbstractItemModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>

#include <cstdint>
#include <vector>

namespace storyloom {

class Document;

/// The backlog grouped by epic, for a tree view: one top-level row per epic that has a story among
/// the source rows, ordered by the epic's best-ranked story, then "No epic" when some shown story
/// has none; under each group its stories in source order. Columns are the source's
/// (BacklogModel::Column). A group row shows "12 stories" in kCountColumn, "BASK-1 One-page
/// checkout" in the Title column, the points sum in Points and the score sum in Score ("—" when no
/// story of the group is scored), with a sentence for screen readers in Qt::AccessibleTextRole.
/// Story rows forward every role, setData and flags to the source; they drag, and drop on their
/// group (see dropMimeData()).
///
/// The source is a flat model with BacklogModel's columns and roles, in practice the
/// BacklogFilterProxy; it must deliver BacklogModel::StoryIndexRole, which this model resolves
/// against the document's workspace and ranking (no I/O, no per-row strings).
///
/// Source changes: resets become resets; layout changes, row insertions, removals and moves become
/// one layout change here whose persistent indexes (selections, a tree view's expanded groups)
/// follow their stories and epics; dataChanged becomes dataChanged on the story row and its group
/// row, or a layout change when a story moved to another epic. Regrouping is one pass over the
/// source rows. Call from the UI thread only.
class EpicGroupModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role {
        EpicIdRole = Qt::UserRole + 64, ///< qint64 Epic::id on group rows, 0 for "No epic"
        IsGroupRole                     ///< bool, true on group rows
    };
    /// Where a group row says how many stories it holds (the column a tree view draws the
    /// expand arrow in).
    static constexpr int kCountColumn = BacklogModel::RankColumn;

    explicit EpicGroupModel(Document& document, QObject* parent = nullptr);

    /// Groups `model` (nullptr for none). The model must outlive this one or be cleared first.
    void setSourceModel(QAbstractItemModel* model);
    QAbstractItemModel* sourceModel() const { return m_source; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Drag and drop: stories drag as the source's BacklogModel::kMimeType. A drop between the stories
    // of a group places the dragged stories there in the ranking (above the story below the drop
    // point, or below the group's last story); a drop on a group row only moves them into that epic.
    // Either moves stories from other epics into the group's epic; one undo step (StoryDrop).
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QModelIndexList& indexes) const override;
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    bool canDropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                         const QModelIndex& parent) const override;
    bool dropMimeData(const QMimeData* data, Qt::DropAction action, int row, int column,
                      const QModelIndex& parent) override;

    /// True for a group (epic) row.
    bool isGroup(const QModelIndex& index) const;
    /// The source index of a story row (same column); invalid for group rows and invalid indexes.
    QModelIndex mapToSource(const QModelIndex& index) const;
    /// The story row showing a source index; invalid when there is none.
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const;
    /// Story::id of a story row, 0 for group rows.
    qint64 storyIdAt(const QModelIndex& index) const;
    /// Epic::id of a group row or of a story row's group; 0 for "No epic" and invalid indexes.
    qint64 epicIdAt(const QModelIndex& index) const;
    /// Number of group rows.
    int groupCount() const { return static_cast<int>(m_groups.size()); }
    /// The group row of an epic (0 for "No epic"), invalid when no shown story belongs to it.
    QModelIndex groupIndex(qint64 epicId) const;

private:
    struct Group {
        qint64 epicId = 0;    ///< 0 for "No epic"
        int epicIndex = -1;   ///< index into Workspace::epics, -1 for "No epic"
        int bestPosition = 0; ///< best (lowest) ranking position among the group's stories
        int first = 0;        ///< offset into m_groupRows
        int count = 0;
        int points = 0;
        int unestimated = 0;
        int scored = 0;
        double score = 0;
    };
    /// What a persistent index pointed at before a layout change.
    struct Anchor {
        bool group = false;
        qint64 epicId = 0;
        QPersistentModelIndex source;
    };

    void regroup();
    void addTotals(Group& group, int sourceRow) const;
    const Group* groupOf(const QModelIndex& index) const;
    int sourceRowOf(const QModelIndex& index) const;
    QVariant groupData(const Group& group, int column, int role) const;
    QString groupLabel(const Group& group) const;
    QString groupSentence(const Group& group) const;

    // Source signals.
    void sourceLayoutAboutToChange();
    void sourceLayoutChanged();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);

    Document& m_document;
    QPointer<QAbstractItemModel> m_source;
    std::vector<Group> m_groups;
    std::vector<int> m_groupRows; ///< source rows, grouped: group g owns [first, first + count)
    std::vector<int> m_rowGroup;  ///< group per source row
    std::vector<int> m_childRow;  ///< row under its group per source row
    std::vector<QMetaObject::Connection> m_connections;
    int m_layoutDepth = 0;
    QModelIndexList m_layoutIndexes;
    std::vector<Anchor> m_layoutAnchors;
};

} // namespace storyloom
