#include "Adf.h"

#include "exchange/JsonWriter.h"

#include <string>
#include <vector>

namespace storyloom::jira::adf {
namespace {

void beginDoc(JsonWriter& w) {
    w.beginObject();
    w.stringMember("type", "doc");
    w.integerMember("version", 1);
    w.key("content");
    w.beginArray();
}

void endDoc(JsonWriter& w) {
    w.endArray();
    w.endObject();
}

void beginNode(JsonWriter& w, std::string_view type) {
    w.beginObject();
    w.stringMember("type", type);
}

/// A text node (nothing for empty text: ADF forbids empty text nodes).
void textNode(JsonWriter& w, std::string_view text, std::string_view mark = {}) {
    if (text.empty())
        return;
    beginNode(w, "text");
    w.stringMember("text", text);
    if (!mark.empty()) {
        w.key("marks");
        w.beginArray();
        beginNode(w, mark);
        w.endObject();
        w.endArray();
    }
    w.endObject();
}

/// Text nodes for `text`, its line breaks (LF, CR LF or CR) written as hardBreak nodes.
void inlineText(JsonWriter& w, std::string_view text, std::string_view mark = {}) {
    std::size_t start = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] != '\n' && text[i] != '\r')
            continue;
        textNode(w, text.substr(start, i - start), mark);
        if (i == text.size())
            break;
        if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')
            ++i;
        beginNode(w, "hardBreak");
        w.endObject();
        start = i + 1;
    }
}

void beginParagraph(JsonWriter& w) {
    beginNode(w, "paragraph");
    w.key("content");
    w.beginArray();
}

void endNode(JsonWriter& w) {
    w.endArray();
    w.endObject();
}

void paragraph(JsonWriter& w, std::string_view text) {
    beginParagraph(w);
    inlineText(w, text);
    endNode(w);
}

/// Splits text at empty lines into paragraphs; a paragraph's own line breaks become hardBreak nodes.
void paragraphs(JsonWriter& w, std::string_view text) {
    std::string normalised;
    normalised.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\r') {
            normalised += '\n';
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else {
            normalised += text[i];
        }
    }
    std::size_t start = 0;
    while (start <= normalised.size()) {
        std::size_t end = normalised.find("\n\n", start);
        if (end == std::string::npos)
            end = normalised.size();
        std::string_view block(normalised.data() + start, end - start);
        while (!block.empty() && block.front() == '\n')
            block.remove_prefix(1);
        while (!block.empty() && block.back() == '\n')
            block.remove_suffix(1);
        if (!block.empty())
            paragraph(w, block);
        start = end + 2;
    }
}

void cell(JsonWriter& w, std::string_view type, std::string_view text) {
    beginNode(w, type);
    w.key("content");
    w.beginArray();
    paragraph(w, text);
    endNode(w);
}

void row(JsonWriter& w, std::string_view cellType, const std::vector<std::string_view>& cells) {
    beginNode(w, "tableRow");
    w.key("content");
    w.beginArray();
    for (std::string_view text : cells)
        cell(w, cellType, text);
    endNode(w);
}

void criteriaBlocks(JsonWriter& w, const std::vector<AcceptanceCriterion>& criteria) {
    std::size_t i = 0;
    while (i < criteria.size()) {
        const CriterionFormat format = criteria[i].format;
        if (format == CriterionFormat::GivenWhenThen) {
            beginNode(w, "table");
            w.key("attrs");
            w.beginObject();
            w.key("isNumberColumnEnabled");
            w.boolean(false);
            w.stringMember("layout", "default");
            w.endObject();
            w.key("content");
            w.beginArray();
            row(w, "tableHeader", {"Given", "When", "Then", "Kind", "WCAG", "Done"});
            for (; i < criteria.size() && criteria[i].format == format; ++i) {
                const AcceptanceCriterion& c = criteria[i];
                row(w, "tableCell", {c.given, c.when, c.then, label(c.kind), c.wcag, c.done ? "yes" : "no"});
            }
            endNode(w);
        } else {
            beginNode(w, "bulletList");
            w.key("content");
            w.beginArray();
            for (; i < criteria.size() && criteria[i].format == format; ++i) {
                const AcceptanceCriterion& c = criteria[i];
                beginNode(w, "listItem");
                w.key("content");
                w.beginArray();
                beginParagraph(w);
                textNode(w, c.done ? "[done] " : "[open] ", "strong");
                inlineText(w, c.text);
                std::string note = " (" + std::string(label(c.kind));
                if (!c.wcag.empty())
                    note += ", WCAG " + c.wcag;
                note += ")";
                textNode(w, note, "em");
                endNode(w);
                endNode(w);
            }
            endNode(w);
        }
    }
}

bool hasUserStory(const Story& s) {
    return !s.asA.empty() || !s.iWant.empty() || !s.soThat.empty();
}

bool hasText(std::string_view text) {
    return text.find_first_not_of("\r\n") != std::string_view::npos;
}

} // namespace

bool hasStoryDescription(const Story& story, const Profile& profile) {
    return hasUserStory(story) || hasText(story.description) ||
           (profile.criteriaLocation == CriteriaLocation::Description && !story.criteria.empty());
}

void writeStoryDescription(JsonWriter& w, const Story& story, const Profile& profile) {
    beginDoc(w);
    const std::pair<std::string_view, const std::string*> parts[] = {
        {"As a", &story.asA}, {"I want", &story.iWant}, {"So that", &story.soThat}};
    for (const auto& [prefix, value] : parts) {
        if (value->empty())
            continue;
        beginParagraph(w);
        textNode(w, prefix, "strong");
        textNode(w, " ");
        inlineText(w, *value);
        endNode(w);
    }
    paragraphs(w, story.description);
    if (profile.criteriaLocation == CriteriaLocation::Description && !story.criteria.empty()) {
        beginNode(w, "heading");
        w.key("attrs");
        w.beginObject();
        w.integerMember("level", 3);
        w.endObject();
        w.key("content");
        w.beginArray();
        textNode(w, "Acceptance criteria");
        endNode(w);
        criteriaBlocks(w, story.criteria);
    }
    endDoc(w);
}

void writeCriteria(JsonWriter& w, const Story& story) {
    beginDoc(w);
    criteriaBlocks(w, story.criteria);
    endDoc(w);
}

void writeText(JsonWriter& w, std::string_view text) {
    beginDoc(w);
    paragraphs(w, text);
    endDoc(w);
}

} // namespace storyloom::jira::adf
