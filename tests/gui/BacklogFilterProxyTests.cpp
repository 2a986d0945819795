#include "Builders.h"
#include "TempDir.h"

#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

#include <algorithm>

using namespace storyloom;

namespace {

struct ProxyFixture {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};
    BacklogModel model{doc};
    BacklogFilterProxy proxy{doc};
    std::unique_ptr<QAbstractItemModelTester> tester;

    ProxyFixture() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
        proxy.setSourceModel(&model);
        tester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QStringList keys() const {
        QStringList out;
        for (int r = 0; r < proxy.rowCount(); ++r)
            out << proxy.data(proxy.index(r, BacklogModel::KeyColumn)).toString();
        out.sort();
        return out;
    }
    /// Keys of the sample stories satisfying `pred`, sorted.
    template <typename Pred> QStringList expected(Pred pred) const {
        QStringList out;
        for (const Story& s : doc.workspace().stories)
            if (pred(s))
                out << QString::fromStdString(s.key);
        out.sort();
        return out;
    }
};

} // namespace

TEST_CASE("the filter matches free text in title, user-story parts, description and criteria") {
    ProxyFixture f;
    f.proxy.setFilterText(QStringLiteral("SAVED CARD"));
    CHECK(f.keys().contains(QStringLiteral("SHOP-3")));
    f.proxy.setFilterText(QStringLiteral("returning shopper")); // "As a" part
    CHECK(f.keys() == QStringList{"SHOP-3"});
    f.proxy.setFilterText(QStringLiteral("newest card is preselected")); // Given/When/Then criterion
    CHECK(f.keys() == QStringList{"SHOP-3"});
    f.proxy.setFilterText(QStringLiteral("within 200 MS")); // free-text criterion
    CHECK(f.keys() == QStringList{"SHOP-3"});
    f.proxy.setFilterText(QStringLiteral("no story says this"));
    CHECK(f.proxy.rowCount() == 0);
    f.proxy.setFilterText(QString());
    CHECK(f.proxy.rowCount() == 5);
}

TEST_CASE("each facet filters, values in one facet are alternatives, facets combine") {
    ProxyFixture f;
    BacklogFilter filter;
    filter.statuses = {StoryStatus::Ready, StoryStatus::Refined};
    f.proxy.setFilter(filter);
    CHECK(f.keys() == f.expected([](const Story& s) {
        return s.status == StoryStatus::Ready || s.status == StoryStatus::Refined;
    }));

    filter = {};
    filter.epicIds = {2};
    f.proxy.setFilter(filter);
    CHECK(f.keys() == f.expected([](const Story& s) { return s.epicId == Id{2}; }));

    filter = {};
    filter.labels = {QStringLiteral("payments")};
    f.proxy.setFilter(filter);
    const auto withPayments = f.expected([](const Story& s) {
        return std::find(s.labels.begin(), s.labels.end(), "payments") != s.labels.end();
    });
    CHECK(f.keys() == withPayments);
    CHECK(withPayments.size() >= 2);

    filter = {};
    filter.personaIds = {1};
    f.proxy.setFilter(filter);
    CHECK(f.keys() == f.expected([](const Story& s) {
        return std::find(s.personaIds.begin(), s.personaIds.end(), Id{1}) != s.personaIds.end();
    }));

    filter = {};
    filter.releaseIds = {1};
    f.proxy.setFilter(filter);
    CHECK(f.keys() == f.expected([](const Story& s) { return s.releaseId == Id{1}; }));

    filter = {};
    filter.readiness = BacklogFilter::Readiness::Ready;
    f.proxy.setFilter(filter);
    CHECK(f.keys() == QStringList{"SHOP-3"});
    filter.readiness = BacklogFilter::Readiness::NotReady;
    f.proxy.setFilter(filter);
    CHECK(f.keys().size() == 4);

    // AND between facets.
    filter = {};
    filter.labels = {QStringLiteral("payments")};
    filter.statuses = {StoryStatus::Refined};
    f.proxy.setFilter(filter);
    CHECK(f.keys() == f.expected([](const Story& s) {
        return s.status == StoryStatus::Refined &&
               std::find(s.labels.begin(), s.labels.end(), "payments") != s.labels.end();
    }));
    filter.text = QStringLiteral("remove");
    f.proxy.setFilter(filter);
    CHECK(f.keys() == QStringList{"SHOP-4"});
}

TEST_CASE("the filter follows edits, additions and deletions") {
    ProxyFixture f;
    f.proxy.setFilterText(QStringLiteral("gift wrap"));
    CHECK(f.proxy.rowCount() == 0);
    Story s = *f.doc.workspace().findStory("SHOP-5");
    s.title = "Offer gift wrap";
    REQUIRE(f.doc.editStory(s));
    CHECK(f.keys() == QStringList{"SHOP-5"});
    Story draft;
    draft.title = "Gift wrap for every order";
    const qint64 id = f.doc.addStory(draft);
    REQUIRE(id != 0);
    CHECK(f.keys().size() == 2);
    REQUIRE(f.doc.deleteStories({s.id}));
    CHECK(f.proxy.rowCount() == 1);
    f.doc.undoStack()->undo();
    CHECK(f.proxy.rowCount() == 2);
}

TEST_CASE("a saved filter round-trips through the workspace settings and is undoable") {
    ProxyFixture f;
    BacklogFilter filter;
    filter.text = QStringLiteral("card");
    filter.statuses = {StoryStatus::Ready};
    filter.labels = {QStringLiteral("payments")};
    f.proxy.setFilter(filter);
    REQUIRE(f.proxy.saveFilter(QStringLiteral("Ready payments")));
    CHECK(f.proxy.savedFilterNames() == QStringList{"Ready payments"});
    const auto stored = WorkspaceStore::open(f.path, f.clock)->load().settings;
    CHECK(stored.count("backlog.filter.Ready payments") == 1);

    f.proxy.setFilter({});
    CHECK(f.proxy.rowCount() == 5);
    REQUIRE(f.proxy.applySavedFilter(QStringLiteral("Ready payments")));
    CHECK(f.proxy.filter() == filter);
    CHECK(f.keys() == QStringList{"SHOP-3"});
    CHECK_FALSE(f.proxy.applySavedFilter(QStringLiteral("missing")));

    f.doc.undoStack()->undo();
    CHECK(f.proxy.savedFilterNames().isEmpty());
}

TEST_CASE("the proxy sorts by the numeric sort role") {
    ProxyFixture f;
    f.proxy.sort(BacklogModel::PointsColumn, Qt::DescendingOrder);
    int previous = 1000;
    for (int r = 0; r < f.proxy.rowCount(); ++r) {
        const int points =
            f.proxy.data(f.proxy.index(r, BacklogModel::PointsColumn), BacklogModel::SortRole).toInt();
        CHECK(points <= previous);
        previous = points;
    }
}

// Figures for docs/benchmarks.md, not a test: run with
//   storyloom_gui_tests "[.measure]" -s
#include "generator/Generator.h"

#include <QElapsedTimer>

#include <fstream>

namespace {

long peakRssKb() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return 0;
}

} // namespace

TEST_CASE("measure the backlog view on 100,000 stories", "[.measure]") {
    test::TempDir dir;
    FixedClock clock(1790000000000LL);
    const auto path = dir.file("big.storyloom");
    GeneratorOptions options;
    options.stories = 100000;
    options.epics = 200;
    WorkspaceStore::create(path, "Big", "GEN", clock)->replaceAll(generateWorkspace(options));

    QElapsedTimer t;
    Document doc(clock);
    t.start();
    REQUIRE(doc.open(QString::fromStdString(path)));
    const auto openMs = t.elapsed();
    t.restart();
    BacklogModel model(doc);
    BacklogFilterProxy proxy(doc);
    proxy.setSourceModel(&model);
    const auto modelMs = t.elapsed();
    t.restart();
    (void)proxy.rowCount(); // the proxy maps lazily: count forces the work
    const auto mapMs = t.elapsed();
    t.restart();
    proxy.setFilterText(QStringLiteral("c"));
    (void)proxy.rowCount();
    proxy.setFilterText(QStringLiteral("ch"));
    (void)proxy.rowCount();
    const auto twoKeysMs = t.elapsed();
    t.restart();
    proxy.setFilterText(QStringLiteral("che"));
    const int shown = proxy.rowCount();
    const auto keystrokeMs = t.elapsed();
    t.restart();
    REQUIRE(doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("wsjf")));
    const auto switchMs = t.elapsed();
    t.restart();
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < BacklogModel::ColumnCount; ++c)
            (void)model.data(model.index(r, c));
    const auto allDataMs = t.elapsed();
    WARN("open (load + rank): " << openMs << " ms; model + proxy (search text): " << modelMs
                                << " ms; first proxy mapping: " << mapMs << " ms; keystrokes 'c','ch': "
                                << twoKeysMs << " ms; keystroke 'che': " << keystrokeMs << " ms (" << shown
                                << " rows); framework switch: " << switchMs << " ms; data() of every cell: "
                                << allDataMs << " ms; peak RSS: " << peakRssKb() / 1024 << " MiB");
}
