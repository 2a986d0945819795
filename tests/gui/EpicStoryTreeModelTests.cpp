#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "backlog/EpicStoryTreeModel.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <catch2/catch.hpp>

using namespace storyloom;

namespace {
struct Fixture {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};

    explicit Fixture(const Workspace& ws) {
        WorkspaceStore::create(path, ws.productName, ws.projectKey, clock)->replaceAll(ws);
        REQUIRE(doc.open(QString::fromStdString(path)));
    }
};

QString text(const QAbstractItemModel& m, int row, int column, const QModelIndex& parent = {}) {
    return m.data(m.index(row, column, parent)).toString();
}
} // namespace

TEST_CASE("the epic tree model passes Qt's model tester through open and reset") {
    Workspace ws = test::sampleWorkspace();
    ws.stories[4].epicId.reset();
    Fixture f(ws);
    EpicStoryTreeModel model(f.doc);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 3);
    f.doc.close();
    CHECK(model.rowCount() == 0);
    REQUIRE(f.doc.open(QString::fromStdString(f.path)));
    CHECK(model.rowCount() == 3);
}

TEST_CASE("epics are listed in manual order with their stories in backlog order") {
    Workspace ws = test::sampleWorkspace();
    std::swap(ws.stories[0].rank, ws.stories[2].rank); // SHOP-5 now above SHOP-3
    Fixture f(ws);
    EpicStoryTreeModel model(f.doc);

    REQUIRE(model.rowCount() == 2);
    CHECK(text(model, 0, EpicStoryTreeModel::KeyColumn) == "SHOP-1");
    CHECK(text(model, 0, EpicStoryTreeModel::TitleColumn) == "Checkout revamp (3 stories)");
    CHECK(model.data(model.index(0, EpicStoryTreeModel::PointsColumn)).toInt() == 8);
    const QModelIndex checkout = model.index(0, 0);
    REQUIRE(model.rowCount(checkout) == 3);
    CHECK(text(model, 0, EpicStoryTreeModel::KeyColumn, checkout) == "SHOP-5");
    CHECK(text(model, 1, EpicStoryTreeModel::KeyColumn, checkout) == "SHOP-4");
    CHECK(text(model, 2, EpicStoryTreeModel::KeyColumn, checkout) == "SHOP-3");
    CHECK(text(model, 2, EpicStoryTreeModel::StatusColumn, checkout) == "Ready");
    CHECK(text(model, 2, EpicStoryTreeModel::MoscowColumn, checkout) == "Must have");
}

TEST_CASE("stories without an epic are grouped under No epic") {
    Workspace ws = test::sampleWorkspace();
    ws.stories[3].epicId.reset();
    Fixture f(ws);
    EpicStoryTreeModel model(f.doc);
    REQUIRE(model.rowCount() == 3);
    CHECK(text(model, 2, EpicStoryTreeModel::TitleColumn) == "No epic (1 stories)");
    CHECK(text(model, 0, EpicStoryTreeModel::KeyColumn, model.index(2, 0)) == "SHOP-6");
}

TEST_CASE("cells shown as symbols also have words for screen readers") {
    Workspace ws = test::sampleWorkspace();
    ws.stories[2].points.reset();
    Fixture f(ws);
    EpicStoryTreeModel model(f.doc);
    const QModelIndex checkout = model.index(0, 0);
    const QModelIndex unestimated = model.index(2, EpicStoryTreeModel::PointsColumn, checkout);
    CHECK(model.data(unestimated, Qt::DisplayRole).toString() == QStringLiteral("–"));
    CHECK(model.data(unestimated, Qt::AccessibleTextRole).toString() == "not estimated");
    CHECK(model.data(model.index(0, EpicStoryTreeModel::TitleColumn), Qt::AccessibleTextRole)
              .toString()
              .startsWith("Epic Checkout revamp"));
}
