#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace storyloom::jira {

/// Writes several files so that either all of them appear or none does: stage() writes each one
/// completely to a temporary beside its target (through writeFileAtomically), commit() renames them all
/// into place. Temporaries not committed are removed by the destructor.
class StagedFiles {
public:
    StagedFiles() = default;
    StagedFiles(const StagedFiles&) = delete;
    StagedFiles& operator=(const StagedFiles&) = delete;
    ~StagedFiles();

    /// Throws ExchangeError naming the file when it cannot be written.
    void stage(const std::string& path, std::string_view content);
    /// Renames every staged file into place, in staging order; returns their paths.
    std::vector<std::string> commit();

    /// Creates `path` (and its parents) unless it exists; throws ExchangeError when it cannot.
    static void createDirectory(const std::string& path);

private:
    std::vector<std::pair<std::string, std::string>> m_staged; ///< (temporary, target)
};

} // namespace storyloom::jira
