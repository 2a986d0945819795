#include "ResearchFixture.h"

#include "widgets/StoryPicker.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QListView>

using namespace storyloom;

TEST_CASE("the story picker filters by key and title words and leaves out excluded stories") {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    const std::string path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
    Document document(clock);
    REQUIRE(document.open(QString::fromStdString(path)));

    StoryPicker picker(document);
    auto* list = picker.findChild<QListView*>("storyPickerList");
    REQUIRE(list != nullptr);
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(picker.visibleCount() == 5);
    picker.setFilterText("saved card");
    CHECK(picker.visibleCount() == 2);
    picker.setFilterText("shop-5");
    CHECK(picker.visibleCount() == 1);
    picker.setFilterText({});
    picker.setExcludedStories({1, 2});
    CHECK(picker.visibleCount() == 3);
    CHECK_FALSE(picker.chooseStory(1));
}

TEST_CASE("ticked stories in the picker survive filtering and come back in manual order") {
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    const std::string path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
    Document document(clock);
    REQUIRE(document.open(QString::fromStdString(path)));

    StoryPicker picker(document);
    picker.setFilterText("SHOP-6");
    REQUIRE(picker.chooseStory(4));
    picker.setFilterText("SHOP-3");
    REQUIRE(picker.chooseStory(1));
    picker.setFilterText({});
    CHECK(picker.selectedStoryIds() == QList<qint64>{1, 4});

    StoryPicker single(document);
    single.setMultipleSelection(false);
    REQUIRE(single.chooseStory(3));
    CHECK(single.selectedStoryIds() == QList<qint64>{3});
    CHECK(test::unnamedFocusableWidgets(&picker) == std::string());
}
