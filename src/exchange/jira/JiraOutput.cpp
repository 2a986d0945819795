#include "JiraOutput.h"

#include "exchange/AtomicFile.h"
#include "exchange/ExchangeError.h"

#include <filesystem>
#include <system_error>

#include <unistd.h>

namespace storyloom::jira {

namespace fs = std::filesystem;

StagedFiles::~StagedFiles() {
    for (const auto& [temporary, target] : m_staged) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
    }
}

void StagedFiles::stage(const std::string& path, std::string_view content) {
    const fs::path target(path);
    // Built by appending: GCC 12 at -O3 warns falsely (-Wrestrict) about "." + std::string.
    std::string name = ".";
    name += target.filename().string();
    name += ".export-";
    name += std::to_string(::getpid());
    const fs::path temporary = target.parent_path() / name;
    writeFileAtomically(temporary.string(), content);
    m_staged.emplace_back(temporary.string(), path);
}

std::vector<std::string> StagedFiles::commit() {
    // A target that is a folder would fail its rename half way through: refuse before renaming anything.
    for (const auto& [temporary, target] : m_staged) {
        std::error_code error;
        if (fs::is_directory(target, error))
            throw ExchangeError("Cannot save \"" + target +
                                    "\": a folder of that name is in the way. Remove it "
                                    "or choose another output name, then export again.",
                                target);
    }
    std::vector<std::string> written;
    for (std::size_t i = 0; i < m_staged.size(); ++i) {
        std::error_code error;
        fs::rename(m_staged[i].first, m_staged[i].second, error);
        if (error) {
            const std::string target = m_staged[i].second;
            // Undo the renames already done so no partial export stays behind (files they replaced are lost).
            for (const std::string& done : written) {
                std::error_code ignored;
                fs::remove(done, ignored);
            }
            m_staged.erase(m_staged.begin(), m_staged.begin() + static_cast<std::ptrdiff_t>(i));
            throw ExchangeError("Cannot save \"" + target + "\": " + error.message() +
                                    ". Check that you may write to its folder, then export again.",
                                target);
        }
        written.push_back(m_staged[i].second);
    }
    m_staged.clear();
    return written;
}

void StagedFiles::createDirectory(const std::string& path) {
    std::error_code error;
    if (fs::is_directory(path, error))
        return;
    fs::create_directories(path, error);
    if (error)
        throw ExchangeError("Cannot create the folder \"" + path + "\": " + error.message() +
                                ". Choose another output folder.",
                            path);
}

} // namespace storyloom::jira
