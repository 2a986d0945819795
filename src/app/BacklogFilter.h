#pragma once

#include "domain/Enums.h"
#include "domain/Ids.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace storyloom {

/// What the backlog shows: free text plus facets. Facets combine with AND; the values inside one
/// facet with OR; an empty facet does not filter.
struct BacklogFilter {
    enum class Readiness { Any, Ready, NotReady };

    QString text; ///< matched case-insensitively against title, user-story parts, description, criteria
    std::vector<Id> epicIds;
    std::vector<StoryStatus> statuses;
    QStringList labels;
    std::vector<Id> personaIds;
    std::vector<Id> releaseIds;
    Readiness readiness = Readiness::Any;

    bool isEmpty() const;

    /// Compact JSON, stable across versions: what a saved filter stores in the settings.
    QString toString() const;
    /// Parses toString()'s output; nullopt when `text` is not a saved filter.
    static std::optional<BacklogFilter> fromString(const QString& text);
    /// "backlog.filter.<name>": the workspace setting a saved filter lives under.
    static QString settingName(const QString& name);

    bool operator==(const BacklogFilter&) const = default;
};

} // namespace storyloom
