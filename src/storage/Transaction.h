#pragma once

namespace storyloom {

class Database;

/// One transaction (RAII), rolled back by the destructor unless commit() was called.
/// A Write transaction starts with BEGIN IMMEDIATE, so the write lock is taken up front and a busy
/// workspace fails at the start (after the busy timeout) rather than half-way through. A Read
/// transaction (BEGIN DEFERRED) gives several SELECTs one consistent snapshot of the file.
class Transaction {
public:
    enum class Kind { Write, Read };

    explicit Transaction(Database& db, Kind kind = Kind::Write);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace storyloom
