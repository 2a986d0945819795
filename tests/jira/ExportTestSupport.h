#pragma once

#include "Builders.h"
#include "TempDir.h"

#include "domain/Clock.h"
#include "exchange/NativeJson.h"
#include "exchange/jira/JiraExport.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace storyloom::test {

/// 2026-11-30T09:00:00Z: "today" for every export test.
inline constexpr long long kExportNow = 1796029200000LL;

inline const FixedClock& exportClock() {
    static const FixedClock clock(kExportNow);
    return clock;
}

/// resources/demo/demo-workspace.json, the workspace the golden files are made from.
inline Workspace demoWorkspace() {
    const std::string path = std::string(STORYLOOM_SOURCE_DIR) + "/resources/demo/demo-workspace.json";
    return nativejson::read(readBytes(path), path);
}

inline jira::ExportRequest exportRequest(const std::string& profileName = "Jira Cloud (company-managed)") {
    jira::ExportRequest request;
    for (const jira::Profile& p : jira::presets())
        if (p.name == profileName)
            request.profile = p;
    request.clock = &exportClock();
    return request;
}

/// Collects what a writer produces, by path, in order.
struct CollectedFiles {
    std::vector<std::string> paths;
    std::map<std::string, std::string> content;

    jira::FileSink sink() {
        return [this](const std::string& path, std::string text) {
            paths.push_back(path);
            content[path] = std::move(text);
        };
    }
    nlohmann::json json(const std::string& path) const { return nlohmann::json::parse(content.at(path)); }
};

inline CollectedFiles writeJsonFiles(const Workspace& ws, const jira::ExportRequest& request,
                                     const std::string& path = "out.json") {
    CollectedFiles files;
    jira::writeJson(ws, request, path, files.sink());
    return files;
}

inline CollectedFiles writeRestFiles(const Workspace& ws, const jira::ExportRequest& request,
                                     const std::string& directory = "rest") {
    CollectedFiles files;
    jira::writeRest(ws, request, directory, files.sink());
    return files;
}

inline std::string writeCsvText(const Workspace& ws, const jira::ExportRequest& request) {
    CollectedFiles files;
    jira::writeCsv(ws, request, "out.csv", files.sink());
    return files.content.at("out.csv");
}

/// A workspace with `epics` epics, `storiesPerEpic` stories under each and `orphans` stories without one.
Workspace generatedWorkspace(int epics, int storiesPerEpic, int orphans);

} // namespace storyloom::test
