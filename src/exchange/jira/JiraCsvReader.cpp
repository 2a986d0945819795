#include "JiraCsvReader.h"

#include "CsvReader.h"
#include "exchange/ReadError.h"
#include "exchange/Utf8.h"

#include <algorithm>
#include <unordered_map>

namespace storyloom::jira {
namespace {

constexpr const char* kAdvice = "Correct the file and import it again";

enum class Column {
    Ignored,
    Key,
    Id,
    Type,
    Summary,
    Description,
    Status,
    Priority,
    Label,
    Points,
    EpicName,
    EpicLink,
    Parent,
    ParentId,
    BlocksOut,
    BlocksIn,
    ProjectKey,
    ProjectName,
    Criteria
};

/// Lower case without spaces at the ends.
std::string normalised(std::string_view text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    std::string out(text.substr(first, last - first + 1));
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

struct ColumnInfo {
    Column column = Column::Ignored;
    std::size_t pointsPriority = 0; ///< for Points: the index of its name in options.pointsFields
};

ColumnInfo classify(const std::string& header, const ImportOptions& options) {
    static const std::unordered_map<std::string, Column> kNames{
        {"issue key", Column::Key},
        {"issue id", Column::Id},
        {"issue type", Column::Type},
        {"summary", Column::Summary},
        {"description", Column::Description},
        {"status", Column::Status},
        {"priority", Column::Priority},
        {"labels", Column::Label},
        {"epic name", Column::EpicName},
        {"custom field (epic name)", Column::EpicName},
        {"epic link", Column::EpicLink},
        {"custom field (epic link)", Column::EpicLink},
        {"parent", Column::Parent},
        {"parent id", Column::ParentId},
        {"outward issue link (blocks)", Column::BlocksOut},
        {"inward issue link (blocks)", Column::BlocksIn},
        {"project key", Column::ProjectKey},
        {"project name", Column::ProjectName}};
    const std::string name = normalised(header);
    if (!options.criteriaField.empty()) {
        const std::string field = normalised(options.criteriaField);
        if (name == field || name == "custom field (" + field + ")")
            return {Column::Criteria, 0};
    }
    for (std::size_t i = 0; i < options.pointsFields.size(); ++i) {
        const std::string field = normalised(options.pointsFields[i]);
        if (name == field || name == "custom field (" + field + ")")
            return {Column::Points, i};
    }
    const auto it = kNames.find(name);
    return {it == kNames.end() ? Column::Ignored : it->second, 0};
}

class Reader {
public:
    Reader(std::string_view text, const std::string& file, const ImportOptions& options)
        : m_csv(text, file), m_file(file), m_options(options) {}

    SourceFile read() {
        SourceFile file;
        file.fileName = m_file;
        CsvRecord header;
        if (!m_csv.next(header))
            throwReadError(m_file, "the file is empty; a Jira CSV file starts with a line of column names",
                           "Export the issues again, or choose the right file");
        bool hasSummary = false;
        for (const auto& field : header.fields) {
            m_columns.push_back(classify(field.text, m_options));
            hasSummary = hasSummary || m_columns.back().column == Column::Summary;
        }
        if (!hasSummary)
            fail(header.line, 1,
                 "the first line must name the columns and include \"Summary\", but it has no Summary "
                 "column");

        CsvRecord record;
        std::vector<std::vector<std::string>> blockedBy; // per issue: "Inward issue link (Blocks)"
        while (m_csv.next(record)) {
            if (record.fields.size() != m_columns.size()) {
                const auto& last = record.fields.back();
                fail(last.line, last.column,
                     "this record has " + std::to_string(record.fields.size()) +
                         " cells but the first line "
                         "names " +
                         std::to_string(m_columns.size()) +
                         " columns; every record needs one cell per column (a cell with a comma or a line "
                         "break must be in double quotes)");
            }
            file.issues.emplace_back();
            blockedBy.emplace_back();
            readIssue(record, file, file.issues.back(), blockedBy.back());
        }
        linkInwardBlocks(file, blockedBy);
        return file;
    }

private:
    [[noreturn]] void fail(int line, int column, const std::string& problem) const {
        throwReadError(
            m_file, problem + " (line " + std::to_string(line) + ", column " + std::to_string(column) + ")",
            kAdvice, line, column);
    }

    /// Takes back the apostrophe Storyloom's writer puts before text a spreadsheet would run as a formula.
    std::string cell(std::string& text) const {
        if (m_options.removeFormulaApostrophe && text.size() >= 2 && text[0] == '\'' &&
            std::string_view("=+-@'\t\r").find(text[1]) != std::string_view::npos)
            text.erase(0, 1);
        return std::move(text);
    }

    void readIssue(CsvRecord& record, SourceFile& file, SourceIssue& issue,
                   std::vector<std::string>& blockedBy) {
        issue.line = record.line;
        issue.column = 1;
        std::size_t pointsPriority = m_options.pointsFields.size();
        std::string parentId;
        const CsvField* summaryField = nullptr;
        for (std::size_t i = 0; i < record.fields.size(); ++i) {
            CsvField& field = record.fields[i];
            const ColumnInfo& info = m_columns[i];
            if (info.column == Column::Ignored)
                continue;
            std::string text = cell(field.text);
            const bool blank = trimmed(text).empty();
            switch (info.column) {
            case Column::Key:
                issue.key = trimmed(text);
                break;
            case Column::Id:
                issue.externalId = trimmed(text);
                break;
            case Column::Type:
                issue.issueType = trimmed(text);
                break;
            case Column::Summary:
                issue.summary = std::move(text);
                summaryField = &field;
                break;
            case Column::Description:
                issue.description = std::move(text);
                break;
            case Column::Status:
                issue.status = trimmed(text);
                break;
            case Column::Priority:
                issue.priority = trimmed(text);
                break;
            case Column::Label:
                if (!blank)
                    issue.labels.push_back(trimmed(text));
                break;
            case Column::Points:
                if (!blank && info.pointsPriority < pointsPriority) {
                    if (!parsePoints(text))
                        fail(field.line, field.column,
                             "the story points \"" + utf8::forMessage(text) +
                                 "\" are not a number of zero or more");
                    issue.points = trimmed(text);
                    pointsPriority = info.pointsPriority;
                }
                break;
            case Column::EpicName:
                issue.epicName = std::move(text);
                break;
            case Column::EpicLink:
                issue.epicLink = trimmed(text);
                break;
            case Column::Parent:
                issue.parent = trimmed(text);
                break;
            case Column::ParentId:
                parentId = trimmed(text);
                break;
            case Column::BlocksOut:
                if (!blank)
                    issue.blocks.push_back(trimmed(text));
                break;
            case Column::BlocksIn:
                if (!blank)
                    blockedBy.push_back(trimmed(text));
                break;
            case Column::ProjectKey:
                if (file.projectKey.empty())
                    file.projectKey = trimmed(text);
                break;
            case Column::ProjectName:
                if (file.projectName.empty())
                    file.projectName = std::move(text);
                break;
            case Column::Criteria:
                issue.criteriaText = std::move(text);
                break;
            case Column::Ignored:
                break;
            }
        }
        if (issue.parent.empty())
            issue.parent = std::move(parentId);
        if (issue.issueType.empty())
            issue.issueType = "Story";
        if (summaryField && trimmed(issue.summary).empty())
            fail(summaryField->line, summaryField->column,
                 "the summary is empty, and every epic and story needs a title");
    }

    /// "Inward issue link (Blocks)" on B naming A means A blocks B.
    static void linkInwardBlocks(SourceFile& file, const std::vector<std::vector<std::string>>& blockedBy) {
        std::unordered_map<std::string, std::size_t> index;
        for (std::size_t i = 0; i < file.issues.size(); ++i) {
            if (!file.issues[i].key.empty())
                index.emplace(file.issues[i].key, i);
            if (!file.issues[i].externalId.empty())
                index.emplace(file.issues[i].externalId, i);
        }
        for (std::size_t i = 0; i < blockedBy.size(); ++i) {
            const auto& self = file.issues[i];
            const std::string ref = self.key.empty() ? self.externalId : self.key;
            if (ref.empty())
                continue;
            for (const auto& blocker : blockedBy[i]) {
                const auto it = index.find(blocker);
                if (it == index.end())
                    continue; // a blocker outside the file cannot be linked
                auto& blocks = file.issues[it->second].blocks;
                if (std::find(blocks.begin(), blocks.end(), ref) == blocks.end())
                    blocks.push_back(ref);
            }
        }
    }

    CsvReader m_csv;
    const std::string& m_file;
    const ImportOptions& m_options;
    std::vector<ColumnInfo> m_columns;
};

} // namespace

SourceFile readJiraCsv(std::string_view text, const std::string& fileName, const ImportOptions& options) {
    return Reader(text, fileName, options).read();
}

} // namespace storyloom::jira
