#include "JiraDescription.h"

#include "WikiMarkup.h"

namespace storyloom::jira {
namespace {

void cell(std::string& out, std::string_view value) {
    if (value.empty())
        out += ' ';
    else
        wiki::appendInline(out, value);
    out += '|';
}

void appendTableRow(std::string& out, const AcceptanceCriterion& c) {
    out += '|';
    cell(out, c.given);
    cell(out, c.when);
    cell(out, c.then);
    cell(out, label(c.kind));
    cell(out, c.wcag);
    cell(out, doneMarker(c.done));
}

void appendBullet(std::string& out, const AcceptanceCriterion& c) {
    out += "* ";
    out += doneMarker(c.done);
    out += ' ';
    wiki::appendInline(out, c.text);
    out += " _(";
    out += label(c.kind);
    if (!c.wcag.empty()) {
        out += ", WCAG ";
        wiki::appendInline(out, c.wcag);
    }
    out += ")_";
}

/// Appends the blocks, each preceded by `firstSeparator` (the first) or an empty line (the rest).
void appendBlocks(std::string& out, const std::vector<AcceptanceCriterion>& criteria,
                  std::string_view firstSeparator) {
    std::size_t i = 0;
    bool first = true;
    while (i < criteria.size()) {
        out += first ? firstSeparator : std::string_view("\n\n");
        first = false;
        const CriterionFormat format = criteria[i].format;
        if (format == CriterionFormat::GivenWhenThen)
            out += "||Given||When||Then||Kind||WCAG||Done||";
        bool firstLine = format != CriterionFormat::GivenWhenThen;
        for (; i < criteria.size() && criteria[i].format == format; ++i) {
            if (!firstLine)
                out += '\n';
            firstLine = false;
            if (format == CriterionFormat::GivenWhenThen)
                appendTableRow(out, criteria[i]);
            else
                appendBullet(out, criteria[i]);
        }
    }
}

void separate(std::string& out) {
    if (!out.empty())
        out += "\n\n";
}

} // namespace

std::string_view doneMarker(bool done) {
    return done ? "(/)" : "(x)";
}

std::string storyDescription(const Story& story, const Profile& profile) {
    std::string out;
    out.reserve(64 + story.asA.size() + story.iWant.size() + story.soThat.size() + story.description.size() +
                160 * story.criteria.size());
    const std::pair<std::string_view, const std::string*> parts[] = {
        {"*As a* ", &story.asA}, {"*I want* ", &story.iWant}, {"*So that* ", &story.soThat}};
    for (const auto& [prefix, value] : parts) {
        if (value->empty())
            continue;
        if (!out.empty())
            out += '\n';
        out += prefix;
        wiki::appendInline(out, *value);
    }
    if (!story.description.empty()) {
        separate(out);
        wiki::appendBlock(out, story.description);
    }
    if (profile.criteriaLocation == CriteriaLocation::Description && !story.criteria.empty()) {
        separate(out);
        out += kCriteriaHeading;
        appendBlocks(out, story.criteria, "\n\n");
    }
    return out;
}

std::string criteriaBlocks(const Story& story) {
    std::string out;
    appendBlocks(out, story.criteria, "");
    return out;
}

std::string epicDescription(const Epic& epic) {
    return wiki::escapeBlock(epic.description);
}

} // namespace storyloom::jira
