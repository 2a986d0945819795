#include "JiraJsonReader.h"

#include "exchange/ExchangeError.h"
#include "exchange/JsonParser.h"
#include "exchange/JsonPath.h"
#include "exchange/JsonScanner.h"
#include "exchange/ReadError.h"
#include "exchange/Utf8.h"

#include <algorithm>
#include <functional>
#include <optional>
#include <unordered_map>

namespace storyloom::jira {
namespace {

using json = nlohmann::json;

constexpr const char* kAdvice = "Correct the file and import it again";
constexpr std::string_view kEpicNameType = "com.pyxis.greenhopper.jira:gh-epic-label";
constexpr std::string_view kEpicLinkType = "com.pyxis.greenhopper.jira:gh-epic-link";

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string describeType(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return value.get<bool>() ? "true" : "false";
    case json::value_t::string:
        return "text";
    case json::value_t::array:
        return "a list";
    case json::value_t::object:
        return "an object";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
        return "the number " + value.dump();
    default:
        return "a value of another kind";
    }
}

/// Takes the one string of a JSON string literal, decoded by the project's scanner.
class StringCatcher final : public JsonHandler {
public:
    bool null() override { return false; }
    bool boolean(bool) override { return false; }
    bool integer(std::int64_t) override { return false; }
    bool unsignedInteger(std::uint64_t) override { return false; }
    bool number(double) override { return false; }
    bool string(std::string&& value) override {
        m_value = std::move(value);
        return true;
    }
    bool beginObject() override { return false; }
    bool key(std::string&&) override { return false; }
    bool endObject() override { return false; }
    bool beginArray() override { return false; }
    bool endArray() override { return false; }
    std::string& value() { return m_value; }

private:
    std::string m_value;
};

/// Walks JSON text and calls `visit(path, depth, offset)` where each value starts, the path written as
/// JsonPath writes it. The tree parseJson returns has no positions; this finds them afterwards (for
/// the issues, and for the place of an error). It stops when `visit` returns false, at the nesting
/// limit, or where the text stops being JSON, so it is safe on a file that parseJson refused.
class ValueWalker {
public:
    using Visit = std::function<bool(const std::string& path, int depth, std::size_t offset)>;

    ValueWalker(std::string_view text, Visit visit) : m_text(text), m_visit(std::move(visit)) {}

    void run() {
        std::string path;
        value(path, 0);
    }

private:
    void whitespace() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool at(char c) const { return m_pos < m_text.size() && m_text[m_pos] == c; }

    bool skipString() {
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '\\') {
                m_pos += 2;
            } else {
                ++m_pos;
                if (c == '"')
                    return true;
            }
        }
        return false;
    }

    bool value(std::string& path, int depth) {
        whitespace();
        if (m_pos >= m_text.size() || !m_visit(path, depth, m_pos) || depth > kMaxJsonDepth)
            return false;
        const char c = m_text[m_pos];
        if (c == '{')
            return object(path, depth);
        if (c == '[')
            return array(path, depth);
        if (c == '"')
            return skipString();
        const std::size_t start = m_pos;
        while (m_pos < m_text.size() &&
               std::string_view(",]} \t\r\n").find(m_text[m_pos]) == std::string_view::npos)
            ++m_pos;
        return m_pos > start;
    }

    bool object(std::string& path, int depth) {
        ++m_pos;
        whitespace();
        if (at('}')) {
            ++m_pos;
            return true;
        }
        for (;;) {
            whitespace();
            if (!at('"'))
                return false;
            const std::size_t start = m_pos;
            if (!skipString())
                return false;
            StringCatcher key;
            JsonScanner scanner(m_text.substr(start, m_pos - start), key, 1);
            if (!scanner.scan())
                return false;
            whitespace();
            if (!at(':'))
                return false;
            ++m_pos;
            const std::size_t length = path.size();
            JsonPath::appendKey(path, key.value());
            if (!value(path, depth + 1))
                return false;
            path.resize(length);
            whitespace();
            if (at(',')) {
                ++m_pos;
                continue;
            }
            if (at('}')) {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    bool array(std::string& path, int depth) {
        ++m_pos;
        whitespace();
        if (at(']')) {
            ++m_pos;
            return true;
        }
        for (std::size_t index = 0;; ++index) {
            const std::size_t length = path.size();
            JsonPath::appendIndex(path, index);
            if (!value(path, depth + 1))
                return false;
            path.resize(length);
            whitespace();
            if (at(',')) {
                ++m_pos;
                continue;
            }
            if (at(']')) {
                ++m_pos;
                return true;
            }
            return false;
        }
    }

    std::string_view m_text;
    Visit m_visit;
    std::size_t m_pos = 0;
};

/// Where the `occurrence`-th value at `path` starts (the second for a key given twice).
std::optional<TextPosition> locate(std::string_view text, const std::string& path, int occurrence = 1) {
    std::optional<TextPosition> found;
    int seen = 0;
    ValueWalker(text, [&](const std::string& at, int, std::size_t offset) {
        if (at == path && ++seen == occurrence) {
            found = positionOf(text, offset);
            return false;
        }
        return true;
    }).run();
    return found;
}

/// Lines and columns of ascending offsets, counted in one pass.
class LineCounter {
public:
    explicit LineCounter(std::string_view text) : m_text(text) {}
    TextPosition at(std::size_t offset) {
        for (; m_pos < offset && m_pos < m_text.size(); ++m_pos) {
            if (m_text[m_pos] == '\n') {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
        }
        TextPosition pos;
        pos.line = m_line;
        for (std::size_t i = m_lineStart; i < offset && i < m_text.size(); ++i)
            if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
                ++pos.column;
        return pos;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
    std::size_t m_lineStart = 0;
    int m_line = 1;
};

std::string join(const std::string& path, std::string_view key) {
    std::string out = path;
    JsonPath::appendKey(out, key);
    return out;
}

std::string join(const std::string& path, std::size_t index) {
    std::string out = path;
    JsonPath::appendIndex(out, index);
    return out;
}

class Reader {
public:
    Reader(std::string_view text, const std::string& file, const ImportOptions& options)
        : m_text(text), m_file(file), m_options(options) {}

    SourceFile read() {
        json root;
        try {
            root = parseJson(m_text, m_file);
        } catch (const ExchangeError& e) {
            // A key given twice is reported with its path only; add the place of the second one.
            if (e.line() != 0 || e.where().empty())
                throw;
            const auto pos = locate(m_text, e.where(), 2);
            if (!pos)
                throw;
            throw ExchangeError(std::string(e.what()) + " The second one is at line " +
                                    std::to_string(pos->line) + ", column " + std::to_string(pos->column) +
                                    ".",
                                e.file(), pos->line, pos->column, e.where());
        }
        if (!root.is_object())
            fail("",
                 "the file must hold an object ({...}) with a \"projects\" list, not " + describeType(root));
        SourceFile file;
        file.fileName = m_file;
        const auto projects = root.find("projects");
        if (projects == root.end())
            fail("", "the file has no \"projects\" list, so it is not a Jira JSON importer file");
        if (!projects->is_array())
            fail("projects", "projects must be a list ([...]), not " + describeType(*projects));
        findIssuePositions();
        for (std::size_t p = 0; p < projects->size(); ++p)
            readProject((*projects)[p], join("projects", p), file);
        if (const auto links = root.find("links"); links != root.end())
            readLinks(*links, file);
        return file;
    }

private:
    [[noreturn]] void fail(const std::string& path, const std::string& problem) const {
        const auto pos = path.empty() ? std::optional<TextPosition>(TextPosition{}) : locate(m_text, path);
        std::string text = problem;
        if (pos && !path.empty())
            text += " (line " + std::to_string(pos->line) + ", column " + std::to_string(pos->column) +
                    ", at " + path + ")";
        else if (!path.empty())
            text += " (at " + path + ")";
        throwReadError(m_file, text, kAdvice, pos ? pos->line : 0, pos ? pos->column : 0, path);
    }

    /// The start of every projects[p].issues[i], in one pass over the text.
    void findIssuePositions() {
        std::vector<std::pair<std::string, std::size_t>> found;
        ValueWalker(m_text, [&](const std::string& path, int depth, std::size_t offset) {
            if (depth == 4 && path.rfind("projects[", 0) == 0 && path.find("].issues[") != std::string::npos)
                found.emplace_back(path, offset);
            return true;
        }).run();
        LineCounter lines(m_text);
        for (auto& [path, offset] : found)
            m_issueAt.emplace(std::move(path), lines.at(offset));
    }

    std::string takeText(json& value, const std::string& path, std::string_view name) const {
        if (!value.is_string())
            fail(path, std::string(name) + " must be text (in double quotes), not " + describeType(value));
        return std::move(value.get_ref<std::string&>());
    }

    /// Text, or "" when the member is absent or null.
    std::string optionalText(json& object, std::string_view key, const std::string& path) const {
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return {};
        return takeText(*it, join(path, key), key);
    }

    /// An id: text, or a whole number written as digits.
    std::string idText(json& value, const std::string& path, std::string_view name) const {
        if (value.is_number_integer() || value.is_number_unsigned())
            return value.dump();
        if (!value.is_string())
            fail(path, std::string(name) + " must be text or a whole number, not " + describeType(value));
        return std::move(value.get_ref<std::string&>());
    }

    std::vector<std::string> textList(json& object, std::string_view key, const std::string& path) const {
        std::vector<std::string> out;
        const auto it = object.find(key);
        if (it == object.end() || it->is_null())
            return out;
        const std::string at = join(path, key);
        if (!it->is_array())
            fail(at, std::string(key) + " must be a list of text ([\"...\"]), not " + describeType(*it));
        for (std::size_t i = 0; i < it->size(); ++i)
            out.push_back(takeText((*it)[i], join(at, i), std::string("each of ") + std::string(key)));
        return out;
    }

    void readProject(json& project, const std::string& path, SourceFile& file) {
        if (!project.is_object())
            fail(path, "each project must be an object ({...}), not " + describeType(project));
        std::string name = optionalText(project, "name", path);
        std::string key = optionalText(project, "key", path);
        if (file.projectKey.empty() && file.projectName.empty()) {
            file.projectName = std::move(name);
            file.projectKey = std::move(key);
        }
        const auto issues = project.find("issues");
        if (issues == project.end() || issues->is_null())
            return;
        const std::string at = join(path, "issues");
        if (!issues->is_array())
            fail(at, "issues must be a list ([...]), not " + describeType(*issues));
        for (std::size_t i = 0; i < issues->size(); ++i) {
            file.issues.emplace_back();
            readIssue((*issues)[i], join(at, i), file.issues.back());
            const auto& issue = file.issues.back();
            if (!issue.externalId.empty() &&
                !m_issueById.emplace(issue.externalId, file.issues.size() - 1).second)
                fail(join(issue.path, "externalId"),
                     "the externalId \"" + utf8::forMessage(issue.externalId) +
                         "\" is used by another issue too (line " +
                         std::to_string(file.issues[m_issueById[issue.externalId]].line) +
                         "); each issue needs its own");
        }
    }

    void readIssue(json& value, const std::string& path, SourceIssue& issue) {
        if (!value.is_object())
            fail(path, "each issue must be an object ({...}), not " + describeType(value));
        issue.path = path;
        if (const auto pos = m_issueAt.find(path); pos != m_issueAt.end()) {
            issue.line = pos->second.line;
            issue.column = pos->second.column;
        }
        if (const auto it = value.find("externalId"); it != value.end() && !it->is_null())
            issue.externalId = idText(*it, join(path, "externalId"), "externalId");
        issue.issueType = optionalText(value, "issueType", path);
        if (issue.issueType.empty())
            issue.issueType = "Story";
        issue.summary = optionalText(value, "summary", path);
        if (issue.summary.find_first_not_of(" \t\r\n") == std::string::npos)
            fail(path,
                 "the issue" +
                     (issue.externalId.empty() ? std::string()
                                               : " with externalId " + utf8::forMessage(issue.externalId)) +
                     " has no summary, and every epic and story needs a title");
        issue.description = optionalText(value, "description", path);
        issue.status = optionalText(value, "status", path);
        issue.priority = optionalText(value, "priority", path);
        issue.labels = textList(value, "labels", path);
        if (const auto it = value.find("parent"); it != value.end() && !it->is_null())
            issue.parent = idText(*it, join(path, "parent"), "parent");
        const auto fields = value.find("customFieldValues");
        if (fields == value.end() || fields->is_null())
            return;
        const std::string at = join(path, "customFieldValues");
        if (!fields->is_array())
            fail(at, "customFieldValues must be a list ([...]), not " + describeType(*fields));
        for (std::size_t i = 0; i < fields->size(); ++i)
            readCustomField((*fields)[i], join(at, i), issue);
    }

    void readCustomField(json& field, const std::string& path, SourceIssue& issue) {
        if (!field.is_object())
            fail(path, "each custom field value must be an object ({...}), not " + describeType(field));
        const std::string name = optionalText(field, "fieldName", path);
        const std::string type = optionalText(field, "fieldType", path);
        const auto value = field.find("value");
        if (value == field.end() || value->is_null())
            return;
        const std::string at = join(path, "value");
        const bool isPoints = std::any_of(m_options.pointsFields.begin(), m_options.pointsFields.end(),
                                          [&](const std::string& p) { return lower(p) == lower(name); });
        if (isPoints) {
            if (value->is_number())
                issue.points = value->dump();
            else if (value->is_string())
                issue.points = std::move(value->get_ref<std::string&>());
            else
                fail(at,
                     "the story points must be a number or text such as \"5\", not " + describeType(*value));
            if (issue.points.find_first_not_of(" \t") != std::string::npos && !parsePoints(issue.points))
                fail(at, "the story points \"" + utf8::forMessage(issue.points) +
                             "\" are not a number of zero or more");
        } else if (!m_options.criteriaField.empty() && lower(name) == lower(m_options.criteriaField)) {
            issue.criteriaText = takeText(*value, at, "the acceptance criteria");
        } else if (type == kEpicNameType || lower(name) == "epic name") {
            issue.epicName = takeText(*value, at, "the Epic Name");
        } else if (type == kEpicLinkType || lower(name) == "epic link") {
            issue.epicLink = idText(*value, at, "the Epic Link");
        }
    }

    void readLinks(json& links, SourceFile& file) {
        if (links.is_null())
            return;
        if (!links.is_array())
            fail("links", "links must be a list ([...]), not " + describeType(links));
        for (std::size_t i = 0; i < links.size(); ++i) {
            const std::string path = join("links", i);
            json& link = links[i];
            if (!link.is_object())
                fail(path, "each link must be an object ({...}), not " + describeType(link));
            const std::string name = lower(optionalText(link, "name", path));
            const bool isParent = name == "sub-task-link";
            const bool isBlocks = name == "blocks";
            if (!isParent && !isBlocks)
                continue; // other link types have no place in a workspace
            SourceIssue* source = linkEnd(link, "sourceId", path, file);
            SourceIssue* destination = linkEnd(link, "destinationId", path, file);
            if (isParent)
                source->parent = destination->externalId; // source = child, destination = parent
            else
                source->blocks.push_back(destination->externalId);
        }
    }

    SourceIssue* linkEnd(json& link, std::string_view key, const std::string& path, SourceFile& file) {
        const std::string at = join(path, key);
        const auto it = link.find(key);
        if (it == link.end() || it->is_null())
            fail(path, "the link has no " + std::string(key));
        const std::string id = idText(*it, at, key);
        const auto found = m_issueById.find(id);
        if (found == m_issueById.end())
            fail(at, std::string(key) + " \"" + utf8::forMessage(id) +
                         "\" is not the externalId of an issue in the file");
        return &file.issues[found->second];
    }

    std::string_view m_text;
    const std::string& m_file;
    const ImportOptions& m_options;
    std::unordered_map<std::string, TextPosition> m_issueAt;
    std::unordered_map<std::string, std::size_t> m_issueById;
};

} // namespace

SourceFile readJiraJson(std::string_view text, const std::string& fileName, const ImportOptions& options) {
    return Reader(text, fileName, options).read();
}

} // namespace storyloom::jira
