#include "Builders.h"
#include "TempDir.h"

#include "app/BacklogFilter.h"
#include "app/Document.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "backlog/EpicGroupModel.h"
#include "domain/Workspace.h"
#include "generator/Generator.h"
#include "scoring/Ranking.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTreeView>
#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <map>

using namespace storyloom;

namespace {

using Col = BacklogModel::Column;

struct GroupFixture {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};
    BacklogModel model{doc};
    BacklogFilterProxy proxy{doc};
    EpicGroupModel groups{doc};
    std::unique_ptr<QAbstractItemModelTester> tester;

    GroupFixture() {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
        proxy.setSourceModel(&model);
        groups.setSourceModel(&proxy);
        tester = std::make_unique<QAbstractItemModelTester>(
            &groups, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    QString text(const QModelIndex& index, int role = Qt::DisplayRole) const {
        return groups.data(index, role).toString();
    }
    /// Group titles, top to bottom.
    QStringList groupTitles() const {
        QStringList out;
        for (int g = 0; g < groups.rowCount(); ++g)
            out << text(groups.index(g, Col::TitleColumn));
        return out;
    }
    /// Story keys under a group row, top to bottom.
    QStringList keysIn(int groupRow) const {
        QStringList out;
        const QModelIndex parent = groups.index(groupRow, 0);
        for (int r = 0; r < groups.rowCount(parent); ++r)
            out << text(groups.index(r, Col::KeyColumn, parent));
        return out;
    }
    Story story(const std::string& key) const {
        for (const Story& s : doc.workspace().stories)
            if (s.key == key)
                return s;
        FAIL("no story " << key);
        return {};
    }
};

} // namespace

TEST_CASE("grouping by epic shows one group per epic in the order of its best-ranked story") {
    GroupFixture f;
    // Expected: epics in order of first appearance in the ranking, stories in ranking order.
    const Workspace& ws = f.doc.workspace();
    std::vector<Id> epicOrder;
    std::map<Id, QStringList> keysByEpic;
    for (const auto& entry : f.doc.ranking().entries) {
        const Story* s = ws.findStory(entry.storyId);
        REQUIRE(s);
        REQUIRE(s->epicId);
        if (std::find(epicOrder.begin(), epicOrder.end(), *s->epicId) == epicOrder.end())
            epicOrder.push_back(*s->epicId);
        keysByEpic[*s->epicId] << QString::fromStdString(s->key);
    }
    REQUIRE(epicOrder.size() == 2);
    REQUIRE(f.groups.rowCount() == 2);
    for (int g = 0; g < 2; ++g) {
        const Epic* epic = ws.findEpic(epicOrder[static_cast<std::size_t>(g)]);
        const QModelIndex group = f.groups.index(g, 0);
        CHECK(f.groups.isGroup(group));
        CHECK(f.groups.data(group, EpicGroupModel::IsGroupRole).toBool());
        CHECK(f.groups.epicIdAt(group) == epic->id);
        CHECK(f.text(f.groups.index(g, Col::TitleColumn)) ==
              QString::fromStdString(epic->key + " " + epic->title));
        CHECK(f.keysIn(g) == keysByEpic[epic->id]);
    }
    CHECK(f.groupTitles() == QStringList{"SHOP-1 Checkout revamp", "SHOP-2 Account security"});
}

TEST_CASE("a group row totals its stories, points and score in words") {
    GroupFixture f;
    const Workspace& ws = f.doc.workspace();
    int groupsScored = 0;
    for (int g = 0; g < f.groups.rowCount(); ++g) {
        const QModelIndex group = f.groups.index(g, 0);
        const Id epicId = f.groups.epicIdAt(group);
        int count = 0;
        int points = 0;
        int scored = 0;
        double score = 0;
        for (const Story& s : ws.stories) {
            if (s.epicId != epicId)
                continue;
            ++count;
            points += s.points.value_or(0);
            const auto* entry = f.doc.ranking().find(s.id);
            REQUIRE(entry);
            if (entry->score.scored) {
                ++scored;
                score += entry->score.total;
            }
        }
        REQUIRE(count > 1);
        CHECK(f.text(f.groups.index(g, EpicGroupModel::kCountColumn)) ==
              QStringLiteral("%1 stories").arg(count));
        CHECK(f.groups.data(f.groups.index(g, Col::PointsColumn)).toInt() == points);
        const QString scoreCell = f.text(f.groups.index(g, Col::ScoreColumn));
        if (scored > 0) {
            ++groupsScored;
            CHECK(f.groups.data(f.groups.index(g, Col::ScoreColumn), BacklogModel::ScoreRole).toDouble() ==
                  Approx(score));
            CHECK(scoreCell == QLocale().toString(score, 'f', score >= 100 ? 0 : score >= 10 ? 1 : 2));
        } else {
            CHECK(scoreCell == QStringLiteral("\u2014"));
        }
        const QString sentence = f.text(f.groups.index(g, Col::TitleColumn), Qt::AccessibleTextRole);
        const Epic* epic = ws.findEpic(epicId);
        CHECK(sentence.startsWith(
            QStringLiteral("Epic %1 %2: %3 stories, %4 point")
                .arg(QString::fromStdString(epic->key), QString::fromStdString(epic->title))
                .arg(count)
                .arg(points)));
        if (scored > 0)
            CHECK(sentence.contains(QStringLiteral("total score ") + scoreCell));
        else
            CHECK(sentence.endsWith(QStringLiteral("no story scored")));
    }
    CHECK(groupsScored > 0); // the sample scores some stories
}

TEST_CASE("stories without an epic form a \"No epic\" group shown last") {
    GroupFixture f;
    // Take the best-ranked story out of its epic: its group still has to come last.
    const qint64 best = f.doc.ranking().entries.front().storyId;
    Story s = *f.doc.workspace().findStory(best);
    s.epicId.reset();
    REQUIRE(f.doc.editStory(s));
    REQUIRE(f.groups.rowCount() == 3);
    const QModelIndex last = f.groups.index(2, 0);
    CHECK(f.text(f.groups.index(2, Col::TitleColumn)) == QStringLiteral("No epic"));
    CHECK(f.groups.epicIdAt(last) == 0);
    CHECK(f.groups.data(last, EpicGroupModel::EpicIdRole).toLongLong() == 0);
    CHECK(f.groups.rowCount(last) == 1);
    CHECK(f.groups.storyIdAt(f.groups.index(0, 0, last)) == best);
    CHECK(f.text(f.groups.index(2, EpicGroupModel::kCountColumn)) == QStringLiteral("1 story"));
    CHECK(
        f.text(last, Qt::AccessibleTextRole).startsWith(QStringLiteral("Stories without an epic: 1 story")));
    CHECK(f.groups.groupIndex(0) == last);

    // Undo puts it back and the "No epic" group goes away.
    f.doc.undoStack()->undo();
    CHECK(f.groups.rowCount() == 2);
    CHECK_FALSE(f.groups.groupIndex(0).isValid());
}

TEST_CASE("the groups follow the filter and a kept story keeps its persistent index") {
    GroupFixture f;
    const QModelIndex shop3 = f.groups.mapFromSource(f.proxy.index(
        f.proxy.mapFromSource(f.model.index(f.model.rowOf(f.story("SHOP-3").id), 0)).row(), Col::KeyColumn));
    REQUIRE(f.text(shop3) == QStringLiteral("SHOP-3"));
    const QPersistentModelIndex kept(shop3);
    const QPersistentModelIndex otherGroup(f.groups.groupIndex(2));
    REQUIRE(otherGroup.isValid());

    f.proxy.setFilterText(QStringLiteral("returning shopper")); // only SHOP-3, in epic SHOP-1
    REQUIRE(f.groups.rowCount() == 1);
    CHECK(f.groupTitles() == QStringList{"SHOP-1 Checkout revamp"});
    CHECK(f.keysIn(0) == QStringList{"SHOP-3"});
    CHECK(f.text(f.groups.index(0, EpicGroupModel::kCountColumn)) == QStringLiteral("1 story"));
    CHECK(f.groups.data(f.groups.index(0, Col::PointsColumn)).toInt() ==
          f.story("SHOP-3").points.value_or(0));
    CHECK(kept.isValid());
    CHECK(kept.data().toString() == QStringLiteral("SHOP-3"));
    CHECK_FALSE(otherGroup.isValid()); // its epic has no shown story any more

    f.proxy.setFilterText(QStringLiteral("no story says this"));
    CHECK(f.groups.rowCount() == 0);
    CHECK_FALSE(kept.isValid());

    f.proxy.setFilterText(QString());
    CHECK(f.groups.rowCount() == 2);
    int stories = 0;
    for (int g = 0; g < f.groups.rowCount(); ++g)
        stories += f.groups.rowCount(f.groups.index(g, 0));
    CHECK(stories == 5);
}

TEST_CASE("a group's persistent index follows its epic when the groups reorder") {
    GroupFixture f;
    const QModelIndex secondGroup = f.groups.index(1, 0);
    const QPersistentModelIndex second(secondGroup.siblingAtColumn(Col::TitleColumn));
    const QString title = second.data().toString();
    // Showing only a story of the second group moves that group to the top.
    const QString storyTitle = f.text(f.groups.index(0, Col::TitleColumn, secondGroup));
    f.proxy.setFilterText(storyTitle);
    REQUIRE(f.groups.rowCount() == 1);
    CHECK(second.isValid());
    CHECK(second.row() == 0);
    CHECK(second.column() == Col::TitleColumn);
    CHECK(second.data().toString() == title);
}

TEST_CASE("sorting the backlog reorders stories inside groups but not the groups") {
    GroupFixture f;
    const QStringList before = f.groupTitles();
    f.proxy.sort(Col::PointsColumn, Qt::DescendingOrder);
    CHECK(f.groupTitles() == before);
    for (int g = 0; g < f.groups.rowCount(); ++g) {
        const QModelIndex parent = f.groups.index(g, 0);
        for (int r = 1; r < f.groups.rowCount(parent); ++r)
            CHECK(f.groups.index(r - 1, Col::PointsColumn, parent).data(BacklogModel::SortRole).toInt() >=
                  f.groups.index(r, Col::PointsColumn, parent).data(BacklogModel::SortRole).toInt());
    }
}

TEST_CASE("story rows forward every role to the backlog and map back") {
    GroupFixture f;
    const QList<int> roles{Qt::DisplayRole,
                           Qt::EditRole,
                           Qt::ToolTipRole,
                           Qt::AccessibleTextRole,
                           BacklogModel::StoryIdRole,
                           BacklogModel::SortRole,
                           BacklogModel::ScoreRole,
                           BacklogModel::ScoreFractionRole,
                           BacklogModel::StoryIndexRole};
    int checked = 0;
    for (int g = 0; g < f.groups.rowCount(); ++g) {
        const QModelIndex parent = f.groups.index(g, 0);
        for (int r = 0; r < f.groups.rowCount(parent); ++r) {
            for (int c = 0; c < f.groups.columnCount(parent); ++c) {
                const QModelIndex child = f.groups.index(r, c, parent);
                const QModelIndex source = f.groups.mapToSource(child);
                REQUIRE(source.isValid());
                CHECK(source.column() == c);
                CHECK(f.groups.mapFromSource(source) == child);
                for (int role : roles)
                    CHECK(f.groups.data(child, role) == f.proxy.data(source, role));
                CHECK_FALSE(f.groups.isGroup(child));
                ++checked;
            }
            const QModelIndex child = f.groups.index(r, 0, parent);
            CHECK(f.groups.storyIdAt(child) ==
                  f.proxy.data(f.groups.mapToSource(child), BacklogModel::StoryIdRole).toLongLong());
            CHECK(f.groups.epicIdAt(child) == f.groups.epicIdAt(parent));
        }
        CHECK(f.groups.storyIdAt(parent) == 0);
        CHECK_FALSE(f.groups.mapToSource(parent).isValid());
    }
    CHECK(checked == 5 * BacklogModel::ColumnCount);
}

TEST_CASE("editing a story's points updates the row and its group's total") {
    GroupFixture f;
    const Story before = f.story("SHOP-3");
    const QModelIndex group = f.groups.groupIndex(*before.epicId);
    REQUIRE(group.isValid());
    const int total = f.groups.data(group.siblingAtColumn(Col::PointsColumn)).toInt();
    Story after = before;
    after.points = before.points.value_or(0) == 13 ? 21 : 13;
    const int delta = *after.points - before.points.value_or(0);

    QSignalSpy changed(&f.groups, &QAbstractItemModel::dataChanged);
    // Through the tree, as a user editing in the grouped view would.
    QModelIndex cell;
    for (int r = 0; r < f.groups.rowCount(group); ++r)
        if (f.groups.index(r, Col::KeyColumn, group).data().toString() == QStringLiteral("SHOP-3"))
            cell = f.groups.index(r, Col::PointsColumn, group);
    REQUIRE(cell.isValid());
    CHECK(f.groups.flags(cell).testFlag(Qt::ItemIsEditable));
    REQUIRE(f.groups.setData(cell, *after.points));

    CHECK(f.story("SHOP-3").points == after.points);
    const QModelIndex groupNow = f.groups.groupIndex(*before.epicId);
    CHECK(f.groups.data(groupNow.siblingAtColumn(Col::PointsColumn)).toInt() == total + delta);
    CHECK(changed.count() >= 1);
}

TEST_CASE("moving a story to another epic moves it to that epic's group") {
    GroupFixture f;
    Story s = f.story("SHOP-3");
    const Id from = *s.epicId;
    const Id to = from == 1 ? 2 : 1;
    const int fromCount = f.groups.rowCount(f.groups.groupIndex(from));
    const int toCount = f.groups.rowCount(f.groups.groupIndex(to));
    s.epicId = to;
    REQUIRE(f.doc.editStory(s));
    CHECK(f.groups.rowCount(f.groups.groupIndex(from)) == fromCount - 1);
    const QModelIndex toGroup = f.groups.groupIndex(to);
    CHECK(f.groups.rowCount(toGroup) == toCount + 1);
    CHECK(f.text(toGroup.siblingAtColumn(EpicGroupModel::kCountColumn)) ==
          QStringLiteral("%1 stories").arg(toCount + 1));
}

TEST_CASE("a group without a scored story shows a dash and says so") {
    GroupFixture f;
    for (const Story& s : f.doc.workspace().stories) {
        if (s.epicId != 2)
            continue;
        Story unscored = s;
        unscored.inputs = ScoringInputs{};
        REQUIRE(f.doc.editStory(unscored));
    }
    const QModelIndex group = f.groups.groupIndex(2);
    REQUIRE(group.isValid());
    CHECK(f.text(group.siblingAtColumn(Col::ScoreColumn)) == QStringLiteral("\u2014"));
    CHECK_FALSE(f.groups.data(group.siblingAtColumn(Col::ScoreColumn), BacklogModel::ScoreRole).isValid());
    CHECK(f.text(group, Qt::AccessibleTextRole).endsWith(QStringLiteral("no story scored")));
}

TEST_CASE("stories added and deleted join and leave their groups") {
    GroupFixture f;
    const int before = f.groups.rowCount(f.groups.groupIndex(2));
    Story draft;
    draft.title = "Two-factor sign-in";
    draft.epicId = 2;
    const qint64 id = f.doc.addStory(draft);
    REQUIRE(id != 0);
    CHECK(f.groups.rowCount(f.groups.groupIndex(2)) == before + 1);
    REQUIRE(f.doc.deleteStories({id}));
    CHECK(f.groups.rowCount(f.groups.groupIndex(2)) == before);
}

TEST_CASE("closing the workspace empties the grouped backlog") {
    GroupFixture f;
    REQUIRE(f.groups.rowCount() == 2);
    f.doc.close();
    CHECK(f.groups.rowCount() == 0);
}

TEST_CASE("measure regrouping 100,000 stories in 2,000 epics", "[.measure]") {
    test::TempDir dir;
    FixedClock clock(1790000000000LL);
    const auto path = dir.file("big.storyloom");
    GeneratorOptions options;
    options.stories = 100000;
    options.epics = 2000;
    WorkspaceStore::create(path, "Big", "GEN", clock)->replaceAll(generateWorkspace(options));
    Document doc(clock);
    REQUIRE(doc.open(QString::fromStdString(path)));
    BacklogModel model(doc);
    BacklogFilterProxy proxy(doc);
    proxy.setSourceModel(&model);
    EpicGroupModel groups(doc);

    QElapsedTimer t;
    t.start();
    groups.setSourceModel(&proxy);
    const auto firstMs = t.elapsed();
    REQUIRE(groups.rowCount() > 1000);

    // A filter keystroke: the proxy's layout change and the regroup behind it.
    BacklogFilter filter;
    filter.statuses = {StoryStatus::Ready, StoryStatus::Refined};
    t.restart();
    proxy.setFilter(filter);
    const auto filterMs = t.elapsed();
    t.restart();
    proxy.setFilter(BacklogFilter{});
    const auto unfilterMs = t.elapsed();
    // Regroup alone, without the proxy's own work.
    qint64 regroupMs = 0;
    for (int i = 0; i < 5; ++i) {
        t.restart();
        groups.setSourceModel(&proxy);
        regroupMs = std::max(regroupMs, t.elapsed());
    }
    std::cout << "EpicGroupModel, 100,000 stories in " << groups.rowCount() << " groups: first grouping "
              << firstMs << " ms, regroup (worst of 5) " << regroupMs << " ms, filter to two statuses "
              << filterMs << " ms, clear filter " << unfilterMs << " ms\n";
    CHECK(groups.rowCount() > 1000);
}

TEST_CASE("a tree view keeps its expanded groups while the filter changes") {
    GroupFixture f;
    QTreeView view;
    view.setModel(&f.groups);
    view.expandAll();
    const QModelIndex shop3Group = f.groups.groupIndex(*f.story("SHOP-3").epicId);
    REQUIRE(view.isExpanded(shop3Group));
    view.collapse(f.groups.index(shop3Group.row() == 0 ? 1 : 0, 0));

    f.proxy.setFilterText(QStringLiteral("returning shopper")); // only SHOP-3
    REQUIRE(f.groups.rowCount() == 1);
    CHECK(view.isExpanded(f.groups.index(0, 0)));
    f.proxy.setFilterText(QString());
    REQUIRE(f.groups.rowCount() == 2);
    CHECK(view.isExpanded(f.groups.groupIndex(*f.story("SHOP-3").epicId)));
}
