#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

namespace storyloom {

Transaction::Transaction(Database& db, Kind kind) : m_db(db) {
    m_db.exec(kind == Kind::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    m_open = true;
}

Transaction::~Transaction() {
    if (m_open) {
        // Nothing useful can be done with a failed rollback inside a destructor; SQLite rolls the
        // transaction back itself when the connection closes.
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_open = false;
}

} // namespace storyloom
