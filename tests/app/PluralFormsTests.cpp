// The English singular and plural of messages that count (translations/storyloom_en.ts), installed
// by tests/gui/QtTestMain.cpp exactly as the app's main() installs them.
#include "Builders.h"
#include "TempDir.h"

#include "app/BulkEdit.h"
#include "app/Document.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using namespace storyloom;

namespace {

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string xmlEscaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else
            out += c;
    }
    return out;
}

} // namespace

TEST_CASE("a message that counts one thing reads in the singular") {
    CHECK(QCoreApplication::translate("QObject", "Edit %n stories", nullptr, 1) == "Edit 1 story");
    CHECK(QCoreApplication::translate("QObject", "Edit %n stories", nullptr, 3) == "Edit 3 stories");
    CHECK(QCoreApplication::translate("QObject", "Edit %n stories", nullptr, 0) == "Edit 0 stories");

    // The undo step of a bulk edit of one story, as the Edit menu shows it.
    test::TempDir dir;
    FixedClock clock{1767225600000LL};
    const std::string path = dir.file("shop.storyloom");
    WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(test::sampleWorkspace());
    Document doc(clock);
    REQUIRE(doc.open(QString::fromStdString(path)));
    BulkEdit edit;
    edit.moscow = Moscow::Could;
    REQUIRE(doc.bulkEdit({doc.workspace().findStory("SHOP-4")->id}, edit));
    CHECK(doc.undoStack()->undoText() == "Edit 1 story");
}

TEST_CASE("every message that counts has its English singular and plural") {
    // Each tr("... %n ...") in the app and GUI sources must be in translations/storyloom_en.ts;
    // tools/update-plurals adds the new ones.
    const std::filesystem::path root(STORYLOOM_SOURCE_DIR);
    const std::string ts = readAll(root / "translations" / "storyloom_en.ts");
    REQUIRE_FALSE(ts.empty());
    CHECK(ts.find("type=\"unfinished\"") == std::string::npos);
    CHECK(ts.find("<numerusform></numerusform>") == std::string::npos);

    const std::regex counting(R"(tr\(\s*"((?:[^"\\]|\\.)*%n(?:[^"\\]|\\.)*)\")");
    std::set<std::string> missing;
    int found = 0;
    for (const char* folder : {"src/app", "src/gui"}) {
        for (const auto& entry : std::filesystem::recursive_directory_iterator(root / folder)) {
            if (entry.path().extension() != ".cpp" && entry.path().extension() != ".h")
                continue;
            const std::string code = readAll(entry.path());
            for (std::sregex_iterator it(code.begin(), code.end(), counting), end; it != end; ++it) {
                ++found;
                const std::string source = (*it)[1].str();
                if (ts.find("<source>" + xmlEscaped(source) + "</source>") == std::string::npos)
                    missing.insert(source + " (" + entry.path().filename().string() + ")");
            }
        }
    }
    CHECK(found > 10);
    for (const std::string& m : missing)
        FAIL_CHECK("no singular/plural for: " << m << " - run tools/update-plurals");
}
