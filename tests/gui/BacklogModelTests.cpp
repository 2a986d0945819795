#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "backlog/BacklogModel.h"
#include "domain/Workspace.h"
#include "scoring/Ranking.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <catch2/catch.hpp>

#include <memory>

using namespace storyloom;

namespace {

struct ModelFixture {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};
    BacklogModel model{doc};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};

    ModelFixture() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
    }

    int row(const std::string& key) const { return model.rowOf(doc.workspace().findStory(key)->id); }
    QString text(const std::string& key, int column, int role = Qt::DisplayRole) const {
        return model.data(model.index(row(key), column), role).toString();
    }
};

} // namespace

TEST_CASE("the backlog model lists stories in ranking order") {
    ModelFixture f;
    REQUIRE(f.model.rowCount() == 5);
    const auto& entries = f.doc.ranking().entries;
    for (int r = 0; r < 5; ++r) {
        CHECK(f.model.storyIdAt(r) == entries[static_cast<std::size_t>(r)].storyId);
        CHECK(f.model.data(f.model.index(r, BacklogModel::RankColumn)).toString() == QString::number(r + 1));
        CHECK(f.model.data(f.model.index(r, 0), BacklogModel::StoryIdRole).toLongLong() ==
              entries[static_cast<std::size_t>(r)].storyId);
    }
    CHECK(f.text("SHOP-3", BacklogModel::TitleColumn) == QStringLiteral("Pay with a saved card"));
    CHECK(f.text("SHOP-3", BacklogModel::StatusColumn) == QStringLiteral("Ready"));
    CHECK(f.text("SHOP-3", BacklogModel::EpicColumn).startsWith(QStringLiteral("SHOP-1 ")));
    CHECK(f.text("SHOP-3", BacklogModel::ReadinessColumn) == QStringLiteral("Ready"));
    CHECK(f.text("SHOP-4", BacklogModel::ReadinessColumn) ==
          QStringLiteral("Not ready: status is not Ready"));
    CHECK(f.text("SHOP-3", BacklogModel::PointsColumn, Qt::AccessibleTextRole) == QStringLiteral("5 points"));
}

TEST_CASE("the score column gives the number, a fraction of the best and words for unscored stories") {
    ModelFixture f;
    const QModelIndex top = f.model.index(0, BacklogModel::ScoreColumn);
    CHECK(f.model.data(top, BacklogModel::ScoreFractionRole).toDouble() == Approx(1.0));
    CHECK(f.model.data(top, BacklogModel::ScoreRole).toDouble() == Approx(f.doc.maxScore()));
    Story draft;
    draft.title = "No inputs yet";
    const qint64 id = f.doc.addStory(draft);
    const int r = f.model.rowOf(id);
    REQUIRE(r == f.model.rowCount() - 1);
    const QModelIndex unscored = f.model.index(r, BacklogModel::ScoreColumn);
    CHECK(f.model.data(unscored).toString().startsWith(QStringLiteral("unscored: missing reach")));
    CHECK_FALSE(f.model.data(unscored, BacklogModel::ScoreRole).isValid());
    CHECK(f.model.data(unscored, Qt::AccessibleTextRole).toString().contains(QStringLiteral("Not scored")));
}

TEST_CASE("editing a cell pushes one undoable edit and signals that row") {
    ModelFixture f;
    const QModelIndex title = f.model.index(f.row("SHOP-4"), BacklogModel::TitleColumn);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    REQUIRE(f.model.setData(title, QStringLiteral("Remove an old card")));
    CHECK(changed.count() >= 1);
    CHECK(f.text("SHOP-4", BacklogModel::TitleColumn) == QStringLiteral("Remove an old card"));
    CHECK(f.doc.undoStack()->count() == 1);
    CHECK(f.model.setData(f.model.index(f.row("SHOP-4"), BacklogModel::StatusColumn),
                          QStringLiteral("in progress")));
    CHECK(f.text("SHOP-4", BacklogModel::StatusColumn) == QStringLiteral("In progress"));
    CHECK_FALSE(f.model.setData(f.model.index(f.row("SHOP-4"), BacklogModel::PointsColumn), 4));
    CHECK_FALSE(
        f.model.setData(f.model.index(f.row("SHOP-4"), BacklogModel::StatusColumn), QStringLiteral("soon")));
    CHECK_FALSE(
        f.model.setData(f.model.index(f.row("SHOP-4"), BacklogModel::KeyColumn), QStringLiteral("X-1")));
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    CHECK(f.text("SHOP-4", BacklogModel::TitleColumn) == QStringLiteral("Remove a saved card"));
}

TEST_CASE("a selection follows its story through re-ranking, deletes, undo and reload") {
    ModelFixture f;
    const qint64 id4 = f.doc.workspace().findStory("SHOP-4")->id;
    QPersistentModelIndex selected(f.model.index(f.model.rowOf(id4), BacklogModel::TitleColumn));

    // Re-rank: push SHOP-4 to the top by its score.
    Story s = *f.doc.workspace().findStory(id4);
    s.inputs.reach = 1e9;
    REQUIRE(f.doc.editStory(s));
    CHECK(f.model.rowOf(id4) == 0);
    CHECK(selected.row() == 0);
    CHECK(selected.data(BacklogModel::StoryIdRole).toLongLong() == id4);

    // Framework switch.
    REQUIRE(f.doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("wsjf")));
    CHECK(selected.data(BacklogModel::StoryIdRole).toLongLong() == id4);
    CHECK(f.model.headerData(BacklogModel::ScoreColumn, Qt::Horizontal, Qt::ToolTipRole)
              .toString()
              .contains(QStringLiteral("WSJF")));

    // Delete another story and undo.
    const qint64 other = f.model.storyIdAt(f.model.rowCount() - 1) == id4
                             ? f.model.storyIdAt(0)
                             : f.model.storyIdAt(f.model.rowCount() - 1);
    REQUIRE(f.doc.deleteStories({other}));
    CHECK(f.model.rowCount() == 4);
    CHECK(f.model.rowOf(other) == -1);
    CHECK(selected.data(BacklogModel::StoryIdRole).toLongLong() == id4);
    f.doc.undoStack()->undo();
    CHECK(f.model.rowCount() == 5);
    CHECK(f.model.rowOf(other) >= 0);

    // Moves in manual order, then undo all.
    REQUIRE(f.doc.moveStoryToTop(other));
    while (f.doc.undoStack()->canUndo())
        f.doc.undoStack()->undo();
    CHECK(selected.data(BacklogModel::StoryIdRole).toLongLong() == id4);

    // Deleting the selected story invalidates the selection.
    REQUIRE(f.doc.deleteStories({id4}));
    CHECK_FALSE(selected.isValid());

    // Reload from outside resets the model.
    WorkspaceStore::open(f.path, f.clock)->setSetting("scoring.framework", "ice");
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    REQUIRE(f.doc.reloadIfChangedOutside());
    CHECK(resets.count() == 1);
    CHECK(f.model.rowCount() == 4);
}

TEST_CASE("dropping dragged stories moves them in the manual order as one undo step") {
    ModelFixture f;
    // Without a formula no story is scored, so the rows show the manual order.
    REQUIRE(f.doc.changeSetting(QStringLiteral("scoring.framework"), QStringLiteral("formula")));
    REQUIRE(f.doc.ranking().scoredCount == 0);
    const auto keyAt = [&](int r) {
        return f.model.data(f.model.index(r, BacklogModel::KeyColumn)).toString();
    };
    REQUIRE(keyAt(0) == QStringLiteral("SHOP-3"));

    std::unique_ptr<QMimeData> mime(f.model.mimeData({f.model.index(3, 0), f.model.index(4, 1)}));
    REQUIRE(mime);
    CHECK(mime->hasFormat(QString::fromLatin1(BacklogModel::kMimeType)));
    const int undoBefore = f.doc.undoStack()->count();
    REQUIRE(f.model.dropMimeData(mime.get(), Qt::MoveAction, 1, 0, {}));
    CHECK(f.doc.undoStack()->count() == undoBefore + 1);
    QStringList keys;
    for (int r = 0; r < f.model.rowCount(); ++r)
        keys << keyAt(r);
    CHECK(keys == QStringList{"SHOP-3", "SHOP-6", "SHOP-7", "SHOP-4", "SHOP-5"});
    // Persisted.
    const auto reread = WorkspaceStore::open(f.path, f.clock)->load();
    CHECK(reread.storiesInRankOrder()[1]->key == "SHOP-6");

    f.doc.undoStack()->undo();
    CHECK(keyAt(1) == QStringLiteral("SHOP-4"));
    CHECK_FALSE(f.model.dropMimeData(mime.get(), Qt::CopyAction, 1, 0, {}));
}
