#include "EditorFixture.h"

#include "app/Readiness.h"
#include "backlog/BacklogModel.h"
#include "editor/CriteriaEditor.h"
#include "editor/DefinitionOfReadyDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QScrollArea>

using namespace storyloom;
using test::EditorFixture;

TEST_CASE("the editor's readiness checklist names each rule with a tick or a cross in words") {
    EditorFixture f("SHOP-4");
    const QString text = f.editor.readinessText();
    CHECK(text.contains(QStringLiteral("✗ Missing: Status is Ready — status is not Ready")));
    CHECK(text.contains(QStringLiteral("✗ Missing: No open blocker — blocked by SHOP-3")));
    CHECK(text.contains(QStringLiteral("✗ Missing: Linked to evidence (an insight) — no linked insight")));
    CHECK(text.contains(QStringLiteral("✓ Passed: Estimated")));
    CHECK(f.child<QLabel>("readinessSummary")->text() == QStringLiteral("Not ready: 3 items missing."));
    // Live: linking an insight in the editor ticks the evidence rule.
    f.child<QListWidget>("insightsList")->item(0)->setCheckState(Qt::Checked);
    CHECK(f.editor.readinessText().contains(QStringLiteral("✓ Passed: Linked to evidence")));
}

TEST_CASE("a story that passes every rule reads as ready") {
    EditorFixture f("SHOP-3");
    CHECK(f.child<QLabel>("readinessSummary")->text() == QStringLiteral("Ready for a sprint."));
    CHECK_FALSE(f.editor.readinessText().contains(QStringLiteral("✗")));
}

TEST_CASE("the editor says when a readiness setting cannot be read instead of ignoring it silently") {
    EditorFixture f("SHOP-4");
    REQUIRE(f.doc.changeSetting(QStringLiteral("readiness.requireEstimate"), QStringLiteral("maybe")));
    CHECK(f.editor.readinessText().contains(
        QStringLiteral("⚠ The setting readiness.requireEstimate is \"maybe\", which is neither true nor false")));
}

TEST_CASE("the Definition of Ready dialog changes the rules in one undo step") {
    EditorFixture f("SHOP-4");
    const int steps = f.undoSteps();
    DefinitionOfReadyDialog dialog(f.doc, &f.editor);
    CHECK(dialog.ruleCheck(QStringLiteral("readiness.requireEvidence"))->isChecked());
    dialog.ruleCheck(QStringLiteral("readiness.requireStatusReady"))->setChecked(false);
    dialog.ruleCheck(QStringLiteral("readiness.requireEvidence"))->setChecked(false);
    dialog.uiLabelsEdit()->setText(QStringLiteral("ui, Screen"));
    REQUIRE(dialog.apply(true));
    CHECK(f.undoSteps() == steps + 1);
    const auto& settings = f.doc.workspace().settings;
    CHECK(settings.at("readiness.requireStatusReady") == "false");
    CHECK(settings.at("readiness.requireEvidence") == "false");
    CHECK(settings.at("readiness.uiLabels") == "ui,screen");
    CHECK(settings.count("readiness.requireEstimate") == 0); // unchanged rules are not written
    CHECK_FALSE(f.editor.readinessText().contains(QStringLiteral("Status is Ready")));
    CHECK(f.child<QLabel>("readinessSummary")->text() == QStringLiteral("Not ready: 1 item missing."));
    f.doc.undoStack()->undo();
    CHECK(f.doc.workspace().settings.count("readiness.requireStatusReady") == 0);
    CHECK(f.editor.readinessText().contains(QStringLiteral("Status is Ready")));
}

TEST_CASE("the backlog's readiness column uses the workspace's rules") {
    EditorFixture f;
    BacklogModel model(f.doc);
    const auto text = [&](const std::string& key) {
        return model.data(model.index(model.rowOf(f.id(key)), BacklogModel::ReadinessColumn)).toString();
    };
    CHECK(text("SHOP-3") == QStringLiteral("Ready"));
    CHECK(text("SHOP-4") == QStringLiteral("Not ready: status is not Ready"));
    REQUIRE(f.doc.changeSettings({{QStringLiteral("readiness.requireStatusReady"), QStringLiteral("false")},
                                  {QStringLiteral("readiness.requireEvidence"), QStringLiteral("false")}}));
    CHECK(text("SHOP-4") == QStringLiteral("Not ready: blocked by SHOP-3"));
    Story blocker = f.stored("SHOP-3");
    blocker.status = StoryStatus::Done;
    REQUIRE(f.doc.editStory(blocker));
    CHECK(text("SHOP-4") == QStringLiteral("Ready"));
    CHECK(model
              .data(model.index(model.rowOf(f.id("SHOP-4")), BacklogModel::ReadinessColumn),
                    BacklogModel::SortRole)
              .toInt() == 1);
    // A UI-facing story without an accessibility criterion.
    Story ui = f.stored("SHOP-5");
    ui.labels = {"ui"};
    REQUIRE(f.doc.editStory(ui));
    CHECK(text("SHOP-5").contains(QStringLiteral("UI-facing but no accessibility criterion")) ==
          (firstMissingReadinessItem(f.stored("SHOP-5"), f.doc.readinessContext()) ==
           "UI-facing but no accessibility criterion"));
}

TEST_CASE("screenshot of the story editor", "[.screenshot]") {
    EditorFixture f("SHOP-3");
    f.editor.criteriaEditor()->setCurrentRow(0);
    f.editor.resize(760, 1000);
    auto* page = f.child<QWidget>("formPage");
    // Grab the whole form, not only what the scroll area shows.
    f.editor.resize(760, page->sizeHint().height() + 20);
    QCoreApplication::processEvents();
    const QString path = QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots/story-editor.png");
    QDir().mkpath(QFileInfo(path).absolutePath());
    REQUIRE(f.editor.grab().save(path));
}
