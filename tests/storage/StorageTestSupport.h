#pragma once

#include "TempDir.h"
#include "domain/Workspace.h"
#include "storage/StorageError.h"

#include <functional>
#include <string>

namespace storyloom::test {

/// Runs `action`, which must throw StorageError, and returns the error (the test fails when nothing
/// or something else is thrown).
StorageError storageErrorFrom(const std::function<void()>& action);

/// Sets WorkspaceStore's busy timeout for the life of the object and restores it afterwards.
class BusyTimeoutScope {
public:
    explicit BusyTimeoutScope(int milliseconds);
    ~BusyTimeoutScope();
    BusyTimeoutScope(const BusyTimeoutScope&) = delete;
    BusyTimeoutScope& operator=(const BusyTimeoutScope&) = delete;

private:
    int m_previous;
};

/// The first column of the first row of `sql`, read through a separate connection to `path`, to
/// check what really is in the file.
long long queryInt(const std::string& path, const char* sql);

bool fileExists(const std::string& path);

/// A valid workspace of `stories` stories (with `criteriaEach` criteria and `labelsEach` labels each),
/// spread over 20 epics, with some links and scores: realistic bulk for size and speed checks.
Workspace bulkWorkspace(std::size_t stories, std::size_t criteriaEach = 4, std::size_t labelsEach = 2);

} // namespace storyloom::test
