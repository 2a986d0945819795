// Catch2 main for tests that need a QApplication. Falls back to the offscreen platform so the tests
// (and catch_discover_tests at build time) run without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "app/PluralForms.h"

#include <QApplication>
#include <QStandardPaths>

#include <cstdlib>

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep QSettings and app data of the tests away from the user's real ones.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("StoryloomTests"));
    QApplication::setApplicationName(QStringLiteral("StoryloomTests"));
    // The tests read the text users see: "1 story", not "1 stories".
    storyloom::installPluralForms(app);
    return Catch::Session().run(argc, argv);
}
