#include "JiraScopeFilter.h"

#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "app/Readiness.h"
#include "domain/Workspace.h"

#include <algorithm>

namespace storyloom {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

template <typename T> bool contains(const std::vector<T>& values, const T& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

bool textMatches(const Story& s, const QString& needle) {
    auto has = [&](const std::string& text) { return qs(text).contains(needle, Qt::CaseInsensitive); };
    if (has(s.title) || has(s.asA) || has(s.iWant) || has(s.soThat) || has(s.description))
        return true;
    return std::any_of(s.criteria.begin(), s.criteria.end(), [&](const AcceptanceCriterion& c) {
        return has(c.text) || has(c.given) || has(c.when) || has(c.then);
    });
}

/// The backlog view's facet rules (BacklogFilterProxy), readiness included.
bool matches(const Story& s, const BacklogFilter& f, const ReadinessContext& readiness) {
    if (!f.epicIds.empty() && (!s.epicId || !contains(f.epicIds, *s.epicId)))
        return false;
    if (!f.statuses.empty() && !contains(f.statuses, s.status))
        return false;
    if (!f.releaseIds.empty() && (!s.releaseId || !contains(f.releaseIds, *s.releaseId)))
        return false;
    if (!f.labels.isEmpty() && std::none_of(s.labels.begin(), s.labels.end(),
                                            [&](const std::string& l) { return f.labels.contains(qs(l)); }))
        return false;
    if (!f.personaIds.empty() && std::none_of(s.personaIds.begin(), s.personaIds.end(),
                                              [&](Id p) { return contains(f.personaIds, p); }))
        return false;
    if (f.readiness != BacklogFilter::Readiness::Any &&
        isReady(s, readiness) != (f.readiness == BacklogFilter::Readiness::Ready))
        return false;
    const QString needle = f.text.trimmed();
    return needle.isEmpty() || textMatches(s, needle);
}

} // namespace

jira::Selection jiraSelection(const Document& document, JiraExportDialog::Scope scope, const QString& epicKey,
                              const QString& releaseName, const QString& filterName,
                              const QList<qint64>& selectedStoryIds) {
    switch (scope) {
    case JiraExportDialog::Scope::Epic:
        return jira::Selection::epic(epicKey.toStdString());
    case JiraExportDialog::Scope::Release:
        return jira::Selection::release(releaseName.toStdString());
    case JiraExportDialog::Scope::Selection:
        return jira::Selection::stories(std::vector<Id>(selectedStoryIds.begin(), selectedStoryIds.end()));
    case JiraExportDialog::Scope::Filter: {
        const Workspace& ws = document.workspace();
        const auto it = ws.settings.find(BacklogFilter::settingName(filterName).toStdString());
        const std::optional<BacklogFilter> filter =
            it == ws.settings.end() ? std::nullopt : BacklogFilter::fromString(qs(it->second));
        if (!filter || filter->readiness == BacklogFilter::Readiness::Any)
            return jira::Selection::filter(filterName.toStdString());
        std::vector<Id> ids;
        const ReadinessContext& readiness = document.readinessContext();
        for (const Story& s : ws.stories)
            if (matches(s, *filter, readiness))
                ids.push_back(s.id);
        return jira::Selection::stories(std::move(ids));
    }
    case JiraExportDialog::Scope::Everything:
        break;
    }
    return jira::Selection::everything();
}

} // namespace storyloom
