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
    void clear();

    /// In id order.
    std::vector<Theme> themes();
    std::vector<Release> releases();

private:
    Database& m_db;
};

} // namespace storyloom
