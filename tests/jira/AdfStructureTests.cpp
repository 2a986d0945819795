#include "ExportTestSupport.h"

#include "exchange/JsonWriter.h"
#include "exchange/jira/Adf.h"

#include <catch2/catch.hpp>

#include <set>

using namespace storyloom;
using namespace storyloom::jira;
using nlohmann::json;

namespace {

/// A structural check after Atlassian's ADF JSON schema, for the node types Storyloom writes: which
/// children each node may have, the required attributes, and non-empty text. Returns the problems.
class AdfChecker {
public:
    std::vector<std::string> check(const json& doc) {
        m_problems.clear();
        expect(doc.is_object() && doc.value("type", "") == "doc", "$", "the root is not a doc node");
        expect(doc.value("version", 0) == 1, "$", "doc.version is not 1");
        children(doc, "$", {"paragraph", "heading", "bulletList", "orderedList", "table"}, false);
        return m_problems;
    }

private:
    void expect(bool ok, const std::string& path, const std::string& what) {
        if (!ok)
            m_problems.push_back(path + ": " + what);
    }

    void children(const json& node, const std::string& path, const std::set<std::string>& allowed,
                  bool requireOne) {
        const auto it = node.find("content");
        if (it == node.end()) {
            expect(!requireOne, path, "content is missing");
            return;
        }
        expect(it->is_array(), path, "content is not an array");
        if (!it->is_array())
            return;
        expect(!requireOne || !it->empty(), path, "content is empty");
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& child = (*it)[i];
            const std::string childPath = path + ".content[" + std::to_string(i) + "]";
            const std::string type = child.value("type", "");
            expect(allowed.count(type) > 0, childPath, "node type '" + type + "' is not allowed here");
            node_(child, childPath, type);
        }
    }

    void node_(const json& n, const std::string& path, const std::string& type) {
        for (const auto& [key, value] : n.items())
            expect(key == "type" || key == "content" || key == "attrs" || key == "text" || key == "marks",
                   path, "unexpected member '" + key + "'");
        const std::set<std::string> inlineNodes{"text", "hardBreak"};
        if (type == "paragraph") {
            children(n, path, inlineNodes, false);
        } else if (type == "heading") {
            const int level = n.contains("attrs") ? n["attrs"].value("level", 0) : 0;
            expect(level >= 1 && level <= 6, path, "heading level is not 1 to 6");
            children(n, path, inlineNodes, false);
        } else if (type == "bulletList" || type == "orderedList") {
            children(n, path, {"listItem"}, true);
        } else if (type == "listItem") {
            children(n, path, {"paragraph", "bulletList", "orderedList"}, true);
        } else if (type == "table") {
            children(n, path, {"tableRow"}, true);
        } else if (type == "tableRow") {
            children(n, path, {"tableHeader", "tableCell"}, true);
        } else if (type == "tableHeader" || type == "tableCell") {
            children(n, path, {"paragraph", "bulletList", "orderedList", "heading"}, true);
        } else if (type == "text") {
            expect(n.contains("text") && n["text"].is_string() && !n["text"].get<std::string>().empty(), path,
                   "text node without text");
            if (n.contains("marks"))
                for (const auto& m : n["marks"])
                    expect(m.value("type", "") == "strong" || m.value("type", "") == "em", path,
                           "unknown mark");
        } else if (type == "hardBreak") {
            expect(!n.contains("content"), path, "hardBreak has content");
        }
    }

    std::vector<std::string> m_problems;
};

json storyDoc(const Story& s, const Profile& profile) {
    JsonWriter w;
    adf::writeStoryDescription(w, s, profile);
    return json::parse(w.take());
}

std::string joined(const std::vector<std::string>& problems) {
    std::string out;
    for (const auto& p : problems)
        out += p + "\n";
    return out;
}

} // namespace

TEST_CASE("every demo story's ADF description passes the structural check") {
    const Workspace ws = test::demoWorkspace();
    const Profile profile = presets().front();
    AdfChecker checker;
    for (const Story& s : ws.stories) {
        INFO(s.key);
        CHECK(joined(checker.check(storyDoc(s, profile))).empty());
    }
}

TEST_CASE("ADF descriptions of hostile text pass the structural check and keep the text") {
    AdfChecker checker;
    for (const std::string& text : test::hostileStrings()) {
        Story s;
        s.asA = text;
        s.description = text + "\n\n\n" + text;
        AcceptanceCriterion c;
        c.format = CriterionFormat::GivenWhenThen;
        c.given = text;
        s.criteria = {c};
        const json doc = storyDoc(s, presets().front());
        INFO(doc.dump());
        CHECK(joined(checker.check(doc)).empty());
    }
}

TEST_CASE("the ADF description mirrors the wiki layout: user story, text, heading, table, list") {
    Story s;
    s.asA = "shopper";
    s.description = "one\ntwo\n\nthree";
    AcceptanceCriterion g;
    g.format = CriterionFormat::GivenWhenThen;
    g.given = "a cart";
    g.then = "it is paid";
    g.done = true;
    AcceptanceCriterion f;
    f.text = "Contrast is 4.5:1";
    f.kind = CriterionKind::Accessibility;
    f.wcag = "1.4.3";
    s.criteria = {g, f};
    const json doc = storyDoc(s, presets().front());
    const json& content = doc["content"];
    REQUIRE(content.size() == 6);
    CHECK(content[0]["content"][0] ==
          json({{"type", "text"}, {"text", "As a"}, {"marks", {{{"type", "strong"}}}}}));
    CHECK(content[0]["content"][1]["text"] == " ");
    CHECK(content[0]["content"][2]["text"] == "shopper");
    // "one\ntwo" is one paragraph with a hard break; "three" the next paragraph
    CHECK(content[1]["content"][1]["type"] == "hardBreak");
    CHECK(content[2]["content"][0]["text"] == "three");
    CHECK(content[3]["type"] == "heading");
    CHECK(content[3]["attrs"]["level"] == 3);
    CHECK(content[4]["type"] == "table");
    const json& row = content[4]["content"][1]["content"];
    CHECK(row[0]["content"][0]["content"][0]["text"] == "a cart");
    CHECK(row[1]["content"][0]["content"].empty()); // an empty When: an empty paragraph, no empty text
    CHECK(row[5]["content"][0]["content"][0]["text"] == "yes");
    CHECK(content[5]["type"] == "bulletList");
    const json& item = content[5]["content"][0]["content"][0]["content"];
    CHECK(item[1]["text"] == "Contrast is 4.5:1");
    CHECK(item[2]["text"] == " (Accessibility, WCAG 1.4.3)");
    CHECK(AdfChecker().check(doc).empty());
}

TEST_CASE("the structural check rejects what ADF forbids") {
    AdfChecker checker;
    const json emptyText = json::parse(
        R"({"type":"doc","version":1,"content":[{"type":"paragraph","content":[{"type":"text","text":""}]}]})");
    CHECK(checker.check(emptyText).size() == 1);
    const json textAtTop =
        json::parse(R"({"type":"doc","version":1,"content":[{"type":"text","text":"x"}]})");
    CHECK_FALSE(checker.check(textAtTop).empty());
    const json emptyList =
        json::parse(R"({"type":"doc","version":1,"content":[{"type":"bulletList","content":[]}]})");
    CHECK_FALSE(checker.check(emptyList).empty());
}
