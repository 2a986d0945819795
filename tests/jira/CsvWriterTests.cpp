#include "ExportTestSupport.h"

#include "exchange/jira/CsvWriter.h"
#include "exchange/jira/JiraCsvWriter.h"

#include <catch2/catch.hpp>

using namespace storyloom;
using namespace storyloom::jira;

TEST_CASE("CSV fields with commas, quotes or line breaks are quoted with quotes doubled") {
    CHECK(CsvWriter::field("plain") == "plain");
    CHECK(CsvWriter::field("a,b") == "\"a,b\"");
    CHECK(CsvWriter::field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(CsvWriter::field("line\nbreak") == "\"line\nbreak\"");
    CHECK(CsvWriter::field("cr\rhere") == "\"cr\rhere\"");
    CHECK(CsvWriter::field("") == "");
}

TEST_CASE("CSV fields that a spreadsheet would run as a formula get a leading apostrophe") {
    CHECK(CsvWriter::field("=SUM(A1)") == "'=SUM(A1)");
    CHECK(CsvWriter::field("+1") == "'+1");
    CHECK(CsvWriter::field("-5% churn") == "'-5% churn");
    CHECK(CsvWriter::field("@cmd") == "'@cmd");
    CHECK(CsvWriter::field("\tx") == "'\tx");
    CHECK(CsvWriter::field("'quoted") == "''quoted");
    CHECK(CsvWriter::field("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    CHECK(CsvWriter::field("\r=1") == "\"'\r=1\"");
    CHECK(CsvWriter::field("a=b") == "a=b");
}

TEST_CASE("CSV records end with CR LF and keep the commas of empty fields") {
    CsvWriter csv;
    csv.row({"a", "", ""});
    csv.row({"", "b", ""});
    CHECK(csv.take() == "a,,\r\n,b,\r\n");
}

TEST_CASE("the CSV header repeats Labels and adds Status, criteria and epic columns only when needed") {
    const auto profiles = presets();
    CHECK(csvHeader(profiles[0], 2) == std::vector<std::string>{"Issue ID", "Issue Type", "Summary", "Parent",
                                                                "Description", "Labels", "Labels",
                                                                "Story Points", "Priority"});
    CHECK(csvHeader(profiles[1], 0).at(6) == "Story point estimate");
    Profile dc = profiles[2];
    dc.statuses[StoryStatus::Ready] = "Ready";
    dc.criteriaLocation = CriteriaLocation::CustomField;
    dc.criteriaField = "Acceptance Criteria";
    CHECK(csvHeader(dc, 1) == std::vector<std::string>{"Issue ID", "Issue Type", "Summary", "Parent",
                                                       "Description", "Labels", "Story Points", "Priority",
                                                       "Status", "Acceptance Criteria", "Epic Name",
                                                       "Epic Link"});
}

TEST_CASE("the Jira CSV lists epics first and links stories through Parent on Cloud") {
    const Workspace ws = test::sampleWorkspace();
    const std::string csv = test::writeCsvText(ws, test::exportRequest());
    const auto firstLineEnd = csv.find("\r\n");
    const std::string header = csv.substr(0, firstLineEnd);
    CHECK(header.rfind("Issue ID,Issue Type,Summary,Parent,Description,Labels", 0) == 0);
    // the rows after the header: every epic row comes before the first story row
    std::size_t lastEpic = 0;
    std::size_t firstStory = std::string::npos;
    for (const Epic& e : ws.epics)
        lastEpic = std::max(lastEpic, csv.find("\r\n" + externalId(e.key, e.id) + ",Epic,"));
    for (const Story& s : ws.stories)
        firstStory = std::min(firstStory, csv.find("\r\n" + externalId(s.key, s.id) + ",Story,"));
    CHECK(lastEpic < firstStory);
    const Story& child =
        *std::find_if(ws.stories.begin(), ws.stories.end(), [](const Story& s) { return s.epicId; });
    const Epic& parent = *ws.findEpic(*child.epicId);
    CHECK(csv.find("\r\n" + externalId(child.key, child.id) + ",Story," + CsvWriter::field(child.title) +
                   "," + externalId(parent.key, parent.id) + ",") != std::string::npos);
}

TEST_CASE("the Data Center CSV links stories by Epic Name and Epic Link") {
    const Workspace ws = test::sampleWorkspace();
    const std::string csv = test::writeCsvText(ws, test::exportRequest("Jira Data Center"));
    CHECK(csv.substr(0, csv.find("\r\n")).find(",Epic Name,Epic Link") != std::string::npos);
    const Story& child =
        *std::find_if(ws.stories.begin(), ws.stories.end(), [](const Story& s) { return s.epicId; });
    const Epic& parent = *ws.findEpic(*child.epicId);
    CHECK(csv.find("," + CsvWriter::field(parent.title) + ",\r\n") != std::string::npos); // the epic row
    CHECK(csv.find(",," + CsvWriter::field(parent.title) + "\r\n") != std::string::npos); // a child row
}
