#pragma once

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>
#include <QStringList>
#include <QTimer>

#include <cstddef>
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
/// Built for one keystroke on 100,000 stories to cost a few milliseconds:
/// - the proxy keeps the accepted source rows in a plain vector; a filter change re-tests only the
///   rows that can change (typing more only re-tests the rows still shown, deleting text only the
///   hidden ones) and is announced as one layout change that keeps persistent indexes, hence
///   selections, on their stories (rows filtered out lose theirs);
/// - the lower-cased search text of every story (title, user-story parts, description, criteria)
///   sits in one buffer, built in idle time after a load (or on the first search, whatever comes
///   first) and updated for changed stories; a test is one byte search over that text;
/// - rows keep the source (ranking) order unless sort() was asked for a column.
///
/// Source insertions, removals and re-rankings become layout changes of the proxy. Call from the UI
/// thread only.
class BacklogFilterProxy : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit BacklogFilterProxy(Document& document, QObject* parent = nullptr);
    ~BacklogFilterProxy() override;

    void setSourceModel(QAbstractItemModel* model) override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;

    /// Sorts by the column's BacklogModel::SortRole (numbers numerically, text case-insensitively;
    /// ties keep the ranking order). Column -1 restores the ranking order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    void setFilter(const BacklogFilter& filter);
    const BacklogFilter& filter() const { return *m_filter; }
    /// Changes only the free text (one keystroke).
    void setFilterText(const QString& text);

    /// Stores the current filter as `name` (one undo step). False when the document refuses.
    bool saveFilter(const QString& name);
    /// Applies the saved filter `name`; false when there is none or it cannot be read.
    bool applySavedFilter(const QString& name);
    QStringList savedFilterNames() const;

    /// Builds the search text of every story now instead of in idle time (benchmarks, tests).
    void prepareSearchText();

private:
    struct Span {
        std::size_t offset = 0;
        std::size_t length = 0;
    };
    enum class Retest { All, Shown, Hidden };
    enum class SourceChange { Layout, Insert, Remove, Other };

    // Search text, indexed like Workspace::stories.
    void clearSearchText();
    void buildSearchTextChunk();
    void ensureSearchText(std::size_t count);
    void appendSearchText(std::size_t storyIndex);
    void compactSearchText();
    void onStoriesAboutToBeRemoved(const QList<qint64>& ids);
    void onStoriesRemoved();
    void onStoriesChanged(const QList<qint64>& ids);

    // Filtering and mapping.
    bool accepts(int sourceRow, bool testText, bool testFacets) const;
    bool acceptsStory(std::size_t storyIndex, bool testText, bool testFacets) const;
    bool needsText() const;
    void retest(Retest which, bool testText, bool testFacets);
    void rebuildOrder();
    void rebuildMapping();
    /// Runs `change` (which rewrites m_accepted / m_order) inside one layout change that keeps
    /// persistent indexes on their source rows.
    template <typename Change> void changeLayout(Change&& change);

    // Source model signals.
    void connectSource(QAbstractItemModel* model);
    void sourceAboutToChange(SourceChange change, int first = -1, int last = -1);
    void sourceChanged();
    void sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                           const QList<int>& roles);
    void resetFromSource();

    Document& m_document;
    BacklogModel* m_backlog = nullptr;
    std::unique_ptr<BacklogFilter> m_filter;
    std::string m_needle; ///< lower-cased UTF-8 of the filter text, trimmed

    std::string m_text;                ///< the search text of all stories, back to back
    std::vector<Span> m_spans;         ///< per index into Workspace::stories: its part of m_text
    std::size_t m_garbage = 0;         ///< bytes of m_text no span points at any more
    std::vector<std::size_t> m_doomed; ///< story indexes announced by storiesAboutToBeRemoved
    QTimer m_buildTimer;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;         ///< source rows in display order (empty: source order)
    std::vector<char> m_accepted;     ///< per source row
    std::vector<int> m_proxyToSource; ///< source row per proxy row
    std::vector<int> m_sourceToProxy; ///< proxy row per source row, -1 when filtered out
    // State between a source model's about-to signal and its signal.
    SourceChange m_change = SourceChange::Other;
    int m_changeFirst = -1;
    int m_changeLast = -1;
    std::vector<char> m_acceptedByStory;         ///< per index into Workspace::stories
    QModelIndexList m_layoutProxy;               ///< persistent proxy indexes
    QList<QPersistentModelIndex> m_layoutSource; ///< their source indexes
    std::vector<QMetaObject::Connection> m_sourceConnections;
};

} // namespace storyloom
