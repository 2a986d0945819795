// Hidden test: the Jira export dialog on the demo workspace for docs/screenshots. Run with
//   storyloom_gui_jira_tests "[.screenshot]"
#include "JiraExportFixture.h"

#include "domain/Story.h"
#include "exchange/jira/JiraProfile.h"
#include "jira/JiraProfileDialog.h"

#include <QDir>
#include <QTest>

using namespace storyloom;

TEST_CASE("screenshot of the Jira export dialog on the demo workspace", "[.screenshot]") {
    test::JiraExportFixture f;
    // One label with a space shows how a problem looks.
    Story story = *f.document.workspace().findStory("BASK-12");
    story.labels.push_back("screen reader");
    REQUIRE(f.document.editStory(story));
    f.dialog->setPath(QStringLiteral("/home/po/basketry-jira.json"));
    f.dialog->resize(1180, 820);
    f.dialog->show();
    REQUIRE(QTest::qWaitForWindowExposed(f.dialog.get()));
    f.preview()->selectRow(8);
    QApplication::processEvents();
    QDir().mkpath(QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots"));
    const QString path = QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots/jira-export.png");
    INFO(path.toStdString());
    CHECK(f.dialog->grab().save(path));
}

TEST_CASE("screenshot of the Jira profile editor", "[.screenshot]") {
    JiraProfileDialog editor(jira::presets().front(), {}, {});
    editor.show();
    REQUIRE(QTest::qWaitForWindowExposed(&editor));
    QApplication::processEvents();
    const QString path = QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots/jira-profile.png");
    INFO(path.toStdString());
    CHECK(editor.grab().save(path));
}

// Not for the docs: the dialog at 200 % text size, to look at (written to the temporary folder).
TEST_CASE("the Jira export dialog at 200 % text size", "[.screenshot]") {
    const QFont before = QApplication::font();
    QFont big = before;
    big.setPointSizeF(before.pointSizeF() * 2);
    QApplication::setFont(big);
    {
        test::JiraExportFixture f;
        f.dialog->resize(1400, 1000);
        f.dialog->show();
        REQUIRE(QTest::qWaitForWindowExposed(f.dialog.get()));
        QApplication::processEvents();
        CHECK(f.dialog->grab().save(QDir::temp().filePath("jira-export-200.png")));
        JiraProfileDialog editor(jira::presets().front(), {}, {});
        editor.resize(900, 1000);
        editor.show();
        REQUIRE(QTest::qWaitForWindowExposed(&editor));
        CHECK(editor.grab().save(QDir::temp().filePath("jira-profile-200.png")));
    }
    QApplication::setFont(before);
}
