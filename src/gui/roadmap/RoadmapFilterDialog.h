#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;
class QLineEdit;
class QListWidget;

namespace storyloom {

struct Workspace;
namespace roadmap {
struct RoadmapFilters;
}

// Domain and roadmap headers are not included here: moc cannot parse the C++20 headers they pull in.

/// Asks which epics a roadmap view shows: any number of themes, releases and horizons (Now / Next /
/// Later). Within one list the chosen entries combine with OR, across lists with AND; a list with
/// nothing chosen does not restrict. "Find" narrows the theme and release lists by name, so a workspace
/// with hundreds of entries stays usable; "Clear All" unticks everything.
///
/// Keyboard: Tab moves between Find and the three lists, the arrow keys walk a list, Space ticks the
/// current entry, Alt+C clears, Enter accepts, Escape cancels.
class RoadmapFilterDialog : public QDialog {
    Q_OBJECT
public:
    /// One entry of the theme or release list. Shown in the given order.
    struct Choice {
        qint64 id = 0;
        QString label;
    };

    RoadmapFilterDialog(const QList<Choice>& themes, const QList<Choice>& releases,
                        QWidget* parent = nullptr);

    /// Shows the dialog for the workspace's themes (by name) and releases (in date order, with their
    /// dates), ticked as `filters` says. On OK stores the choice in `filters` and returns true. Ids in
    /// `filters` that the workspace no longer has are dropped on OK.
    static bool ask(const Workspace& workspace, roadmap::RoadmapFilters& filters, QWidget* parent);

    /// Ticks these entries (ids that are not listed are ignored). Horizons: 0 Now, 1 Next, 2 Later.
    void setChosen(const QList<qint64>& themeIds, const QList<qint64>& releaseIds,
                   const QList<int>& horizons);
    /// Ticked entries, in list order.
    QList<qint64> chosenThemes() const;
    QList<qint64> chosenReleases() const;
    QList<int> chosenHorizons() const;
    /// Unticks every entry.
    void clearAll();
    /// Hides the theme and release entries whose label does not contain `text` (case-insensitive).
    void setFindText(const QString& text);

    QListWidget* themeList() const { return m_themes; }
    QListWidget* releaseList() const { return m_releases; }
    QListWidget* horizonList() const { return m_horizons; }

private:
    void updateCounts();

    QLineEdit* m_find;
    QListWidget* m_themes;
    QListWidget* m_releases;
    QListWidget* m_horizons;
    QLabel* m_themeLabel;
    QLabel* m_releaseLabel;
    QLabel* m_horizonLabel;
};

} // namespace storyloom
