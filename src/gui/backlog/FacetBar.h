#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

class QAction;
class QEvent;
class QMenu;
class QToolButton;

namespace Ui {
class FacetBar;
}

namespace storyloom {

class BacklogFilterProxy;
class Document;
struct BacklogFilter;

/// The facet filters and saved filters above the backlog: one drop-down per facet (epic, status,
/// label, persona, release, readiness) listing the values the workspace holds, a "Clear filters"
/// button and a "Saved filters" drop-down.
///
/// The proxy owns the filter and its logic (OR within a facet, AND between facets); the bar only
/// edits the facets of proxy.filter() and leaves its free text alone, except that applying a saved
/// filter sets the whole filter, text included. Each button says how many values are chosen
/// ("Status (2)"), in its text and its accessible name, so the state is not shown by colour alone.
///
/// The value lists are built when a menu opens (reading every story's labels once per change of the
/// stories, not once per edit). Checking a value keeps the menu open so several can be chosen.
/// Call from the UI thread only.
class FacetBar : public QWidget {
    Q_OBJECT
public:
    enum class Facet { Epic, Status, Label, Persona, Release, Readiness };

    FacetBar(Document& document, BacklogFilterProxy& proxy, QWidget* parent = nullptr);
    ~FacetBar() override;

    QToolButton* button(Facet facet) const;
    /// The drop-down of `facet`, filled with the workspace's current values (as when it opens).
    QMenu* facetMenu(Facet facet);
    /// The "Saved filters" drop-down, filled as when it opens.
    QMenu* savedFiltersMenu();

    /// Puts the bar's buttons, in their order, right after `previous` in the window's tab order (the
    /// bar is usually created after the widgets that come after it on screen).
    void placeInTabOrderAfter(QWidget* previous);

    /// Removes every facet; the free text stays (the find bar owns it).
    void clearFacets();
    /// Stores the proxy's current filter as `name`: one undo step. Shows a warning and returns false
    /// when the workspace file refuses it.
    bool saveCurrentFilter(const QString& name);
    /// Applies the saved filter `name`; shows a warning and returns false when it cannot be read.
    bool applySavedFilter(const QString& name);

protected:
    /// Keeps a facet menu open when a value is checked, so several can be chosen in a row.
    bool eventFilter(QObject* watched, QEvent* event) override;

signals:
    /// The bar changed the proxy's filter. After a saved filter is applied the free text may differ
    /// too: the find bar should show proxy.filter().text.
    void filterChanged();

private:
    void fillMenu(Facet facet);
    void fillSavedMenu();
    void promptSaveFilter();
    void valueTriggered(Facet facet, QAction* action);
    void setFacets(const BacklogFilter& filter);
    void updateButtons();
    void valuesChanged();
    QMenu* menuOf(Facet facet) const;
    const QStringList& usedLabels();

    std::unique_ptr<Ui::FacetBar> m_ui;
    Document& m_document;
    BacklogFilterProxy& m_proxy;
    // What the form says for each facet button (in Facet order), before any value is chosen.
    QStringList m_baseTexts;
    QStringList m_baseNames;
    QStringList m_baseDescriptions;
    QStringList m_usedLabels; ///< sorted labels of all stories; rebuilt when stale
    bool m_labelsStale = true;
};

} // namespace storyloom
