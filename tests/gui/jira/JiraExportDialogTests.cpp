#include "JiraExportFixture.h"

#include "app/BacklogFilter.h"
#include "app/Readiness.h"
#include "domain/Story.h"
#include "exchange/jira/JiraProfile.h"
#include "generator/Generator.h"
#include "jira/JiraProfileDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSet>
#include <QUndoStack>

#include <set>

using namespace storyloom;
using Fixture = test::JiraExportFixture;

namespace {

constexpr int kTypeColumn = 0;
constexpr int kKeyColumn = 1;
constexpr int kParentColumn = 3;

QLineEdit* editNamed(QWidget& parent, const QString& accessibleName) {
    for (QLineEdit* e : parent.findChildren<QLineEdit*>())
        if (e->accessibleName() == accessibleName)
            return e;
    FAIL("no line edit named " << accessibleName.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("the Jira preview lists the demo's epics first, then its stories") {
    Fixture f;
    CHECK(f.dialog->scope() == JiraExportDialog::Scope::Everything);
    REQUIRE(f.dialog->issueCount() == 68);
    REQUIRE(f.preview()->rowCount() == 68);
    for (int row = 0; row < 8; ++row)
        CHECK(f.cell(row, kTypeColumn) == "Epic");
    for (int row = 8; row < 68; ++row)
        CHECK(f.cell(row, kTypeColumn) == "Story");
    CHECK(f.cell(0, kKeyColumn).startsWith("BASK-"));
    CHECK(f.dialog->errorCount() == 0);
    CHECK(f.exportButton()->isEnabled());
    // The selected row's description is shown.
    f.preview()->selectRow(8);
    CHECK_FALSE(f.dialog->findChild<QPlainTextEdit*>("descriptionView")->toPlainText().isEmpty());
}

TEST_CASE("a story with a 300-character title is an error that disables Export and writes nothing") {
    Fixture f;
    Story story = *f.document.workspace().findStory("BASK-9");
    story.title = std::string(300, 'x');
    REQUIRE(f.document.editStory(story));

    CHECK(f.dialog->errorCount() >= 1);
    bool listed = false;
    for (int i = 0; i < f.problems()->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = f.problems()->topLevelItem(i);
        if (item->text(1) == "BASK-9" && item->text(0) == "Error")
            listed = true;
    }
    CHECK(listed);
    CHECK_FALSE(f.exportButton()->isEnabled());
    CHECK(f.status()->text().contains("must be fixed before export: see the list"));

    const QString out = QString::fromStdString(f.dir.file("blocked.json"));
    f.dialog->setPath(out);
    CHECK_FALSE(f.dialog->exportNow());
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(f.dialog->writtenFiles().isEmpty());
    CHECK(f.status()->text().startsWith("Nothing was written."));
}

TEST_CASE("choosing one epic narrows the Jira preview to the epic and its stories") {
    Fixture f;
    f.dialog->setScope(JiraExportDialog::Scope::Epic, QStringLiteral("BASK-1"));
    CHECK(f.dialog->scope() == JiraExportDialog::Scope::Epic);
    REQUIRE(f.dialog->issueCount() == 11);
    REQUIRE(f.preview()->rowCount() == 11);
    CHECK(f.cell(0, kKeyColumn) == "BASK-1");
    for (int row = 1; row < 11; ++row)
        CHECK(f.cell(row, kParentColumn) == "BASK-1");

    // Another epic from the combo box: the preview follows.
    auto* epicCombo = f.dialog->findChild<QComboBox*>("epicCombo");
    epicCombo->setCurrentIndex(epicCombo->findData(QStringLiteral("BASK-8")));
    CHECK(f.dialog->issueCount() == 4);
    CHECK(f.cell(0, kKeyColumn) == "BASK-8");

    f.dialog->setScope(JiraExportDialog::Scope::Everything);
    CHECK(f.dialog->issueCount() == 68);
}

TEST_CASE("the backlog selection scope exports the selected stories with their epics") {
    SECTION("nothing selected: the scope is disabled") {
        Fixture f;
        CHECK_FALSE(f.dialog->findChild<QRadioButton*>("selectionRadio")->isEnabled());
    }
    SECTION("two stories of one epic") {
        Fixture probe;
        const qint64 a = probe.idOf("BASK-9");
        const qint64 b = probe.idOf("BASK-10");
        Fixture f({a, b});
        auto* radio = f.dialog->findChild<QRadioButton*>("selectionRadio");
        CHECK(radio->isEnabled());
        CHECK(radio->text().contains("2 stories"));
        radio->setChecked(true);
        CHECK(f.dialog->scope() == JiraExportDialog::Scope::Selection);
        CHECK(f.dialog->issueCount() == 3);
        CHECK(f.cell(0, kTypeColumn) == "Epic");
    }
}

TEST_CASE("exporting to a Jira JSON file writes a file that parses and holds every issue") {
    Fixture f;
    const QString out = QString::fromStdString(f.dir.file("basketry-jira.json"));
    f.dialog->setFormat(JiraExportDialog::Format::Json);
    f.dialog->setPath(out);
    QStringList signalled;
    QObject::connect(f.dialog.get(), &JiraExportDialog::exported,
                     [&](const QStringList& files) { signalled = files; });
    REQUIRE(f.dialog->exportNow());
    CHECK(f.dialog->writtenFiles() == QStringList{QDir::toNativeSeparators(out)});
    CHECK(signalled == f.dialog->writtenFiles());
    CHECK(f.status()->text().contains(QFileInfo(out).fileName()));

    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonParseError error{};
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray projects = json.object().value("projects").toArray();
    REQUIRE(projects.size() == 1);
    CHECK(projects[0].toObject().value("issues").toArray().size() == 68);

    // "Today" is the document's clock (2 March 2026), not the machine's: the spring release of
    // 30 April 2026 is not released yet.
    bool sawSpring = false;
    for (const auto& v : projects[0].toObject().value("versions").toArray()) {
        if (v.toObject().value("name").toString() != QLatin1String("2026.1 Spring"))
            continue;
        sawSpring = true;
        CHECK_FALSE(v.toObject().value("released").toBool());
    }
    CHECK(sawSpring);
}

TEST_CASE("exporting REST payloads and CSV writes into the chosen folder and file") {
    Fixture f;
    f.dialog->setFormat(JiraExportDialog::Format::Rest);
    CHECK(f.dialog->path().endsWith("basketry-jira-rest")); // the default, next to the workspace
    const QString folder = QString::fromStdString(f.dir.file("rest"));
    f.dialog->setPath(folder);
    REQUIRE(f.dialog->exportNow());
    CHECK(f.dialog->writtenFiles().size() >= 3); // two batches of at most 50 issues and the manifest
    CHECK(QFileInfo::exists(QDir(folder).filePath("manifest.json")));

    f.dialog->setFormat(JiraExportDialog::Format::Csv);
    const QString csv = QString::fromStdString(f.dir.file("basketry.csv"));
    f.dialog->setPath(csv);
    REQUIRE(f.dialog->exportNow());
    CHECK(QFileInfo(csv).size() > 0);
}

TEST_CASE("an export the disk refuses names the file and leaves the dialog open") {
    Fixture f;
    const QString blocker = QString::fromStdString(f.dir.file("not-a-folder"));
    {
        QFile file(blocker);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    const QString out = blocker + "/out.json";
    f.dialog->setPath(out);
    CHECK_FALSE(f.dialog->exportNow());
    CHECK(f.dialog->lastError().contains("out.json"));
    CHECK(f.dialog->writtenFiles().isEmpty());
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->accessibleName() == "Export failed")
            w->close();
}

TEST_CASE("saving an edited Jira profile persists it, makes it active and undoes in one step") {
    Fixture f;
    jira::Profile profile = jira::presets().front();
    profile.name = "Our Cloud site";
    profile.storyPointsFieldId = "customfield_10200";
    profile.statuses = {{StoryStatus::Draft, "Backlog"}};
    const int undoBefore = f.document.undoStack()->count();

    REQUIRE(f.dialog->saveProfile(profile));
    CHECK(f.document.undoStack()->count() == undoBefore + 1);
    CHECK(f.dialog->profileName() == "Our Cloud site");
    const Workspace stored = f.reopened();
    REQUIRE(stored.settings.count("jira.profile") == 1);
    CHECK(stored.settings.at("jira.profile") == "Our Cloud site");
    const std::vector<jira::Profile> saved = jira::profilesFromJson(stored.settings.at("jira.profiles"));
    REQUIRE(saved.size() == 1);
    CHECK(saved.front() == profile);
    // Statuses are exported now and most demo stories have no mapping: errors.
    CHECK(f.dialog->errorCount() > 0);
    CHECK(f.cell(0, 7).isEmpty());

    f.document.undoStack()->undo();
    const Workspace undone = f.reopened();
    CHECK(undone.settings.count("jira.profile") == 0);
    CHECK(undone.settings.count("jira.profiles") == 0);
    CHECK(f.dialog->profileName() == QString::fromUtf8(jira::kCloudCompanyManaged.data()));
    CHECK(f.dialog->errorCount() == 0);
}

TEST_CASE("the profile editor returns the edited fields and refuses to overwrite a preset") {
    const jira::Profile preset = jira::presets().front();
    const QString presetName = QString::fromStdString(preset.name);
    JiraProfileDialog editor(preset, {presetName}, {});
    CHECK(editor.profile() == preset);
    CHECK(editor.saveProblem().contains("built-in preset"));

    editNamed(editor, "Profile name")->setText("Mine");
    editNamed(editor, "Story points field name")->setText("Points");
    editNamed(editor, "Story points field id")->setText("customfield_1");
    CHECK(editor.saveProblem().isEmpty());
    auto* statuses = editor.findChild<QCheckBox*>();
    REQUIRE(statuses);
    statuses->setChecked(true);
    auto* criteria = editor.findChildren<QComboBox*>().at(2);
    REQUIRE(criteria->accessibleName() == "Where acceptance criteria go");
    criteria->setCurrentIndex(1);
    CHECK(editor.saveProblem().contains("custom field"));
    editNamed(editor, "Acceptance criteria field name")->setText("Acceptance Criteria");

    const jira::Profile edited = editor.profile();
    CHECK(edited.name == "Mine");
    CHECK(edited.storyPointsField == "Points");
    CHECK(edited.storyPointsFieldId == "customfield_1");
    CHECK(edited.criteriaLocation == jira::CriteriaLocation::CustomField);
    CHECK(edited.criteriaField == "Acceptance Criteria");
    CHECK(edited.statuses.size() == 6);
    CHECK(edited.statuses.at(StoryStatus::InProgress) == "In Progress");
    CHECK(edited.priorities == preset.priorities);
    CHECK(editor.saveProblem().isEmpty());
}

TEST_CASE("every control of the Jira dialogs has an accessible name and the choices have mnemonics") {
    Fixture f;
    JiraProfileDialog editor(jira::presets().front(), {}, {});
    for (QWidget* root : {static_cast<QWidget*>(f.dialog.get()), static_cast<QWidget*>(&editor)}) {
        QList<QWidget*> controls;
        for (QWidget* w : root->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(w) || qobject_cast<QComboBox*>(w) ||
                                 qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractItemView*>(w) ||
                                 qobject_cast<QPlainTextEdit*>(w);
            // Qt's own parts of a table (header, corner button) are named by Qt.
            const bool internal = qobject_cast<QHeaderView*>(w) || w->objectName().startsWith("qt_") ||
                                  qobject_cast<QAbstractItemView*>(w->parentWidget());
            if (control && !internal)
                controls << w;
        }
        CHECK(controls.size() > 8);
        for (QWidget* w : controls) {
            INFO(w->metaObject()->className() << " " << w->objectName().toStdString());
            CHECK_FALSE(w->accessibleName().isEmpty());
        }
    }
    // Every choice has a mnemonic, and no two share one.
    for (QWidget* root : {static_cast<QWidget*>(f.dialog.get()), static_cast<QWidget*>(&editor)}) {
        QStringList texts;
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>())
            if (!b->text().isEmpty())
                texts << b->text();
        for (QLabel* label : root->findChildren<QLabel*>())
            if (label->buddy())
                texts << label->text();
        QSet<QChar> used;
        for (const QString& text : texts) {
            INFO(text.toStdString());
            const qsizetype amp = text.indexOf('&');
            if (text == "Close" || text == "Cancel" || text == "&Cancel" || text == "&Close")
                continue;
            REQUIRE(amp >= 0);
            const QChar key = text.at(amp + 1).toLower();
            CHECK_FALSE(used.contains(key));
            used.insert(key);
        }
    }
}

TEST_CASE("a saved filter scope exports the stories the filter shows, readiness included") {
    Fixture f;
    BacklogFilter ready;
    ready.readiness = BacklogFilter::Readiness::Ready;
    BacklogFilter draft;
    draft.statuses = {StoryStatus::Draft};
    REQUIRE(f.document.changeSetting(BacklogFilter::settingName("Ready"), ready.toString()));
    REQUIRE(f.document.changeSetting(BacklogFilter::settingName("Drafts"), draft.toString()));

    std::set<std::string> readyKeys;
    std::set<std::string> draftKeys;
    for (const Story& s : f.document.workspace().stories) {
        if (isReady(s, f.document.readinessContext()))
            readyKeys.insert(s.key);
        if (s.status == StoryStatus::Draft)
            draftKeys.insert(s.key);
    }
    REQUIRE_FALSE(readyKeys.empty());
    REQUIRE_FALSE(draftKeys.empty());
    auto shownStories = [&] {
        std::set<std::string> keys;
        for (int row = 0; row < f.preview()->rowCount(); ++row)
            if (f.cell(row, kTypeColumn) == "Story")
                keys.insert(f.cell(row, kKeyColumn).toStdString());
        return keys;
    };

    f.dialog->setScope(JiraExportDialog::Scope::Filter, "Ready");
    CHECK(f.dialog->errorCount() == 0);
    CHECK(shownStories() == readyKeys);
    f.dialog->setScope(JiraExportDialog::Scope::Filter, "Drafts");
    CHECK(shownStories() == draftKeys);
}

TEST_CASE("a large export previews the first 1,000 issues and says how many more there are") {
    test::TempDir dir;
    FixedClock clock{1772409600000LL};
    const std::string path = dir.file("large.storyloom");
    GeneratorOptions options;
    options.stories = 1500;
    options.epics = 10;
    WorkspaceStore::create(path, "Large", "GEN", clock)->replaceAll(generateWorkspace(options));
    Document document{clock};
    REQUIRE(document.open(QString::fromStdString(path)));
    JiraExportDialog dialog(document, {});
    CHECK(dialog.issueCount() == 1510);
    CHECK(dialog.findChild<QTableWidget*>("previewTable")->rowCount() == JiraExportDialog::kPreviewLimit);
    auto* more = dialog.findChild<QLabel*>("moreLabel");
    CHECK_FALSE(more->isHidden());
    CHECK(more->text() == "… and 510 more issues (not shown).");
}
