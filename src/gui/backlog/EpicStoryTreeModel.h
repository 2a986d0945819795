#pragma once

#include <QAbstractItemModel>

#include <vector>

namespace storyloom {

class Document;

/// Epics (in manual order, then a "No epic" group when needed) with their stories (in backlog order)
/// as children. Read-only; follows Document::aboutToReset / reset one to one.
///
/// data() does no I/O: everything comes from the document's in-memory workspace.
class EpicStoryTreeModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, TitleColumn, StatusColumn, PointsColumn, MoscowColumn, ColumnCount };

    explicit EpicStoryTreeModel(Document& document, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Number of epic groups (including "No epic" when present).
    int groupCount() const { return static_cast<int>(m_groups.size()); }

private:
    struct Group {
        int epicIndex = -1;        ///< index into Workspace::epics, -1 for "No epic"
        std::vector<int> stories;  ///< indexes into Workspace::stories, in backlog order
        int points = 0;
    };

    void rebuild();
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant storyData(int storyIndex, int column, int role) const;

    Document& m_document;
    std::vector<Group> m_groups;
};

} // namespace storyloom
