#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QSignalSpy>
#include <catch2/catch.hpp>

using namespace storyloom;

TEST_CASE("a document opens a workspace file and holds its content") {
    test::TempDir dir;
    FixedClock clock(1767225600000LL);
    const auto path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());

    Document doc(clock);
    QSignalSpy resets(&doc, &Document::reset);
    REQUIRE(doc.open(QString::fromStdString(path)));
    CHECK(doc.isOpen());
    CHECK(resets.count() == 1);
    CHECK(doc.workspace().stories.size() == 5);
    CHECK(doc.workspace().productName == "Shop");
}

TEST_CASE("a document refuses a file that is not a workspace and keeps the open one") {
    test::TempDir dir;
    FixedClock clock(1767225600000LL);
    const auto good = dir.file("shop.storyloom");
    WorkspaceStore::create(good, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
    const auto bad = dir.file("notes.storyloom");
    test::writeBytes(bad, "these are meeting notes, not a workspace\n");

    Document doc(clock);
    REQUIRE(doc.open(QString::fromStdString(good)));
    CHECK_FALSE(doc.open(QString::fromStdString(bad)));
    CHECK(doc.errorString().contains(QStringLiteral("notes.storyloom")));
    CHECK(doc.filePath() == QString::fromStdString(good));
    CHECK(doc.workspace().stories.size() == 5);
    CHECK(test::readBytes(bad) == "these are meeting notes, not a workspace\n");
}

TEST_CASE("a document reloads when another process changes the file") {
    test::TempDir dir;
    FixedClock clock(1767225600000LL);
    const auto path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());

    Document doc(clock);
    REQUIRE(doc.open(QString::fromStdString(path)));
    CHECK_FALSE(doc.reloadIfChangedOutside());

    auto other = WorkspaceStore::open(path, clock);
    Story draft;
    draft.title = "Added from the command line";
    other->addStory(draft);

    QSignalSpy resets(&doc, &Document::reset);
    CHECK(doc.reloadIfChangedOutside());
    CHECK(resets.count() == 1);
    CHECK(doc.workspace().stories.size() == 6);
    CHECK(doc.workspace().findStory("SHOP-8") != nullptr);
}
