// Hidden benchmark: the export dialog on the 100,000-story workspace. Run with
//   storyloom_gui_jira_tests "[.bench]"   (needs /tmp/bench/big.storyloom, see the session notes)
#include "app/Document.h"
#include "domain/Clock.h"
#include "jira/JiraExportDialog.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableWidget>
#include <catch2/catch.hpp>

#include <iostream>

using namespace storyloom;

TEST_CASE("the Jira export dialog on 100,000 stories", "[.bench]") {
    const QString path = QStringLiteral("/tmp/bench/big.storyloom");
    if (!QFileInfo::exists(path))
        return;
    FixedClock clock{1772409600000LL};
    Document document{clock};
    REQUIRE(document.open(path));
    QElapsedTimer timer;
    timer.start();
    JiraExportDialog dialog(document, {});
    std::cout << "open (resolve, validate, fill 1,000 rows): " << timer.elapsed() << " ms, "
              << dialog.issueCount() << " issues, " << dialog.errorCount() << " errors, "
              << dialog.warningCount() << " warnings\n";
    CHECK(dialog.findChild<QTableWidget*>("previewTable")->rowCount() == JiraExportDialog::kPreviewLimit);
    timer.restart();
    dialog.setFormat(JiraExportDialog::Format::Csv);
    std::cout << "format change: " << timer.elapsed() << " ms\n";
    timer.restart();
    dialog.setScope(JiraExportDialog::Scope::Release);
    std::cout << "scope change to a release: " << timer.elapsed() << " ms, " << dialog.issueCount()
              << " issues\n";
}
