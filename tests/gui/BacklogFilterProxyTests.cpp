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

TEST_CASE("typing on narrows and deleting widens to the same rows as filtering from scratch") {
    ProxyFixture f;
    Story draft;
    draft.title = "Über ÉCLAIR checkout for STRASSE shoppers";
    REQUIRE(f.doc.addStory(draft) != 0);
    const auto fresh = [&](const QString& text) {
        BacklogFilterProxy other(f.doc);
        other.setSourceModel(&f.model);
        other.setFilterText(text);
        QStringList out;
        for (int r = 0; r < other.rowCount(); ++r)
            out << other.data(other.index(r, BacklogModel::KeyColumn)).toString();
        out.sort();
        return out;
    };
    for (const char* text :
         {"c", "ca", "car", "card", "ca", "", "über", "ÜBER éclair", "strasse", "xyz", "s", "  Saved  "}) {
        const QString t = QString::fromUtf8(text);
        f.proxy.setFilterText(t);
        INFO("filter text: " << text);
        CHECK(f.keys() == fresh(t));
    }
    f.proxy.setFilterText(QStringLiteral("éclair"));
    CHECK(f.keys().size() == 1);
}

TEST_CASE("a selected story stays selected while the filter keeps it and is dropped when it hides it") {
    ProxyFixture f;
    const qint64 id3 = f.doc.workspace().findStory("SHOP-3")->id;
    const qint64 id4 = f.doc.workspace().findStory("SHOP-4")->id;
    const auto rowOf = [&](qint64 id) {
        for (int r = 0; r < f.proxy.rowCount(); ++r)
            if (f.proxy.index(r, 0).data(BacklogModel::StoryIdRole).toLongLong() == id)
                return r;
        return -1;
    };
    QPersistentModelIndex on3(f.proxy.index(rowOf(id3), BacklogModel::TitleColumn));
    QPersistentModelIndex on4(f.proxy.index(rowOf(id4), BacklogModel::TitleColumn));
    f.proxy.setFilterText(QStringLiteral("saved card"));
    REQUIRE(on3.isValid());
    CHECK(on3.data(BacklogModel::StoryIdRole).toLongLong() == id3);
    CHECK(on3.row() == rowOf(id3));
    CHECK(on3.column() == BacklogModel::TitleColumn);
    f.proxy.setFilterText(QStringLiteral("returning shopper"));
    CHECK(on3.data(BacklogModel::StoryIdRole).toLongLong() == id3);
    CHECK_FALSE(on4.isValid());

    // A re-ranking and an edit while filtered keep the selection on its story.
    Story s = *f.doc.workspace().findStory(id3);
    s.inputs.reach = 1;
    REQUIRE(f.doc.editStory(s));
    CHECK(on3.data(BacklogModel::StoryIdRole).toLongLong() == id3);
    f.proxy.setFilterText(QString());
    CHECK(on3.data(BacklogModel::StoryIdRole).toLongLong() == id3);
    CHECK(f.proxy.rowCount() == 5);

    // An edit that takes the story out of the filter hides it.
    f.proxy.setFilterText(QStringLiteral("returning shopper"));
    s = *f.doc.workspace().findStory(id3);
    s.asA = "first-time visitor";
    REQUIRE(f.doc.editStory(s));
    CHECK(f.proxy.rowCount() == 0);
    CHECK_FALSE(on3.isValid());
}

TEST_CASE("a sorted and filtered backlog stays sorted while typing and returns to ranking order") {
    ProxyFixture f;
    const auto column = [&](int c, int role) {
        QList<QVariant> out;
        for (int r = 0; r < f.proxy.rowCount(); ++r)
            out << f.proxy.data(f.proxy.index(r, c), role);
        return out;
    };
    f.proxy.sort(BacklogModel::TitleColumn, Qt::AscendingOrder);
    CHECK(f.proxy.sortColumn() == BacklogModel::TitleColumn);
    f.proxy.setFilterText(QStringLiteral("a"));
    const auto titles = column(BacklogModel::TitleColumn, Qt::DisplayRole);
    REQUIRE(titles.size() >= 2);
    for (qsizetype i = 1; i < titles.size(); ++i)
        CHECK(QString::compare(titles[i - 1].toString(), titles[i].toString(), Qt::CaseInsensitive) <= 0);

    f.proxy.sort(-1);
    f.proxy.setFilterText(QString());
    const auto ranks = column(BacklogModel::RankColumn, BacklogModel::SortRole);
    for (qsizetype i = 0; i < ranks.size(); ++i)
        CHECK(ranks[i].toInt() == i + 1);
}
