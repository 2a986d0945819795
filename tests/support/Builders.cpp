#include "Builders.h"

#include "domain/Rank.h"

namespace storyloom::test {

Workspace sampleWorkspace() {
    Workspace ws;
    ws.productName = "Shop";
    ws.projectKey = "SHOP";
    ws.settings = {{"scoring.framework", "rice"}, {"readiness.requireEvidence", "true"}};

    ws.themes = {{1, "Checkout", "#E8590C"}, {2, "Trust & safety", "#2F9E44"}};
    ws.releases = {{1, "Spring release", Date{2026, 3, 31}}, {2, "Someday", std::nullopt}};
    ws.personas = {{1, "Maya", "Busy parent", "Reorder groceries in under a minute", "Forms that forget her"},
                   {2, "Ravi", "Screen-reader user", "Check out without sighted help",
                    "Unlabelled buttons"}};
    ws.insights = {
        {1, "Shoppers abandon at the address step", InsightSource::Analytics, Date{2026, 1, 12},
         "38% of sessions end on the address form.", 5},
        {2, "Saved cards are expected", InsightSource::Interview, Date{2025, 11, 3},
         "7 of 9 interviewees expected their card to be remembered.", 4},
        {3, "Focus lost after coupon error", InsightSource::UsabilityTest, std::nullopt,
         "Keyboard users could not find the error message.", 3}};

    const auto epicRanks = rank::evenlySpaced(2);
    Epic checkout;
    checkout.id = 1;
    checkout.key = "SHOP-1";
    checkout.title = "Checkout revamp";
    checkout.description = "Make paying fast and accessible.";
    checkout.themeId = 1;
    checkout.status = EpicStatus::InProgress;
    checkout.colour = "#E8590C";
    checkout.horizon = Horizon::Now;
    checkout.startDate = Date{2026, 1, 5};
    checkout.endDate = Date{2026, 3, 27};
    checkout.targetReleaseId = 1;
    checkout.rank = epicRanks[0];
    Epic trust;
    trust.id = 2;
    trust.key = "SHOP-2";
    trust.title = "Account security";
    trust.themeId = 2;
    trust.horizon = Horizon::Next;
    trust.colour = "#2F9E44";
    trust.rank = epicRanks[1];
    ws.epics = {checkout, trust};

    const auto ranks = rank::evenlySpaced(5);
    for (int i = 0; i < 5; ++i) {
        Story s;
        s.id = i + 1;
        s.key = "SHOP-" + std::to_string(i + 3);
        s.epicId = i < 3 ? 1 : 2;
        s.rank = ranks[static_cast<std::size_t>(i)];
        s.createdAt = 1767225600000LL + i * 1000;
        s.updatedAt = s.createdAt + 500;
        ws.stories.push_back(s);
    }
    auto& s1 = ws.stories[0];
    s1.title = "Pay with a saved card";
    s1.asA = "returning shopper";
    s1.iWant = "to pay with a card I saved before";
    s1.soThat = "checkout takes seconds";
    s1.description = "Show saved cards first; the newest card is preselected.";
    s1.status = StoryStatus::Ready;
    s1.points = 5;
    s1.moscow = Moscow::Must;
    s1.labels = {"payments", "ui"};
    s1.personaIds = {1};
    s1.insightIds = {2};
    s1.blocks = {2};
    s1.releaseId = 1;
    s1.inputs.reach = 12000;
    s1.inputs.impact = 2;
    s1.inputs.confidence = 80;
    s1.inputs.effort = 2;
    s1.inputs.iceImpact = 8;
    s1.inputs.iceConfidence = 7;
    s1.inputs.iceEase = 6;
    s1.inputs.businessValue = 13;
    s1.inputs.timeCriticality = 8;
    s1.inputs.riskReduction = 3;
    s1.inputs.jobSize = 5;
    s1.inputs.kanoFunctional = KanoAnswer::Like;
    s1.inputs.kanoDysfunctional = KanoAnswer::Dislike;
    s1.inputs.value = 8;
    s1.inputs.valueEffort = 4;
    s1.inputs.scorecard = {{"Strategic fit", 4}, {"Revenue", 3.5}};
    AcceptanceCriterion c1;
    c1.id = 1;
    c1.format = CriterionFormat::GivenWhenThen;
    c1.given = "I have a saved card";
    c1.when = "I reach the payment step";
    c1.then = "my newest card is preselected";
    AcceptanceCriterion c2;
    c2.id = 2;
    c2.text = "Each saved card has an accessible name with brand and last four digits";
    c2.kind = CriterionKind::Accessibility;
    c2.wcag = "4.1.2";
    c2.done = true;
    AcceptanceCriterion c3;
    c3.id = 3;
    c3.text = "The card list renders within 200 ms";
    c3.kind = CriterionKind::Performance;
    s1.criteria = {c1, c2, c3};

    auto& s2 = ws.stories[1];
    s2.title = "Remove a saved card";
    s2.asA = "shopper";
    s2.iWant = "to remove a card";
    s2.soThat = "old cards do not clutter checkout";
    s2.status = StoryStatus::Refined;
    s2.points = 3;
    s2.moscow = Moscow::Should;
    s2.labels = {"payments"};
    s2.inputs.reach = 3000;
    s2.inputs.impact = 1;
    s2.inputs.confidence = 50;
    s2.inputs.effort = 1;
    AcceptanceCriterion c4;
    c4.id = 4;
    c4.text = "A confirmation names the card being removed";
    c4.kind = CriterionKind::Content;
    s2.criteria = {c4};

    auto& s3 = ws.stories[2];
    s3.title = "Announce coupon errors to screen readers";
    s3.status = StoryStatus::Draft;
    s3.moscow = Moscow::Could;
    s3.labels = {"a11y"};
    s3.personaIds = {2};
    s3.insightIds = {3};
    AcceptanceCriterion c5;
    c5.id = 5;
    c5.text = "The error is announced through a live region";
    c5.kind = CriterionKind::Accessibility;
    c5.wcag = "4.1.3";
    s3.criteria = {c5};

    auto& s4 = ws.stories[3];
    s4.title = "Two-step sign-in";
    s4.status = StoryStatus::InProgress;
    s4.points = 8;
    s4.moscow = Moscow::Must;

    auto& s5 = ws.stories[4];
    s5.title = "Sign out everywhere";
    s5.status = StoryStatus::WontDo;
    s5.points = 0;
    s5.moscow = Moscow::Wont;

    ws.nextKeyNumber = 8;
    return ws;
}

const std::vector<std::string>& hostileStrings() {
    static const std::vector<std::string> strings = {
        "Robert'); DROP TABLE stories;--",
        "\"double\" and 'single' quotes, back\\slash",
        "emoji 🧶🚀👩🏽‍💻 and combining é",
        "العربية من اليمين إلى اليسار",
        "עברית RTL mixed with LTR",
        "line one\nline two\r\nline three\ttab",
        "<script>alert(1)</script> & {curly} [square] |pipe| *bold* _under_ -dash-",
        "control \x01\x02\x1f chars",
        "%s %d %n {} {{}} $1 ?1 :name @name",
        std::string(100 * 1024, 'x') + "end",
    };
    return strings;
}

} // namespace storyloom::test
