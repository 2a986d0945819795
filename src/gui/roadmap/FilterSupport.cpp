#include "FilterSupport.h"

#include "domain/Workspace.h"
#include "roadmap/Layouts.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace storyloom::roadmapfilters {
namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("RoadmapFilters", text);
}

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// At most three names, then "and N more": the summary stays one readable line.
QString nameList(const QStringList& names) {
    constexpr qsizetype kShown = 3;
    if (names.size() <= kShown)
        return names.join(QStringLiteral(", "));
    return tr("%1 and %2 more")
        .arg(names.first(kShown).join(QStringLiteral(", ")))
        .arg(names.size() - kShown);
}

} // namespace

roadmap::RoadmapFilters withoutMissing(const Workspace& workspace, const roadmap::RoadmapFilters& filters,
                                       int* missingThemes, int* missingReleases) {
    std::size_t themes = 0;
    std::size_t releases = 0;
    roadmap::RoadmapFilters out = roadmap::existingFilters(workspace, filters, &themes, &releases);
    if (missingThemes)
        *missingThemes = static_cast<int>(themes);
    if (missingReleases)
        *missingReleases = static_cast<int>(releases);
    return out;
}

roadmap::RoadmapSpec withExistingFilters(const Workspace& workspace, const roadmap::RoadmapSpec& spec) {
    roadmap::RoadmapSpec out = spec;
    out.filters = withoutMissing(workspace, spec.filters);
    return out;
}

QString summary(const Workspace& workspace, const roadmap::RoadmapFilters& filters, std::size_t shown) {
    const QString total = QLocale().toString(static_cast<qulonglong>(workspace.epics.size()));
    if (filters.isEmpty())
        return tr("Not filtered: all %1 epics shown").arg(total);
    QStringList parts;
    if (!filters.themeIds.empty()) {
        QStringList names;
        for (const Theme& t : workspace.themes)
            if (std::find(filters.themeIds.begin(), filters.themeIds.end(), t.id) != filters.themeIds.end())
                names << qs(t.name);
        parts << (names.size() == 1 ? tr("theme %1") : tr("themes %1")).arg(nameList(names));
    }
    if (!filters.releaseIds.empty()) {
        QStringList names;
        for (const Release& r : workspace.releases)
            if (std::find(filters.releaseIds.begin(), filters.releaseIds.end(), r.id) !=
                filters.releaseIds.end())
                names << qs(r.name);
        parts << (names.size() == 1 ? tr("release %1") : tr("releases %1")).arg(nameList(names));
    }
    if (!filters.horizons.empty()) {
        QStringList names;
        for (Horizon h : {Horizon::Now, Horizon::Next, Horizon::Later})
            if (std::find(filters.horizons.begin(), filters.horizons.end(), h) != filters.horizons.end())
                names << qs(label(h));
        parts << (names.size() == 1 ? tr("horizon %1") : tr("horizons %1")).arg(nameList(names));
    }
    return tr("Filtered: %1 — %2 of %3 epics shown")
        .arg(parts.join(QStringLiteral(" · ")))
        .arg(QLocale().toString(static_cast<qulonglong>(shown)), total);
}

QString missingMessage(int missingThemes, int missingReleases) {
    QStringList what;
    if (missingThemes == 1)
        what << tr("a theme");
    else if (missingThemes > 1)
        what << tr("%1 themes").arg(missingThemes);
    if (missingReleases == 1)
        what << tr("a release");
    else if (missingReleases > 1)
        what << tr("%1 releases").arg(missingReleases);
    if (what.isEmpty())
        return {};
    const bool one = missingThemes + missingReleases == 1;
    return (one ? tr("This view's filters name %1 that is no longer in the workspace; it is ignored. Choose "
                     "Filter… to pick again, then Save View… to keep the change.")
                : tr("This view's filters name %1 that are no longer in the workspace; they are ignored. "
                     "Choose Filter… to pick again, then Save View… to keep the change."))
        .arg(what.join(tr(" and ")));
}

QString releaseLabel(const QString& name, int year, int month, int day) {
    const QDate date(year, month, day);
    if (!date.isValid())
        return name;
    return tr("%1 (%2)").arg(name, QLocale().toString(date, QLocale::ShortFormat));
}

} // namespace storyloom::roadmapfilters
