#include "JiraExport.h"

#include "JiraOutput.h"

#include "domain/Date.h"

#include <algorithm>
#include <filesystem>

namespace storyloom::jira {

std::string externalId(std::string_view key, long long id) {
    const long long n = keyNumber(key);
    return std::to_string(n > 0 ? n : id);
}

std::string jiraTimestamp(long long ms) {
    std::string text = formatTimestamp(ms); // "...T09:00:00.000Z"
    text.pop_back();
    text += "+0000";
    return text;
}

std::vector<std::string> exportedLabels(const std::vector<std::string>& labels, const Profile& profile) {
    if (profile.labelSpaces != LabelSpaces::Hyphenate)
        return labels;
    std::vector<std::string> out = labels;
    for (std::string& label : out)
        std::replace(label.begin(), label.end(), ' ', '-');
    return out;
}

std::string priorityName(const Profile& profile, Moscow moscow) {
    const auto it = profile.priorities.find(moscow);
    return it == profile.priorities.end() ? std::string() : it->second;
}

std::string statusName(const Profile& profile, StoryStatus status) {
    const auto it = profile.statuses.find(status);
    return it == profile.statuses.end() ? std::string() : it->second;
}

std::string partPath(const std::string& firstPath, std::size_t n) {
    if (n <= 1)
        return firstPath;
    const std::filesystem::path p(firstPath);
    std::string suffix = "-"; // not "-" + to_string(n): GCC 12 -O3 warns falsely (-Wrestrict) about that
    suffix += std::to_string(n);
    const std::string ext = p.extension().string();
    const std::string stem = ext.empty() ? firstPath : firstPath.substr(0, firstPath.size() - ext.size());
    return stem + suffix + ext;
}

bool hasErrors(const std::vector<Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

std::vector<std::string> exportToFiles(const Workspace& workspace, const ExportRequest& request,
                                       Format format, const std::string& path) {
    StagedFiles staged;
    const FileSink sink = [&](const std::string& file, std::string content) { staged.stage(file, content); };
    switch (format) {
    case Format::Json:
        writeJson(workspace, request, path, sink);
        break;
    case Format::Rest:
        StagedFiles::createDirectory(path);
        writeRest(workspace, request, path, sink);
        break;
    case Format::Csv:
        writeCsv(workspace, request, path, sink);
        break;
    }
    return staged.commit();
}

} // namespace storyloom::jira
