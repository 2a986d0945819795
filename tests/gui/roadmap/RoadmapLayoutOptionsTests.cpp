// The layout options in the Roadmap view's header: timeline scale, matrix bubbles and size, scores.
#include "RoadmapFixture.h"

#include "roadmap/RoadmapSpec.h"
#include "roadmap/Scene.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>

#include <algorithm>
#include <set>

using namespace storyloom;
using roadmap::Layout;
using roadmap::Role;

namespace {

bool anyStartsWith(const std::vector<std::string>& texts, const std::string& prefix) {
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& t) { return t.rfind(prefix, 0) == 0; });
}

/// The view `name` as the file stores it (read back with a fresh store).
roadmap::RoadmapSpec storedView(test::RoadmapFixture& f, const std::string& name) {
    const Workspace ws = f.reopened();
    const auto it = ws.settings.find(std::string(roadmap::kViewsSetting));
    REQUIRE(it != ws.settings.end());
    const auto views = roadmap::parseViews(it->second);
    const roadmap::RoadmapSpec* view = roadmap::findView(views, name);
    REQUIRE(view);
    return *view;
}

bool anyTextContains(const roadmap::Scene& scene, Role role, const std::string& part) {
    const auto texts = scene.textsWith(role);
    return std::any_of(texts.begin(), texts.end(),
                       [&](const std::string& t) { return t.find(part) != std::string::npos; });
}

} // namespace

TEST_CASE("the timeline's scale switches between months and quarters and is saved with the view") {
    test::RoadmapFixture f;
    auto* scale = f.view->findChild<QComboBox*>("scaleCombo");
    auto* bubbles = f.view->findChild<QComboBox*>("bubbleSubjectCombo");
    REQUIRE(scale);
    REQUIRE(bubbles);
    CHECK(scale->isHidden()); // the board has no scale
    f.view->setLayoutKind(Layout::Timeline);
    CHECK_FALSE(scale->isHidden());
    CHECK(bubbles->isHidden());
    CHECK(scale->currentText() == "Months");
    CHECK(anyStartsWith(f.canvas().scene().textsWith(Role::Header), "Mar"));

    // By keyboard: Down in the focused drop-down chooses Quarters.
    scale->setFocus();
    QTest::keyClick(scale, Qt::Key_Down);
    f.settle();
    CHECK(f.view->currentSpec().scale == roadmap::TimeScale::Quarters);
    CHECK(anyStartsWith(f.canvas().scene().textsWith(Role::Header), "Q1"));
    CHECK_FALSE(anyStartsWith(f.canvas().scene().textsWith(Role::Header), "Mar"));

    REQUIRE(f.view->saveViewAs("Quarterly"));
    CHECK(storedView(f, "Quarterly").scale == roadmap::TimeScale::Quarters);
    f.view->showView(0);
    CHECK(scale->isHidden());
    const int quarterly = f.view->viewNames().indexOf("Quarterly");
    REQUIRE(quarterly >= 0);
    f.view->showView(quarterly);
    CHECK(scale->currentText() == "Quarters");
}

TEST_CASE("the matrix plots stories instead of epics and sizes bubbles by reach when chosen") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Matrix);
    auto* subject = f.view->findChild<QComboBox*>("bubbleSubjectCombo");
    auto* size = f.view->findChild<QComboBox*>("bubbleSizeCombo");
    REQUIRE(subject);
    REQUIRE(size);
    CHECK_FALSE(subject->isHidden());
    CHECK_FALSE(size->isHidden());
    CHECK(f.view->findChild<QComboBox*>("scaleCombo")->isHidden());

    const auto kinds = [&] {
        std::set<roadmap::ItemKind> seen;
        for (const auto& item : f.canvas().scene().items)
            if (item.role == Role::Bubble)
                seen.insert(item.kind);
        return seen;
    };
    CHECK(kinds() == std::set<roadmap::ItemKind>{roadmap::ItemKind::Epic});
    subject->setCurrentIndex(subject->findText("Stories"));
    f.settle();
    CHECK(f.view->currentSpec().matrixSubject == roadmap::MatrixSubject::Stories);
    CHECK(kinds() == std::set<roadmap::ItemKind>{roadmap::ItemKind::Story});

    size->setCurrentIndex(size->findText("Reach"));
    f.settle();
    CHECK(f.view->currentSpec().bubbleSize == roadmap::BubbleSize::Reach);
    REQUIRE(f.view->saveViewAs("Stories by reach"));
    const roadmap::RoadmapSpec stored = storedView(f, "Stories by reach");
    CHECK(stored.matrixSubject == roadmap::MatrixSubject::Stories);
    CHECK(stored.bubbleSize == roadmap::BubbleSize::Reach);
}

TEST_CASE("scores follow the audience unless chosen, and the choice is kept with the view") {
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Matrix);
    auto* scores = f.view->findChild<QCheckBox*>("showScoresCheck");
    REQUIRE(scores);
    CHECK(scores->isChecked()); // the team sees scores
    CHECK(anyTextContains(f.canvas().scene(), Role::Bubble, "value "));

    f.view->setExecutive(true);
    CHECK_FALSE(scores->isChecked()); // executives do not, by default
    CHECK_FALSE(anyTextContains(f.canvas().scene(), Role::Bubble, "value "));

    QTest::mouseClick(scores, Qt::LeftButton, {}, QPoint(8, scores->height() / 2));
    f.settle();
    CHECK(scores->isChecked());
    CHECK(f.view->currentSpec().showScores == std::optional<bool>(true));
    CHECK(anyTextContains(f.canvas().scene(), Role::Bubble, "value "));
    REQUIRE(f.view->saveViewAs("Exec with scores"));
    CHECK(storedView(f, "Exec with scores").showScores == std::optional<bool>(true));

    // Unticking it again returns to the audience's default rather than storing a choice.
    scores->setChecked(false);
    f.settle();
    CHECK_FALSE(f.view->currentSpec().showScores.has_value());
}

TEST_CASE("the layout options have accessible names and mnemonics") {
    test::RoadmapFixture f;
    for (const char* name : {"scaleCombo", "bubbleSubjectCombo", "bubbleSizeCombo"}) {
        auto* combo = f.view->findChild<QComboBox*>(name);
        REQUIRE(combo);
        CHECK_FALSE(combo->accessibleName().isEmpty());
        bool hasBuddy = false;
        for (auto* label : f.view->findChildren<QLabel*>())
            hasBuddy = hasBuddy || (label->buddy() == combo && label->text().contains('&'));
        CHECK(hasBuddy);
    }
    CHECK(f.view->findChild<QCheckBox*>("showScoresCheck")->text().contains('&'));
}

TEST_CASE("the roadmap header fits a view 900 px wide in every layout, whatever the view's name") {
    // 900 px: a 1280 px window with the story editor panel open.
    test::RoadmapFixture f;
    f.view->setLayoutKind(Layout::Board);
    REQUIRE(f.view->saveViewAs("Checkout, access and delivery for the quarterly executive review"));
    for (Layout layout : {Layout::Board, Layout::Timeline, Layout::Matrix}) {
        f.view->setLayoutKind(layout);
        QCoreApplication::processEvents();
        INFO("layout " << static_cast<int>(layout));
        CHECK(f.view->minimumSizeHint().width() <= 900);
    }
}

TEST_CASE("a view's title is printed at the top, saved with the view, and empty means the default") {
    test::RoadmapFixture f;
    REQUIRE(f.view->findChild<QAbstractButton*>("titleButton"));
    CHECK(anyStartsWith(f.canvas().scene().textsWith(Role::Title), "Basketry roadmap"));
    f.view->setTitle(QStringLiteral("  Q3 2026 product review "));
    CHECK(anyStartsWith(f.canvas().scene().textsWith(Role::Title), "Q3 2026 product review"));
    REQUIRE(f.view->saveViewAs("Q3 review"));
    CHECK(storedView(f, "Q3 review").title == "Q3 2026 product review");
    f.view->setTitle({});
    CHECK(anyStartsWith(f.canvas().scene().textsWith(Role::Title), "Basketry roadmap"));
}
