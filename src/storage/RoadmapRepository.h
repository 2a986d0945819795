#pragma once

#include "domain/Release.h"
#include "domain/Theme.h"

#include <vector>

namespace storyloom {

class Database;

/// The themes and releases tables. Callers own the transaction.
class RoadmapRepository {
public:
    explicit RoadmapRepository(Database& db) : m_db(db) {}

    /// Returns the id (allocated when it is 0).
    Id insert(const Theme& theme);
    Id insert(const Release& release);
    /// False when the id is unknown.
    bool update(const Theme& theme);
    /// Deletes the theme; its epics stay, without a theme (ON DELETE SET NULL). False when unknown.
    bool removeTheme(Id id);
    void clear();

    /// In id order.
    std::vector<Theme> themes();
    std::vector<Release> releases();

private:
    Database& m_db;
};

} // namespace storyloom
