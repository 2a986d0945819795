#include "BacklogFilterProxy.h"

#include "BacklogModel.h"
#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "app/Readiness.h"
#include "domain/Workspace.h"

#include <algorithm>
#include <cstring>
#include <numeric>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace storyloom {
namespace {

/// Stories the idle-time build lowers per timer tick: a few milliseconds of work.
constexpr std::size_t kBuildChunk = 4000;

QString qs(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// Appends `part` lower-cased. ASCII (nearly all backlog text) is lowered byte by byte; anything
/// else goes through QString::toLower so the search matches Unicode case folding of the needle.
void appendLowered(std::string& out, const std::string& part) {
    const bool ascii = std::all_of(part.begin(), part.end(), [](char c) { return (c & 0x80) == 0; });
    if (ascii) {
        const std::size_t start = out.size();
        out += part;
        for (std::size_t i = start; i < out.size(); ++i)
            if (out[i] >= 'A' && out[i] <= 'Z')
                out[i] = static_cast<char>(out[i] + ('a' - 'A'));
    } else {
        const QByteArray lowered = qs(part).toLower().toUtf8();
        out.append(lowered.constData(), static_cast<std::size_t>(lowered.size()));
    }
    out += '\n';
}

/// True when `needle` occurs in [text, text + size). memmem() walks bytes for needles of two or more
/// characters; this tests 16 positions at once for the needle's first and last byte and compares
/// the rest only where both match (the 56 MB of text of the 100,000-story benchmark, read in memory
/// order, take about 10 ms).
bool containsBytes(const char* text, std::size_t size, const std::string& needle) {
    const std::size_t k = needle.size();
    if (k == 0)
        return true;
    if (k > size)
        return false;
    if (k == 1)
        return std::memchr(text, needle[0], size) != nullptr;
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i first = _mm_set1_epi8(needle[0]);
    const __m128i last = _mm_set1_epi8(needle[k - 1]);
    for (; i + k - 1 + 16 <= size; i += 16) {
        const __m128i atFirst = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
        const __m128i atLast = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i + k - 1));
        auto mask = static_cast<unsigned>(
            _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(atFirst, first), _mm_cmpeq_epi8(atLast, last))));
        while (mask != 0) {
            const auto bit = static_cast<std::size_t>(__builtin_ctz(mask));
            if (std::memcmp(text + i + bit + 1, needle.data() + 1, k - 2) == 0)
                return true;
            mask &= mask - 1;
        }
    }
#endif
    for (; i + k <= size; ++i)
        if (text[i] == needle[0] && std::memcmp(text + i, needle.data(), k) == 0)
            return true;
    return false;
}

template <typename T> bool contains(const std::vector<T>& values, const T& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

/// A sort key: a number where the role gives one, text otherwise.
struct SortKey {
    double number = 0;
    QString text;
    bool isText = false;
};

SortKey sortKeyOf(const QVariant& v) {
    SortKey key;
    switch (v.typeId()) {
    case QMetaType::QString:
        key.text = v.toString();
        key.isText = true;
        break;
    case QMetaType::UnknownType:
        key.number = -1e308; // no value sorts first
        break;
    default:
        key.number = v.toDouble();
        break;
    }
    return key;
}

bool lessThan(const SortKey& a, const SortKey& b) {
    if (a.isText != b.isText)
        return !a.isText; // numbers before text; a column normally has one kind
    if (a.isText)
        return QString::compare(a.text, b.text, Qt::CaseInsensitive) < 0;
    return a.number < b.number;
}

} // namespace

BacklogFilterProxy::BacklogFilterProxy(Document& document, QObject* parent)
    : QAbstractProxyModel(parent), m_document(document), m_filter(std::make_unique<BacklogFilter>()) {
    m_buildTimer.setInterval(0);
    connect(&m_buildTimer, &QTimer::timeout, this, &BacklogFilterProxy::buildSearchTextChunk);
    // The text of the old content must go before anything asks for the new content's.
    connect(&m_document, &Document::aboutToReset, this, &BacklogFilterProxy::clearSearchText);
    connect(&m_document, &Document::reset, this, [this] { m_buildTimer.start(); });
    connect(&m_document, &Document::storiesAboutToBeRemoved, this,
            &BacklogFilterProxy::onStoriesAboutToBeRemoved);
    connect(&m_document, &Document::storiesRemoved, this, &BacklogFilterProxy::onStoriesRemoved);
    connect(&m_document, &Document::storiesChanged, this, &BacklogFilterProxy::onStoriesChanged);
    m_buildTimer.start();
}

BacklogFilterProxy::~BacklogFilterProxy() = default;

// --- Search text ---------------------------------------------------------------------------------

void BacklogFilterProxy::clearSearchText() {
    m_buildTimer.stop();
    m_text.clear();
    m_spans.clear();
    m_garbage = 0;
    m_doomed.clear();
}

void BacklogFilterProxy::buildSearchTextChunk() {
    const std::size_t total = m_document.workspace().stories.size();
    ensureSearchText(std::min(total, m_spans.size() + kBuildChunk));
    if (m_spans.size() >= total)
        m_buildTimer.stop();
}

void BacklogFilterProxy::prepareSearchText() {
    ensureSearchText(m_document.workspace().stories.size());
    m_buildTimer.stop();
}

void BacklogFilterProxy::ensureSearchText(std::size_t count) {
    // Stories are only ever appended to Workspace::stories, so the spans cover a prefix of it.
    const std::size_t total = std::min(count, m_document.workspace().stories.size());
    if (m_spans.size() >= total)
        return;
    m_spans.reserve(total);
    while (m_spans.size() < total)
        appendSearchText(m_spans.size());
}

void BacklogFilterProxy::appendSearchText(std::size_t storyIndex) {
    const Story& s = m_document.workspace().stories[storyIndex];
    Span span;
    span.offset = m_text.size();
    for (const std::string* part : {&s.title, &s.asA, &s.iWant, &s.soThat, &s.description})
        appendLowered(m_text, *part);
    for (const auto& c : s.criteria)
        for (const std::string* part : {&c.text, &c.given, &c.when, &c.then})
            appendLowered(m_text, *part);
    span.length = m_text.size() - span.offset;
    if (storyIndex < m_spans.size()) {
        m_garbage += m_spans[storyIndex].length;
        m_spans[storyIndex] = span;
    } else {
        m_spans.push_back(span);
    }
}

void BacklogFilterProxy::compactSearchText() {
    std::string text;
    text.reserve(m_text.size() - m_garbage);
    for (Span& span : m_spans) {
        const std::size_t offset = text.size();
        text.append(m_text, span.offset, span.length);
        span.offset = offset;
    }
    m_text = std::move(text);
    m_garbage = 0;
}

void BacklogFilterProxy::onStoriesAboutToBeRemoved(const QList<qint64>& ids) {
    m_doomed.clear();
    for (qint64 id : ids)
        if (const auto i = m_document.storyIndex(id); i >= 0)
            m_doomed.push_back(static_cast<std::size_t>(i));
}

void BacklogFilterProxy::onStoriesRemoved() {
    // Workspace::stories erased the same positions, keeping the order of the rest.
    std::vector<char> gone(m_spans.size(), 0);
    for (std::size_t i : m_doomed)
        if (i < gone.size()) {
            gone[i] = 1;
            m_garbage += m_spans[i].length;
        }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < m_spans.size(); ++i)
        if (!gone[i])
            m_spans[kept++] = m_spans[i];
    m_spans.resize(kept);
    m_doomed.clear();
}

void BacklogFilterProxy::onStoriesChanged(const QList<qint64>& ids) {
    std::vector<char> changed(m_document.workspace().stories.size(), 0);
    for (qint64 id : ids) {
        const auto i = m_document.storyIndex(id);
        if (i < 0)
            continue;
        changed[static_cast<std::size_t>(i)] = 1;
        if (static_cast<std::size_t>(i) < m_spans.size())
            appendSearchText(static_cast<std::size_t>(i));
    }
    if (m_garbage > (1u << 20) && m_garbage > m_text.size() / 2)
        compactSearchText();
    // The source model may have announced the change before this text was current: test the
    // changed stories' rows again.
    if (!m_backlog || m_filter->isEmpty())
        return;
    std::vector<int> rows;
    for (int r = 0; r < static_cast<int>(m_accepted.size()); ++r)
        if (const auto i = m_backlog->storyIndexAt(r); i < changed.size() && changed[i])
            rows.push_back(r);
    ensureSearchText(m_document.workspace().stories.size());
    const bool differs = std::any_of(rows.begin(), rows.end(), [&](int r) {
        return accepts(r, true, true) != static_cast<bool>(m_accepted[static_cast<std::size_t>(r)]);
    });
    if (differs)
        changeLayout([&] {
            for (int r : rows)
                m_accepted[static_cast<std::size_t>(r)] = accepts(r, true, true);
        });
}

// --- Filtering -----------------------------------------------------------------------------------

bool BacklogFilterProxy::needsText() const {
    return !m_needle.empty();
}

bool BacklogFilterProxy::accepts(int sourceRow, bool testText, bool testFacets) const {
    return m_backlog && acceptsStory(m_backlog->storyIndexAt(sourceRow), testText, testFacets);
}

bool BacklogFilterProxy::acceptsStory(std::size_t i, bool testText, bool testFacets) const {
    if (testText && !m_needle.empty()) {
        if (i >= m_spans.size())
            return false;
        const Span& span = m_spans[i];
        if (!containsBytes(m_text.data() + span.offset, span.length, m_needle))
            return false;
    }
    const BacklogFilter& f = *m_filter;
    if (!testFacets)
        return true;
    const auto& stories = m_document.workspace().stories;
    if (i >= stories.size())
        return false;
    const Story& s = stories[i];
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
        isReady(s, m_document.readinessContext()) != (f.readiness == BacklogFilter::Readiness::Ready))
        return false;
    return true;
}

void BacklogFilterProxy::retest(Retest which, bool testText, bool testFacets) {
    if (testText && needsText())
        ensureSearchText(m_document.workspace().stories.size());
    const bool facets = testFacets && !m_filter->isEmpty();
    if (!m_backlog)
        return;
    // Test in the order of Workspace::stories, which is the order of their text in memory: reading
    // 50 MB of text front to back is several times faster than hopping through it in ranking order.
    enum : char { Skip, Test, Accepted };
    std::vector<char> byStory(m_document.workspace().stories.size(), Skip);
    const auto selected = [&](std::size_t r) {
        const bool shown = m_accepted[r] != 0;
        return which == Retest::All || (which == Retest::Shown) == shown;
    };
    for (std::size_t r = 0; r < m_accepted.size(); ++r)
        if (const std::size_t i = m_backlog->storyIndexAt(static_cast<int>(r));
            i < byStory.size() && selected(r))
            byStory[i] = Test;
    for (std::size_t i = 0; i < byStory.size(); ++i)
        if (byStory[i] == Test && acceptsStory(i, testText, facets))
            byStory[i] = Accepted;
    for (std::size_t r = 0; r < m_accepted.size(); ++r) {
        if (!selected(r))
            continue;
        const std::size_t i = m_backlog->storyIndexAt(static_cast<int>(r));
        m_accepted[r] = i < byStory.size() && byStory[i] == Accepted;
    }
}

void BacklogFilterProxy::setFilter(const BacklogFilter& filter) {
    BacklogFilter facetsBefore = *m_filter;
    BacklogFilter facetsAfter = filter;
    facetsBefore.text.clear();
    facetsAfter.text.clear();
    const std::string before = m_needle;
    *m_filter = filter;
    m_needle = filter.text.trimmed().toLower().toStdString();
    if (facetsBefore == facetsAfter && before == m_needle)
        return;
    changeLayout([&] {
        if (facetsBefore != facetsAfter)
            retest(Retest::All, true, true);
        else if (m_needle.find(before) != std::string::npos)
            retest(Retest::Shown, true, false); // a longer needle: only shown rows can go
        else if (before.find(m_needle) != std::string::npos)
            retest(Retest::Hidden, true, true); // a shorter needle: only hidden rows can come
        else
            retest(Retest::All, true, true);
    });
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

// --- Order and mapping ---------------------------------------------------------------------------

void BacklogFilterProxy::sort(int column, Qt::SortOrder order) {
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    changeLayout([&] {
        m_sortColumn = column;
        m_sortOrder = order;
        rebuildOrder();
    });
}

void BacklogFilterProxy::rebuildOrder() {
    QAbstractItemModel* source = sourceModel();
    if (m_sortColumn < 0 || !source || m_sortColumn >= source->columnCount()) {
        m_order.clear();
        return;
    }
    const int rows = static_cast<int>(m_accepted.size());
    std::vector<SortKey> keys(static_cast<std::size_t>(rows));
    for (int r = 0; r < rows; ++r)
        keys[static_cast<std::size_t>(r)] =
            sortKeyOf(source->data(source->index(r, m_sortColumn), BacklogModel::SortRole));
    m_order.resize(static_cast<std::size_t>(rows));
    std::iota(m_order.begin(), m_order.end(), 0);
    // Stable in both directions, so equal values keep the ranking order.
    const auto key = [&](int r) -> const SortKey& { return keys[static_cast<std::size_t>(r)]; };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return lessThan(key(a), key(b)); });
    else
        std::stable_sort(m_order.begin(), m_order.end(),
                         [&](int a, int b) { return lessThan(key(b), key(a)); });
}

void BacklogFilterProxy::rebuildMapping() {
    const std::size_t rows = m_accepted.size();
    m_proxyToSource.clear();
    m_sourceToProxy.assign(rows, -1);
    const bool sorted = m_order.size() == rows && m_sortColumn >= 0;
    for (std::size_t i = 0; i < rows; ++i) {
        const int r = sorted ? m_order[i] : static_cast<int>(i);
        if (m_accepted[static_cast<std::size_t>(r)]) {
            m_sourceToProxy[static_cast<std::size_t>(r)] = static_cast<int>(m_proxyToSource.size());
            m_proxyToSource.push_back(r);
        }
    }
}

template <typename Change> void BacklogFilterProxy::changeLayout(Change&& change) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> sourceRows;
    sourceRows.reserve(static_cast<std::size_t>(before.size()));
    for (const QModelIndex& index : before)
        sourceRows.push_back(m_proxyToSource[static_cast<std::size_t>(index.row())]);
    change();
    rebuildMapping();
    if (!before.isEmpty()) {
        QModelIndexList after;
        after.reserve(before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row =
                m_sourceToProxy[static_cast<std::size_t>(sourceRows[static_cast<std::size_t>(i)])];
            after.append(row < 0 ? QModelIndex() : createIndex(row, before[i].column()));
        }
        changePersistentIndexList(before, after);
    }
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

// --- Source model --------------------------------------------------------------------------------

void BacklogFilterProxy::setSourceModel(QAbstractItemModel* model) {
    beginResetModel();
    for (const auto& c : m_sourceConnections)
        disconnect(c);
    m_sourceConnections.clear();
    m_backlog = qobject_cast<BacklogModel*>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (model)
        connectSource(model);
    resetFromSource();
    endResetModel();
}

void BacklogFilterProxy::connectSource(QAbstractItemModel* model) {
    using M = QAbstractItemModel;
    auto& c = m_sourceConnections;
    c.push_back(connect(model, &M::dataChanged, this, &BacklogFilterProxy::sourceDataChanged));
    c.push_back(connect(model, &M::headerDataChanged, this, &BacklogFilterProxy::headerDataChanged));
    c.push_back(connect(model, &M::modelAboutToBeReset, this, [this] { beginResetModel(); }));
    c.push_back(connect(model, &M::modelReset, this, [this] {
        resetFromSource();
        endResetModel();
    }));
    // Rows inserted, removed or moved in the source, and its re-rankings, rebuild the mapping as
    // one layout change: rows come and go in scattered places once filtered or sorted.
    using S = SourceChange;
    const auto after = [this] { sourceChanged(); };
    c.push_back(connect(model, &M::layoutAboutToBeChanged, this, [this] { sourceAboutToChange(S::Layout); }));
    c.push_back(connect(model, &M::layoutChanged, this, after));
    c.push_back(
        connect(model, &M::rowsAboutToBeInserted, this, [this](const QModelIndex&, int first, int last) {
            sourceAboutToChange(S::Insert, first, last);
        }));
    c.push_back(connect(model, &M::rowsInserted, this, after));
    c.push_back(
        connect(model, &M::rowsAboutToBeRemoved, this, [this](const QModelIndex&, int first, int last) {
            sourceAboutToChange(S::Remove, first, last);
        }));
    c.push_back(connect(model, &M::rowsRemoved, this, after));
    c.push_back(connect(model, &M::rowsAboutToBeMoved, this, [this] { sourceAboutToChange(S::Other); }));
    c.push_back(connect(model, &M::rowsMoved, this, after));
    // The backlog has fixed columns; a source that changes its columns starts over.
    for (auto aboutColumns : {&M::columnsAboutToBeInserted, &M::columnsAboutToBeRemoved})
        c.push_back(connect(model, aboutColumns, this, [this] { beginResetModel(); }));
    for (auto columns : {&M::columnsInserted, &M::columnsRemoved})
        c.push_back(connect(model, columns, this, [this] {
            resetFromSource();
            endResetModel();
        }));
}

void BacklogFilterProxy::resetFromSource() {
    QAbstractItemModel* source = sourceModel();
    m_accepted.assign(source ? static_cast<std::size_t>(source->rowCount()) : 0, 1);
    if (!m_backlog)
        std::fill(m_accepted.begin(), m_accepted.end(), 0);
    else if (!m_filter->isEmpty())
        retest(Retest::All, true, true);
    rebuildOrder();
    rebuildMapping();
}

void BacklogFilterProxy::sourceAboutToChange(SourceChange change, int first, int last) {
    emit layoutAboutToBeChanged({}, QAbstractItemModel::NoLayoutChangeHint);
    m_change = change;
    m_changeFirst = first;
    m_changeLast = last;
    m_layoutProxy = persistentIndexList();
    m_layoutSource.clear();
    m_layoutSource.reserve(m_layoutProxy.size());
    for (const QModelIndex& index : std::as_const(m_layoutProxy))
        m_layoutSource.append(QPersistentModelIndex(mapToSource(index)));
    // A re-ranking moves rows but not stories: remember what each story showed, by its index into
    // Workspace::stories, rather than test every story again.
    m_acceptedByStory.clear();
    if (change == SourceChange::Layout && m_backlog) {
        m_acceptedByStory.assign(m_document.workspace().stories.size(), 0);
        for (std::size_t r = 0; r < m_accepted.size() && m_change == SourceChange::Layout; ++r) {
            const std::size_t i = m_backlog->storyIndexAt(static_cast<int>(r));
            if (i < m_acceptedByStory.size())
                m_acceptedByStory[i] = m_accepted[r];
            else
                m_change = SourceChange::Other;
        }
    }
}

void BacklogFilterProxy::sourceChanged() {
    const auto rows = static_cast<std::size_t>(sourceModel()->rowCount());
    const auto first = static_cast<std::size_t>(std::max(0, m_changeFirst));
    const auto count = static_cast<std::size_t>(std::max(0, m_changeLast - m_changeFirst + 1));
    bool done = false;
    if (m_change == SourceChange::Layout && rows == m_accepted.size()) {
        done = true;
        for (std::size_t r = 0; r < rows && done; ++r) {
            const std::size_t i = m_backlog->storyIndexAt(static_cast<int>(r));
            done = i < m_acceptedByStory.size();
            if (done)
                m_accepted[r] = m_acceptedByStory[i];
        }
    } else if (m_change == SourceChange::Insert && first <= m_accepted.size() &&
               rows == m_accepted.size() + count) {
        m_accepted.insert(m_accepted.begin() + static_cast<std::ptrdiff_t>(first), count, 0);
        if (needsText())
            ensureSearchText(m_document.workspace().stories.size());
        for (std::size_t r = first; r < first + count; ++r)
            m_accepted[r] = m_filter->isEmpty() || accepts(static_cast<int>(r), true, true);
        done = true;
    } else if (m_change == SourceChange::Remove && first + count <= m_accepted.size() &&
               rows + count == m_accepted.size()) {
        const auto from = m_accepted.begin() + static_cast<std::ptrdiff_t>(first);
        m_accepted.erase(from, from + static_cast<std::ptrdiff_t>(count));
        done = true;
    }
    if (done) {
        rebuildOrder();
        rebuildMapping();
    } else {
        resetFromSource();
    }
    m_acceptedByStory.clear();
    QModelIndexList after;
    after.reserve(m_layoutProxy.size());
    for (const QPersistentModelIndex& source : std::as_const(m_layoutSource))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxy, after);
    m_layoutProxy.clear();
    m_layoutSource.clear();
    emit layoutChanged({}, QAbstractItemModel::NoLayoutChangeHint);
}

void BacklogFilterProxy::sourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                                           const QList<int>& roles) {
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row();
    const int last = std::min(bottomRight.row(), static_cast<int>(m_accepted.size()) - 1);
    if (!m_filter->isEmpty()) {
        if (needsText())
            ensureSearchText(m_document.workspace().stories.size());
        bool differs = false;
        for (int r = first; r <= last && !differs; ++r)
            differs = accepts(r, true, true) != static_cast<bool>(m_accepted[static_cast<std::size_t>(r)]);
        if (differs)
            return changeLayout([&] {
                for (int r = first; r <= last; ++r)
                    m_accepted[static_cast<std::size_t>(r)] = accepts(r, true, true);
                rebuildOrder();
            });
    }
    if (m_sortColumn >= topLeft.column() && m_sortColumn <= bottomRight.column())
        return changeLayout([&] { rebuildOrder(); });
    for (int r = first; r <= last; ++r)
        if (const int p = m_sourceToProxy[static_cast<std::size_t>(r)]; p >= 0)
            emit dataChanged(createIndex(p, topLeft.column()), createIndex(p, bottomRight.column()), roles);
}

// --- Structure -----------------------------------------------------------------------------------

QModelIndex BacklogFilterProxy::index(int row, int column, const QModelIndex& parent) const {
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex BacklogFilterProxy::parent(const QModelIndex&) const {
    return {};
}

QModelIndex BacklogFilterProxy::sibling(int row, int column, const QModelIndex& index) const {
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int BacklogFilterProxy::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_proxyToSource.size());
}

int BacklogFilterProxy::columnCount(const QModelIndex& parent) const {
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool BacklogFilterProxy::hasChildren(const QModelIndex& parent) const {
    return !parent.isValid() && !m_proxyToSource.empty() && columnCount() > 0;
}

QModelIndex BacklogFilterProxy::mapToSource(const QModelIndex& proxyIndex) const {
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this ||
        static_cast<std::size_t>(proxyIndex.row()) >= m_proxyToSource.size())
        return {};
    return sourceModel()->index(m_proxyToSource[static_cast<std::size_t>(proxyIndex.row())],
                                proxyIndex.column());
}

QModelIndex BacklogFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const {
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel() || sourceIndex.parent().isValid() ||
        static_cast<std::size_t>(sourceIndex.row()) >= m_sourceToProxy.size())
        return {};
    const int row = m_sourceToProxy[static_cast<std::size_t>(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

} // namespace storyloom
