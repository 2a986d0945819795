// Golden files: the demo workspace exported in every format with a fixed clock. After an intended change
// of the output, regenerate them with STORYLOOM_UPDATE_GOLDEN=1 and review the diff.
#include "ExportTestSupport.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

using namespace storyloom;
using namespace storyloom::jira;

namespace {

std::string goldenPath(const std::string& name) {
    return std::string(STORYLOOM_SOURCE_DIR) + "/tests/jira/golden/" + name;
}

void compareWithGolden(const std::string& name, const std::string& actual) {
    const std::string path = goldenPath(name);
    if (std::getenv("STORYLOOM_UPDATE_GOLDEN")) {
        std::filesystem::create_directories(std::filesystem::path(path).parent_path());
        test::writeBytes(path, actual);
    }
    const std::string expected = test::readBytes(path);
    INFO("golden file " << path << " (regenerate with STORYLOOM_UPDATE_GOLDEN=1)");
    REQUIRE_FALSE(expected.empty());
    CHECK(actual == expected);
}

} // namespace

TEST_CASE("the demo workspace as a Jira JSON importer file matches the golden file") {
    const Workspace ws = test::demoWorkspace();
    for (const auto& [profile, name] :
         {std::pair<std::string, std::string>{"Jira Cloud (company-managed)", "demo-company-managed.json"},
          {"Jira Cloud (team-managed)", "demo-team-managed.json"}}) {
        const auto files = test::writeJsonFiles(ws, test::exportRequest(profile), "out.json");
        REQUIRE(files.paths == std::vector<std::string>{"out.json"});
        compareWithGolden(name, files.content.at("out.json"));
    }
}

TEST_CASE("the demo workspace as REST bulk payloads matches the golden files") {
    const Workspace ws = test::demoWorkspace();
    for (const auto& [profile, folder] :
         {std::pair<std::string, std::string>{"Jira Cloud (company-managed)", "demo-rest-cloud"},
          {"Jira Data Center", "demo-rest-data-center"}}) {
        const auto files = test::writeRestFiles(ws, test::exportRequest(profile), "rest");
        REQUIRE(files.paths.size() == 4);
        for (const std::string& path : files.paths)
            compareWithGolden(folder + "/" + std::filesystem::path(path).filename().string(),
                              files.content.at(path));
    }
}

TEST_CASE("the demo workspace as Jira CSV matches the golden files") {
    const Workspace ws = test::demoWorkspace();
    compareWithGolden("demo-cloud.csv", test::writeCsvText(ws, test::exportRequest()));
    compareWithGolden("demo-data-center.csv",
                      test::writeCsvText(ws, test::exportRequest("Jira Data Center")));
}
