#include "JiraDescriptionReader.h"

namespace storyloom::jira {
namespace {

constexpr std::string_view kCriteriaHeading = "h3. Acceptance criteria";
constexpr std::string_view kTableHeader = "||Given||When||Then||Kind||WCAG||Done||";
constexpr std::string_view kMet = "(/)";
constexpr std::string_view kOpen = "(x)";

/// The writer never writes a CR; files that went through other tools may have CR LF line ends.
std::string withLineFeeds(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            out += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            out += text[i];
        }
    }
    return out;
}

std::vector<std::string_view> splitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lines.push_back(text.substr(start));
            return lines;
        }
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

std::optional<bool> doneMark(std::string_view text) {
    if (text == kMet)
        return true;
    if (text == kOpen)
        return false;
    return std::nullopt;
}

/// "|a|b\|c|" -> {"a", "b\|c"}: splits at pipes that are not escaped; the cells stay escaped.
std::optional<std::vector<std::string_view>> tableCells(std::string_view row) {
    if (row.size() < 2 || row.front() != '|' || row.back() != '|' || row.substr(0, 2) == "||")
        return std::nullopt;
    std::vector<std::string_view> cells;
    std::size_t start = 1;
    for (std::size_t i = 1; i < row.size(); ++i) {
        if (row[i] == '\\') {
            ++i; // an escaped character, or the second half of a forced line break
            continue;
        }
        if (row[i] == '|') {
            cells.push_back(row.substr(start, i - start));
            start = i + 1;
        }
    }
    if (start != row.size()) // the last pipe was escaped: the row does not end with a separator
        return std::nullopt;
    return cells;
}

std::string cellText(std::string_view cell) {
    return cell == " " ? std::string() : unescapeWiki(cell);
}

std::optional<AcceptanceCriterion> tableRow(std::string_view row) {
    const auto cells = tableCells(row);
    if (!cells || cells->size() != 6)
        return std::nullopt;
    AcceptanceCriterion c;
    c.format = CriterionFormat::GivenWhenThen;
    c.given = cellText((*cells)[0]);
    c.when = cellText((*cells)[1]);
    c.then = cellText((*cells)[2]);
    const auto kind = parseCriterionKind((*cells)[3]);
    const auto done = doneMark((*cells)[5]);
    if (!kind || !done)
        return std::nullopt;
    c.kind = *kind;
    c.wcag = cellText((*cells)[4]);
    c.done = *done;
    return c;
}

/// "* (/) text _(Kind)_" or "* (x) text _(Kind, WCAG 1.4.3)_".
std::optional<AcceptanceCriterion> bulletLine(std::string_view line) {
    if (line.substr(0, 2) != "* " || line.size() < 2 + kMet.size() + 1)
        return std::nullopt;
    const auto done = doneMark(line.substr(2, kMet.size()));
    std::string_view rest = line.substr(2 + kMet.size());
    if (!done || rest.front() != ' ' || rest.size() < 2 || rest.substr(rest.size() - 2) != ")_")
        return std::nullopt;
    rest.remove_prefix(1);
    // Escaping keeps " _(" out of user text, so the last one starts the kind.
    const auto meta = rest.rfind(" _(");
    if (meta == std::string_view::npos)
        return std::nullopt;
    std::string_view kindText = rest.substr(meta + 3, rest.size() - meta - 5);
    AcceptanceCriterion c;
    c.format = CriterionFormat::FreeText;
    c.text = unescapeWiki(rest.substr(0, meta));
    c.done = *done;
    constexpr std::string_view kWcag = ", WCAG ";
    if (const auto w = kindText.find(kWcag); w != std::string_view::npos) {
        c.wcag = unescapeWiki(kindText.substr(w + kWcag.size()));
        kindText = kindText.substr(0, w);
    }
    const auto kind = parseCriterionKind(kindText);
    if (!kind)
        return std::nullopt;
    c.kind = *kind;
    return c;
}

/// Tables and bullet lists separated by empty lines; nullopt at the first line that is neither.
std::optional<std::vector<AcceptanceCriterion>> criteriaBlocks(const std::vector<std::string_view>& lines,
                                                               std::size_t from) {
    std::vector<AcceptanceCriterion> criteria;
    bool inTable = false;
    for (std::size_t i = from; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        if (line.empty()) {
            inTable = false;
            continue;
        }
        if (line == kTableHeader) {
            inTable = true;
            continue;
        }
        auto criterion = inTable ? tableRow(line) : bulletLine(line);
        if (!criterion)
            return std::nullopt;
        criteria.push_back(std::move(*criterion));
    }
    return criteria;
}

/// The user-story line `line` fills, or nullptr.
std::string* storyField(std::string_view& line, StoryText& story) {
    struct Prefix {
        std::string_view text;
        std::string StoryText::*field;
    };
    static constexpr Prefix kPrefixes[] = {
        {"*As a* ", &StoryText::asA}, {"*I want* ", &StoryText::iWant}, {"*So that* ", &StoryText::soThat}};
    for (const auto& prefix : kPrefixes) {
        if (line.substr(0, prefix.text.size()) == prefix.text) {
            line.remove_prefix(prefix.text.size());
            return &(story.*prefix.field);
        }
    }
    return nullptr;
}

} // namespace

std::string unescapeWiki(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            out += text[i + 1] == '\\' ? '\n' : text[i + 1];
            ++i;
        } else if (c == '&' && text.substr(i, 5) == "&#92;") {
            out += '\\';
            i += 4;
        } else if (c == '&' && text.substr(i, 5) == "&#38;") {
            out += '&';
            i += 4;
        } else {
            out += c;
        }
    }
    return out;
}

std::optional<std::vector<AcceptanceCriterion>> readCriteriaBlocks(std::string_view wiki) {
    const std::string text = withLineFeeds(wiki);
    return criteriaBlocks(splitLines(text), 0);
}

StoryText readStoryDescription(std::string_view wiki) {
    StoryText story;
    const std::string text = withLineFeeds(wiki);
    if (text.empty())
        return story;
    const auto lines = splitLines(text);

    // 1. The user story: leading lines with the three prefixes, each at most once.
    std::size_t i = 0;
    for (; i < lines.size(); ++i) {
        std::string_view line = lines[i];
        std::string* field = storyField(line, story);
        if (!field || !field->empty() || line.empty())
            break;
        *field = unescapeWiki(line);
    }
    std::size_t bodyStart = i;
    if (i > 0 && i < lines.size()) {
        if (!lines[i].empty()) {
            // The parts are joined by an empty line: without one this is not Storyloom's layout.
            story = StoryText{};
            story.description = unescapeWiki(text);
            return story;
        }
        bodyStart = i + 1;
    }

    // 3. The criteria section: the first heading line at the body's start or after an empty line.
    std::size_t heading = lines.size();
    for (std::size_t k = bodyStart; k < lines.size(); ++k) {
        if (lines[k] == kCriteriaHeading && (k == bodyStart || lines[k - 1].empty())) {
            heading = k;
            break;
        }
    }
    std::optional<std::vector<AcceptanceCriterion>> criteria;
    if (heading < lines.size())
        criteria = criteriaBlocks(lines, heading + 1);
    // A heading whose blocks are not in the layout stays in the description, as written.
    const std::size_t bodyEnd = criteria ? heading : lines.size();

    // 2. The description text: the lines in between, without the empty line before the heading.
    std::size_t descriptionEnd = bodyEnd;
    if (criteria && descriptionEnd > bodyStart)
        --descriptionEnd; // the separating empty line
    std::string description;
    for (std::size_t k = bodyStart; k < descriptionEnd; ++k) {
        if (k > bodyStart)
            description += '\n';
        description += lines[k];
    }
    story.description = unescapeWiki(description);
    if (criteria)
        story.criteria = std::move(*criteria);
    return story;
}

} // namespace storyloom::jira
