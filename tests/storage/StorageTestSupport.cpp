#include "StorageTestSupport.h"

#include "Builders.h"
#include "domain/Rank.h"
#include "storage/Database.h"
#include "storage/Statement.h"
#include "storage/WorkspaceStore.h"

#include <catch2/catch.hpp>

#include <filesystem>

namespace storyloom::test {

StorageError storageErrorFrom(const std::function<void()>& action) {
    try {
        action();
    } catch (const StorageError& e) {
        return e;
    }
    FAIL("expected a StorageError, but nothing was thrown");
    throw std::logic_error("unreachable");
}

BusyTimeoutScope::BusyTimeoutScope(int milliseconds) : m_previous(WorkspaceStore::busyTimeoutMs()) {
    WorkspaceStore::setBusyTimeoutMs(milliseconds);
}

BusyTimeoutScope::~BusyTimeoutScope() {
    WorkspaceStore::setBusyTimeoutMs(m_previous);
}

long long queryInt(const std::string& path, const char* sql) {
    Database db(path, Database::Mode::ReadWrite);
    db.setBusyTimeout(1000);
    return db.queryInt(sql);
}

bool fileExists(const std::string& path) {
    std::error_code ec;
    return std::filesystem::exists(path, ec);
}

Workspace bulkWorkspace(std::size_t storyCount, std::size_t criteriaEach, std::size_t labelsEach) {
    Workspace ws;
    ws.productName = "Bulk";
    ws.projectKey = "BULK";
    ws.settings = {{"scoring.framework", "wsjf"}};
    ws.personas = {{1, "Maya", "Busy parent", "Quick reorders", "Slow forms"}};
    ws.insights = {{1, "Checkout drop-off", InsightSource::Analytics, Date{2026, 1, 12}, "38% leave.", 5}};
    ws.releases = {{1, "Spring", Date{2026, 3, 31}}};
    const std::size_t epicCount = 20;
    const auto epicRanks = rank::evenlySpaced(epicCount);
    long long key = 1;
    for (std::size_t e = 0; e < epicCount; ++e) {
        Epic epic;
        epic.id = static_cast<Id>(e + 1);
        epic.key = "BULK-" + std::to_string(key++);
        epic.title = "Epic " + std::to_string(e + 1);
        epic.rank = epicRanks[e];
        ws.epics.push_back(std::move(epic));
    }
    const auto ranks = rank::evenlySpaced(storyCount);
    static const char* kLabels[] = {"payments", "ui", "a11y", "search", "perf", "content", "mobile"};
    Id criterionId = 1;
    ws.stories.reserve(storyCount);
    for (std::size_t i = 0; i < storyCount; ++i) {
        Story s;
        s.id = static_cast<Id>(i + 1);
        s.key = "BULK-" + std::to_string(key++);
        s.epicId = static_cast<Id>(i % epicCount + 1);
        s.title = "Story number " + std::to_string(i + 1) + " lets a shopper do something useful";
        s.asA = "returning shopper";
        s.iWant = "to finish checkout quickly";
        s.soThat = "I do not give up half-way";
        s.description = "Longer description of story " + std::to_string(i + 1) +
                        ", with enough words to look like a real backlog item written by a product owner.";
        s.status = static_cast<StoryStatus>(i % 6);
        s.points = i % 3 == 0 ? std::optional<int>(5) : std::nullopt;
        s.moscow = static_cast<Moscow>(i % 5);
        s.rank = ranks[i];
        s.createdAt = 1767225600000LL + static_cast<long long>(i);
        s.updatedAt = s.createdAt + 1000;
        for (std::size_t l = 0; l < labelsEach; ++l)
            s.labels.push_back(kLabels[(i + l) % 7]);
        if (i % 10 == 0) {
            s.personaIds = {1};
            s.insightIds = {1};
            s.releaseId = 1;
        }
        if (i % 50 == 1)
            s.blocks = {static_cast<Id>(i)};
        s.inputs.reach = static_cast<double>(i % 1000);
        s.inputs.impact = 1;
        s.inputs.businessValue = 8;
        if (i % 25 == 0)
            s.inputs.scorecard = {{"Strategic fit", 3}};
        for (std::size_t c = 0; c < criteriaEach; ++c) {
            AcceptanceCriterion ac;
            ac.id = criterionId++;
            if (c % 2 == 0) {
                ac.text = "Criterion " + std::to_string(c + 1) +
                          ": the page announces the result to screen readers";
                ac.kind = CriterionKind::Accessibility;
                ac.wcag = "4.1.3";
            } else {
                ac.format = CriterionFormat::GivenWhenThen;
                ac.given = "I have items in my basket";
                ac.when = "I press Pay";
                ac.then = "the order is placed within two seconds";
            }
            s.criteria.push_back(std::move(ac));
        }
        ws.stories.push_back(std::move(s));
    }
    ws.nextKeyNumber = key;
    return ws;
}

} // namespace storyloom::test
