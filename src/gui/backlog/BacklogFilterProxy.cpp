#include "BacklogFilterProxy.h"

#include "BacklogModel.h"
#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "app/Readiness.h"
#include "domain/Workspace.h"

#include <algorithm>

namespace storyloom {
namespace {

QString qs(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string searchTextOf(const Story& s) {
    QString text;
    for (const std::string* part : {&s.title, &s.asA, &s.iWant, &s.soThat, &s.description}) {
        text += qs(*part);
        text += QChar(u'\n');
    }
    for (const auto& c : s.criteria)
        for (const std::string* part : {&c.text, &c.given, &c.when, &c.then}) {
            text += qs(*part);
            text += QChar(u'\n');
        }
    return text.toLower().toStdString();
}

template <typename T> bool contains(const std::vector<T>& values, const T& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

} // namespace

BacklogFilterProxy::BacklogFilterProxy(Document& document, QObject* parent)
    : QSortFilterProxyModel(parent), m_document(document), m_filter(std::make_unique<BacklogFilter>()) {
    setSortRole(BacklogModel::SortRole);
    connect(&m_document, &Document::reset, this, [this] { rebuildSearchText(); });
    connect(&m_document, &Document::storiesAdded, this, [this] {
        rebuildSearchText();
        refilter();
    });
    connect(&m_document, &Document::storiesRemoved, this, [this] { rebuildSearchText(); });
    connect(&m_document, &Document::storiesChanged, this, &BacklogFilterProxy::updateSearchText);
    rebuildSearchText();
}

BacklogFilterProxy::~BacklogFilterProxy() = default;

void BacklogFilterProxy::setSourceModel(QAbstractItemModel* model) {
    m_backlog = qobject_cast<BacklogModel*>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

void BacklogFilterProxy::rebuildSearchText() {
    const auto& stories = m_document.workspace().stories;
    m_searchText.resize(stories.size());
    for (std::size_t i = 0; i < stories.size(); ++i)
        m_searchText[i] = searchTextOf(stories[i]);
}

void BacklogFilterProxy::updateSearchText(const QList<qint64>& ids) {
    const auto& stories = m_document.workspace().stories;
    for (qint64 id : ids) {
        const auto i = m_document.storyIndex(id);
        if (i >= 0 && static_cast<std::size_t>(i) < m_searchText.size())
            m_searchText[static_cast<std::size_t>(i)] = searchTextOf(stories[static_cast<std::size_t>(i)]);
    }
    // The source model announced the change before this text was current.
    refilter();
}

void BacklogFilterProxy::refilter() {
    if (!m_filter->isEmpty())
        invalidateRowsFilter();
}

void BacklogFilterProxy::setFilter(const BacklogFilter& filter) {
    *m_filter = filter;
    m_needle = filter.text.trimmed().toLower().toStdString();
    invalidateRowsFilter();
}

void BacklogFilterProxy::setFilterText(const QString& text) {
    BacklogFilter f = *m_filter;
    f.text = text;
    setFilter(f);
}

bool BacklogFilterProxy::saveFilter(const QString& name) {
    return m_document.changeSettings({{BacklogFilter::settingName(name), m_filter->toString()}},
                                     tr("Save filter %1").arg(name));
}

bool BacklogFilterProxy::applySavedFilter(const QString& name) {
    const auto& settings = m_document.workspace().settings;
    const auto it = settings.find(BacklogFilter::settingName(name).toStdString());
    if (it == settings.end())
        return false;
    const auto filter = BacklogFilter::fromString(qs(it->second));
    if (!filter)
        return false;
    setFilter(*filter);
    return true;
}

QStringList BacklogFilterProxy::savedFilterNames() const {
    static const std::string prefix = "backlog.filter.";
    QStringList names;
    for (const auto& [key, value] : m_document.workspace().settings)
        if (key.rfind(prefix, 0) == 0)
            names.append(qs(key.substr(prefix.size())));
    return names;
}

bool BacklogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || !m_backlog)
        return false;
    const BacklogFilter& f = *m_filter;
    if (f.isEmpty())
        return true;
    const std::size_t i = m_backlog->storyIndexAt(sourceRow);
    const auto& stories = m_document.workspace().stories;
    if (i >= stories.size())
        return false;
    const Story& s = stories[i];
    if (!m_needle.empty() &&
        (i >= m_searchText.size() || m_searchText[i].find(m_needle) == std::string::npos))
        return false;
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
        isReady(s) != (f.readiness == BacklogFilter::Readiness::Ready))
        return false;
    return true;
}

} // namespace storyloom
