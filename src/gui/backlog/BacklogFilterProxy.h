#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

#include <memory>
#include <string>
#include <vector>

namespace storyloom {

class BacklogModel;
class Document;
struct BacklogFilter;

/// Filters a BacklogModel by free text and facets (see BacklogFilter) and sorts by
/// BacklogModel::SortRole. Saved filters live in the workspace settings under
/// "backlog.filter.<name>", written through the document's undo stack.
///
/// The lower-cased search text of every story (title, user-story parts, description, criteria) is
/// built once per reset and updated for changed stories, so filterAcceptsRow() only searches.
class BacklogFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit BacklogFilterProxy(Document& document, QObject* parent = nullptr);
    ~BacklogFilterProxy() override;

    void setSourceModel(QAbstractItemModel* model) override;

    void setFilter(const BacklogFilter& filter);
    const BacklogFilter& filter() const { return *m_filter; }
    /// Changes only the free text (one keystroke).
    void setFilterText(const QString& text);

    /// Stores the current filter as `name` (one undo step). False when the document refuses.
    bool saveFilter(const QString& name);
    /// Applies the saved filter `name`; false when there is none or it cannot be read.
    bool applySavedFilter(const QString& name);
    QStringList savedFilterNames() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void rebuildSearchText();
    void updateSearchText(const QList<qint64>& ids);
    void refilter();

    Document& m_document;
    BacklogModel* m_backlog = nullptr;
    std::unique_ptr<BacklogFilter> m_filter;
    std::string m_needle;                  ///< lower-cased UTF-8 of the filter text, trimmed
    std::vector<std::string> m_searchText; ///< lower-cased UTF-8 per index into Workspace::stories
};

} // namespace storyloom
