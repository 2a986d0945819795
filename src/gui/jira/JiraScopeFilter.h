#pragma once

#include "JiraExportDialog.h"

#include "exchange/jira/JiraSelection.h"

#include <QList>
#include <QString>

namespace storyloom {

class Document;

/// The jira::Selection for a scope of the export dialog. A saved filter is passed on by name, except
/// one with a readiness facet: the exchange layer cannot apply readiness rules, so its stories are
/// matched here (with the document's readiness context) and passed as a list of stories.
jira::Selection jiraSelection(const Document& document, JiraExportDialog::Scope scope, const QString& epicKey,
                              const QString& releaseName, const QString& filterName,
                              const QList<qint64>& selectedStoryIds);

} // namespace storyloom
