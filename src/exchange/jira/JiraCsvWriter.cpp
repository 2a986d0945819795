// writeCsv(): one file for Jira's CSV importer, epics first (docs/jira-export.md, "CSV columns").
#include "JiraCsvWriter.h"

#include "CsvWriter.h"
#include "JiraDescription.h"
#include "JiraExport.h"

#include <algorithm>

namespace storyloom::jira {

std::vector<std::string> csvHeader(const Profile& profile, std::size_t labelColumns) {
    std::vector<std::string> h{"Issue ID", "Issue Type", "Summary", "Parent", "Description"};
    for (std::size_t i = 0; i < std::max<std::size_t>(labelColumns, 1); ++i)
        h.emplace_back("Labels");
    h.push_back(profile.storyPointsField);
    h.emplace_back("Priority");
    if (profile.exportsStatuses())
        h.emplace_back("Status");
    if (profile.criteriaLocation == CriteriaLocation::CustomField)
        h.push_back(profile.criteriaField);
    if (profile.site == Site::DataCenter) {
        h.emplace_back("Epic Name");
        h.emplace_back("Epic Link");
    }
    return h;
}

void writeCsv(const Workspace& workspace, const ExportRequest& request, const std::string& path,
              const FileSink& sink) {
    const Selected selected = resolve(workspace, request.selection);
    const Profile& profile = request.profile;
    const bool dataCenter = profile.site == Site::DataCenter;
    const bool criteriaField = profile.criteriaLocation == CriteriaLocation::CustomField;
    std::size_t labelColumns = 1;
    for (const Story* s : selected.stories)
        labelColumns = std::max(labelColumns, s->labels.size());

    CsvWriter csv;
    csv.row(csvHeader(profile, labelColumns));
    const auto tail = [&](std::vector<std::string>& row, const std::vector<std::string>& labels,
                          const std::string& points, const std::string& priority, const std::string& status,
                          const std::string& criteria) {
        for (std::size_t i = 0; i < labelColumns; ++i)
            row.push_back(i < labels.size() ? labels[i] : std::string());
        row.push_back(points);
        row.push_back(priority);
        if (profile.exportsStatuses())
            row.push_back(status);
        if (criteriaField)
            row.push_back(criteria);
    };
    for (const Epic* e : selected.epics) {
        std::vector<std::string> row{externalId(e->key, e->id), profile.epicType, e->title, "",
                                     epicDescription(*e)};
        tail(row, {}, "", "", "", "");
        if (dataCenter) {
            row.push_back(e->title);
            row.emplace_back();
        }
        csv.row(row);
    }
    for (const Story* s : selected.stories) {
        const Epic* epic = selected.epicOf(*s);
        std::vector<std::string> row{externalId(s->key, s->id), profile.storyType, s->title,
                                     epic && !dataCenter ? externalId(epic->key, epic->id) : std::string(),
                                     storyDescription(*s, profile)};
        tail(row, exportedLabels(s->labels, profile), s->points ? std::to_string(*s->points) : std::string(),
             priorityName(profile, s->moscow), statusName(profile, s->status),
             criteriaField ? criteriaBlocks(*s) : std::string());
        if (dataCenter) {
            row.emplace_back();
            row.push_back(epic ? epic->title : std::string());
        }
        csv.row(row);
    }
    sink(path, csv.take());
}

} // namespace storyloom::jira
