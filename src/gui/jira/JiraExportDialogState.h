#pragma once

#include "JiraExportDialog.h"

#include "exchange/jira/JiraExport.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace storyloom {

/// What the preview shows: the profiles to choose from and the last validation of the current choice.
struct JiraExportDialog::State {
    struct Row {
        const Epic* epic = nullptr;
        const Story* story = nullptr;
    };

    std::vector<jira::Profile> profiles;
    QStringList presetNames;
    QStringList savedNames;
    jira::Selected selected;
    std::vector<Row> rows; ///< the rows the table shows (at most kPreviewLimit)
    std::vector<jira::Problem> problems;
    QString selectionError; ///< why the selection cannot be exported at all
    int issueCount = 0;
    int errors = 0;
    int warnings = 0;
};

} // namespace storyloom
