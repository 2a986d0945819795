#pragma once

#include "domain/Insight.h"
#include "domain/Persona.h"

#include <vector>

namespace storyloom {

class Database;

/// The personas and insights tables. Deleting one unlinks it from every story (ON DELETE CASCADE on
/// the link tables). Callers own the transaction.
class ResearchRepository {
public:
    explicit ResearchRepository(Database& db) : m_db(db) {}

    /// Returns the id (allocated when it is 0).
    Id insert(const Persona& persona);
    Id insert(const Insight& insight);
    /// False when the id is unknown.
    bool update(const Persona& persona);
    bool update(const Insight& insight);
    bool removePersona(Id id);
    bool removeInsight(Id id);
    void clear();

    /// In id order.
    std::vector<Persona> personas();
    std::vector<Insight> insights();

private:
    Database& m_db;
};

} // namespace storyloom
