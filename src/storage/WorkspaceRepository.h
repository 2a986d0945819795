#pragma once

#include <map>
#include <string>

namespace storyloom {

class Database;

/// The one-row workspace table (product name, project key, key counter) and the settings table.
/// Callers own the transaction.
class WorkspaceRepository {
public:
    struct Info {
        std::string productName;
        std::string projectKey;
        long long nextKeyNumber = 1;
    };

    explicit WorkspaceRepository(Database& db) : m_db(db) {}

    Info info();
    void setInfo(const Info& info);
    /// Takes the next key number ("PROJECT-N") and advances the stored counter, which only grows,
    /// so a deleted story's key is never handed out again.
    std::string allocateKey();
    /// Raises the counter above `keyNumber` when it is not already (restoring a story).
    void reserveKeyNumber(long long keyNumber);
    /// Gives every story and epic key the new project prefix, keeping the numbers.
    void renameKeys(const std::string& projectKey);

    std::map<std::string, std::string> settings();
    void setSetting(const std::string& name, const std::string& value);
    void removeSetting(const std::string& name);
    void clearSettings();

private:
    Database& m_db;
};

} // namespace storyloom
