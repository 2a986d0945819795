#pragma once

#include "domain/Epic.h"

#include <string>
#include <vector>

namespace storyloom {

class Database;
class Statement;

/// The epics table. Callers own the transaction.
class EpicRepository {
public:
    explicit EpicRepository(Database& db) : m_db(db) {}

    /// Inserts the epic and returns its id (allocated when epic.id is 0).
    Id insert(const Epic& epic);
    /// Rewrites every field except id and key; false when the id is unknown.
    bool update(const Epic& epic);
    /// Deletes the epic; its stories stay, without an epic (ON DELETE SET NULL). False when unknown.
    bool remove(Id id);
    void clear();

    /// Every epic, in id order.
    std::vector<Epic> all();
    /// The rank of the last epic in manual order, empty when there are none.
    std::string lastRank();
    /// What `epic` links to that does not exist (theme, target release), as sentences.
    std::vector<std::string> missingReferences(const Epic& epic);

private:
    void bindRow(Statement& st, const Epic& epic);

    Database& m_db;
};

} // namespace storyloom
