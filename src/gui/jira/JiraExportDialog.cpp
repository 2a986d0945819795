#include "JiraExportDialog.h"

#include "ui_JiraExportDialog.h"

#include "JiraExportDialogState.h"
#include "JiraScopeFilter.h"

#include "app/Document.h"
#include "exchange/ExchangeError.h"
#include "exchange/jira/JiraDescription.h"
#include "exchange/jira/JiraExport.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPair>
#include <QPushButton>
#include <QRadioButton>
#include <QStyle>

#include <algorithm>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

enum Column {
    TypeColumn,
    KeyColumn,
    SummaryColumn,
    ParentColumn,
    PointsColumn,
    LabelsColumn,
    PriorityColumn,
    StatusColumn,
    ColumnCount
};

constexpr int kDescriptionLines = 14;

/// "1 issue" / "3 issues": `one` and `many` hold %1 for the number.
QString counted(int n, const QString& one, const QString& many) {
    return (n == 1 ? one : many).arg(n);
}
const QString kFilterPrefix = QStringLiteral("backlog.filter.");

QString firstLines(const std::string& text) {
    const QStringList lines = qs(text).split(QLatin1Char('\n'));
    QString out = lines.mid(0, kDescriptionLines).join(QLatin1Char('\n'));
    if (lines.size() > kDescriptionLines)
        out += QStringLiteral("\n…");
    return out;
}

QTableWidgetItem* item(const QString& text) {
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

} // namespace

JiraExportDialog::JiraExportDialog(Document& document, QList<qint64> selectedStoryIds, QWidget* parent)
    : QDialog(parent), m_document(document), m_selection(std::move(selectedStoryIds)),
      m_ui(std::make_unique<Ui::JiraExportDialog>()), m_state(std::make_unique<State>()) {
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("Jira JSON importer file (.json)"), static_cast<int>(Format::Json));
    m_ui->formatCombo->addItem(tr("Jira REST bulk payloads (a folder of batches)"),
                               static_cast<int>(Format::Rest));
    m_ui->formatCombo->addItem(tr("Jira CSV (.csv)"), static_cast<int>(Format::Csv));

    auto* table = m_ui->previewTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Issue type"), tr("Key"), tr("Summary"), tr("Parent / epic"),
                                      tr("Points"), tr("Labels"), tr("Priority"), tr("Status")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(SummaryColumn, QHeaderView::Stretch);
    table->setTabKeyNavigation(false);
    // Rows and the description follow the font size (usable at 200 % text size).
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->descriptionView->setMaximumHeight(fontMetrics().lineSpacing() * 8 + 12);
    m_ui->problemList->header()->setStretchLastSection(true);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 1);

    m_exportButton = m_ui->buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setAccessibleName(tr("Export the files"));
    m_exportButton->setDefault(true);
    m_ui->buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the dialog"));

    fillChoices();
    fillProfiles({});
    m_ui->pathEdit->setText(defaultPath(format()));

    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &JiraExportDialog::formatChanged);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &JiraExportDialog::rebuildPreview);
    for (QRadioButton* radio : {m_ui->everythingRadio, m_ui->epicRadio, m_ui->releaseRadio, m_ui->filterRadio,
                                m_ui->selectionRadio})
        connect(radio, &QRadioButton::toggled, this, [this](bool on) {
            if (on)
                scopeChanged();
        });
    // Choosing from a scope's combo box chooses that scope.
    auto follow = [this](QComboBox* combo, QRadioButton* radio) {
        connect(combo, &QComboBox::currentIndexChanged, this, [this, radio] {
            if (!m_filling && radio->isChecked())
                scopeChanged();
        });
        // activated: also when the user picks the entry that is already current.
        connect(combo, &QComboBox::activated, radio, [radio] { radio->setChecked(true); });
    };
    follow(m_ui->epicCombo, m_ui->epicRadio);
    follow(m_ui->releaseCombo, m_ui->releaseRadio);
    follow(m_ui->filterCombo, m_ui->filterRadio);
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &JiraExportDialog::updateExportButton);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &JiraExportDialog::browse);
    connect(m_ui->editProfileButton, &QPushButton::clicked, this, &JiraExportDialog::editProfile);
    connect(m_exportButton, &QPushButton::clicked, this, &JiraExportDialog::exportNow);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->previewTable, &QTableWidget::itemSelectionChanged, this,
            &JiraExportDialog::showDescription);
    connect(m_ui->problemList, &QTreeWidget::itemActivated, this, &JiraExportDialog::problemActivated);

    // The preview holds pointers into the document's snapshot: rebuild it on every change.
    auto refresh = [this] {
        fillChoices();
        fillProfiles(profileName());
        rebuildPreview();
    };
    connect(&m_document, &Document::reset, this, refresh);
    connect(&m_document, &Document::settingsChanged, this, refresh);
    connect(&m_document, &Document::epicsChanged, this, refresh);
    connect(&m_document, &Document::storiesAdded, this, &JiraExportDialog::rebuildPreview);
    connect(&m_document, &Document::storiesRemoved, this, &JiraExportDialog::rebuildPreview);
    connect(&m_document, &Document::storiesChanged, this, &JiraExportDialog::rebuildPreview);

    rebuildPreview();
    resize(1100, 760);
}

JiraExportDialog::~JiraExportDialog() = default;

// --- Choices ------------------------------------------------------------------------------------------

void JiraExportDialog::fillChoices() {
    m_filling = true;
    const Workspace& ws = m_document.workspace();
    auto refill = [](QComboBox* combo, const QList<QPair<QString, QString>>& items) {
        const QString current = combo->currentData().toString();
        combo->clear();
        for (const auto& [text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    };
    QList<QPair<QString, QString>> epics;
    for (const Epic& e : ws.epics)
        epics.append({qs(e.key) + QStringLiteral(" — ") + qs(e.title), qs(e.key)});
    refill(m_ui->epicCombo, epics);
    QList<QPair<QString, QString>> releases;
    for (const Release& r : ws.releases)
        releases.append({qs(r.name), qs(r.name)});
    refill(m_ui->releaseCombo, releases);
    QList<QPair<QString, QString>> filters;
    for (const auto& [name, value] : ws.settings)
        if (const QString n = qs(name); n.startsWith(kFilterPrefix))
            filters.append({n.mid(kFilterPrefix.size()), n.mid(kFilterPrefix.size())});
    refill(m_ui->filterCombo, filters);

    m_ui->epicRadio->setEnabled(!epics.isEmpty());
    m_ui->releaseRadio->setEnabled(!releases.isEmpty());
    m_ui->filterRadio->setEnabled(!filters.isEmpty());
    m_ui->epicCombo->setEnabled(!epics.isEmpty());
    m_ui->releaseCombo->setEnabled(!releases.isEmpty());
    m_ui->filterCombo->setEnabled(!filters.isEmpty());
    m_ui->selectionRadio->setText(m_selection.isEmpty() ? tr("The backlog &selection (no stories selected)")
                                                        : counted(static_cast<int>(m_selection.size()),
                                                                  tr("The backlog &selection (%1 story)"),
                                                                  tr("The backlog &selection (%1 stories)")));
    m_ui->selectionRadio->setEnabled(!m_selection.isEmpty());
    m_filling = false;
}

JiraExportDialog::Format JiraExportDialog::format() const {
    return static_cast<Format>(m_ui->formatCombo->currentData().toInt());
}

void JiraExportDialog::setFormat(Format format) {
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(format)));
}

JiraExportDialog::Scope JiraExportDialog::scope() const {
    if (m_ui->epicRadio->isChecked())
        return Scope::Epic;
    if (m_ui->releaseRadio->isChecked())
        return Scope::Release;
    if (m_ui->filterRadio->isChecked())
        return Scope::Filter;
    if (m_ui->selectionRadio->isChecked())
        return Scope::Selection;
    return Scope::Everything;
}

void JiraExportDialog::setScope(Scope scope, const QString& name) {
    m_filling = true;
    auto choose = [&](QComboBox* combo) {
        if (!name.isEmpty())
            combo->setCurrentIndex(combo->findData(name));
    };
    QRadioButton* radio = m_ui->everythingRadio;
    switch (scope) {
    case Scope::Epic:
        choose(m_ui->epicCombo);
        radio = m_ui->epicRadio;
        break;
    case Scope::Release:
        choose(m_ui->releaseCombo);
        radio = m_ui->releaseRadio;
        break;
    case Scope::Filter:
        choose(m_ui->filterCombo);
        radio = m_ui->filterRadio;
        break;
    case Scope::Selection:
        radio = m_ui->selectionRadio;
        break;
    case Scope::Everything:
        break;
    }
    m_filling = false;
    if (radio->isChecked())
        scopeChanged();
    else
        radio->setChecked(true);
}

QString JiraExportDialog::profileName() const {
    return m_ui->profileCombo->currentData().toString();
}

void JiraExportDialog::setProfileName(const QString& name) {
    m_ui->profileCombo->setCurrentIndex(m_ui->profileCombo->findData(name));
}

QString JiraExportDialog::path() const {
    return m_ui->pathEdit->text().trimmed();
}

void JiraExportDialog::setPath(const QString& path) {
    m_ui->pathEdit->setText(path);
    m_pathEdited = true;
}

QString JiraExportDialog::defaultPath(Format f) const {
    const QFileInfo file(m_document.filePath());
    const QString base = file.dir().filePath(file.completeBaseName() + QStringLiteral("-jira"));
    switch (f) {
    case Format::Rest:
        return base + QStringLiteral("-rest");
    case Format::Csv:
        return base + QStringLiteral(".csv");
    case Format::Json:
        break;
    }
    return base + QStringLiteral(".json");
}

void JiraExportDialog::formatChanged() {
    if (!m_pathEdited) {
        m_ui->pathEdit->setText(defaultPath(format()));
    } else {
        // Keep the user's folder and name; follow the format with the suffix.
        QString p = path();
        const QFileInfo info(p);
        const QString suffix = info.suffix().toLower();
        if (suffix == QLatin1String("json") || suffix == QLatin1String("csv"))
            p.chop(suffix.size() + 1);
        if (format() == Format::Json)
            p += QStringLiteral(".json");
        else if (format() == Format::Csv)
            p += QStringLiteral(".csv");
        m_ui->pathEdit->setText(p);
    }
    m_ui->pathLabel->setText(format() == Format::Rest ? tr("Destinat&ion folder:")
                                                      : tr("Destinat&ion file:"));
    rebuildPreview();
}

void JiraExportDialog::scopeChanged() {
    if (!m_filling)
        rebuildPreview();
}

void JiraExportDialog::browse() {
    QString chosen;
    if (format() == Format::Rest) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the Jira REST payloads"), path());
    } else {
        const bool csv = format() == Format::Csv;
        chosen = QFileDialog::getSaveFileName(this, tr("Export to Jira"), path(),
                                              csv ? tr("CSV files (*.csv)") : tr("JSON files (*.json)"));
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

// --- Preview ------------------------------------------------------------------------------------------

void JiraExportDialog::rebuildPreview() {
    const Workspace& ws = m_document.workspace();
    State& st = *m_state;
    st.selected = {};
    st.rows.clear();
    st.problems.clear();
    st.selectionError.clear();
    st.issueCount = st.errors = st.warnings = 0;

    const int index = m_ui->profileCombo->currentIndex();
    jira::ExportRequest request;
    request.clock = &m_document.clock();
    if (index >= 0 && index < static_cast<int>(st.profiles.size()))
        request.profile = st.profiles[static_cast<std::size_t>(index)];
    const jira::Profile& profile = request.profile;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        request.selection = jiraSelection(m_document, scope(), m_ui->epicCombo->currentData().toString(),
                                          m_ui->releaseCombo->currentData().toString(),
                                          m_ui->filterCombo->currentData().toString(), m_selection);
        st.selected = jira::resolve(ws, request.selection);
        st.problems = jira::validate(ws, request);
    } catch (const ExchangeError& e) {
        st.selectionError = qs(e.what());
        st.selected = {};
    }
    st.issueCount = static_cast<int>(st.selected.epics.size() + st.selected.stories.size());
    for (const jira::Problem& p : st.problems)
        ++(p.severity == jira::Severity::Error ? st.errors : st.warnings);

    // The table: epics first, then stories, at most kPreviewLimit rows.
    for (const Epic* e : st.selected.epics)
        if (st.rows.size() < static_cast<std::size_t>(kPreviewLimit))
            st.rows.push_back({e, nullptr});
    for (const Story* s : st.selected.stories)
        if (st.rows.size() < static_cast<std::size_t>(kPreviewLimit))
            st.rows.push_back({nullptr, s});

    auto* table = m_ui->previewTable;
    table->setUpdatesEnabled(false);
    table->clearContents();
    table->setRowCount(static_cast<int>(st.rows.size()));
    for (int r = 0; r < static_cast<int>(st.rows.size()); ++r) {
        const State::Row& row = st.rows[static_cast<std::size_t>(r)];
        if (row.epic) {
            table->setItem(r, TypeColumn, item(qs(profile.epicType)));
            table->setItem(r, KeyColumn, item(qs(row.epic->key)));
            table->setItem(r, SummaryColumn, item(qs(row.epic->title)));
            continue;
        }
        const Story& s = *row.story;
        table->setItem(r, TypeColumn, item(qs(profile.storyType)));
        table->setItem(r, KeyColumn, item(qs(s.key)));
        table->setItem(r, SummaryColumn, item(qs(s.title)));
        QString parent;
        if (const Epic* epic = st.selected.epicOf(s))
            parent = qs(epic->key);
        else if (s.epicId)
            if (const Epic* missing = ws.findEpic(*s.epicId))
                parent = tr("%1 (not exported)").arg(qs(missing->key));
        table->setItem(r, ParentColumn, item(parent));
        table->setItem(r, PointsColumn, item(s.points ? QString::number(*s.points) : QString()));
        QStringList labels;
        for (const std::string& l : jira::exportedLabels(s.labels, profile))
            labels << qs(l);
        table->setItem(r, LabelsColumn, item(labels.join(QStringLiteral(", "))));
        table->setItem(r, PriorityColumn, item(qs(jira::priorityName(profile, s.moscow))));
        table->setItem(r, StatusColumn, item(qs(jira::statusName(profile, s.status))));
    }
    table->horizontalHeaderItem(StatusColumn)
        ->setText(profile.exportsStatuses() ? tr("Status") : tr("Status (not exported)"));
    table->resizeColumnToContents(TypeColumn);
    table->resizeColumnToContents(KeyColumn);
    // Fit the narrow columns, but never so wide that the summary (which stretches) has no room.
    const int widest = fontMetrics().averageCharWidth() * 22;
    for (int column : {ParentColumn, PointsColumn, LabelsColumn, PriorityColumn, StatusColumn}) {
        table->resizeColumnToContents(column);
        if (column == ParentColumn || column == LabelsColumn)
            table->setColumnWidth(column, std::min(table->columnWidth(column), widest));
    }
    table->setUpdatesEnabled(true);
    const int more = st.issueCount - static_cast<int>(st.rows.size());
    m_ui->moreLabel->setVisible(more > 0 || st.issueCount == 0);
    m_ui->moreLabel->setText(st.issueCount == 0 ? tr("Nothing to export.")
                                                : counted(more, tr("… and %1 more issue (not shown)."),
                                                          tr("… and %1 more issues (not shown).")));
    m_ui->previewLabel->setText(counted(st.issueCount, tr("Previe&w: %1 issue will be created"),
                                        tr("Previe&w: %1 issues will be created")));
    if (!st.rows.empty())
        table->selectRow(0);
    else
        m_ui->descriptionView->clear();

    // The problems, errors first (validate keeps the order of the export within each severity).
    auto* list = m_ui->problemList;
    list->setUpdatesEnabled(false);
    list->clear();
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto addProblem = [&](bool error, const QString& key, const QString& message) {
        auto* it = new QTreeWidgetItem(list, {error ? tr("Error") : tr("Warning"), key, message});
        it->setIcon(0, error ? errorIcon : warningIcon);
        it->setToolTip(2, message);
    };
    if (!st.selectionError.isEmpty())
        addProblem(true, m_ui->filterCombo->currentData().toString(), st.selectionError);
    int shown = 0;
    for (const bool errors : {true, false})
        for (const jira::Problem& p : st.problems)
            if ((p.severity == jira::Severity::Error) == errors && shown++ < kPreviewLimit)
                addProblem(errors, qs(p.key), qs(p.message));
    if (shown > kPreviewLimit)
        new QTreeWidgetItem(list, {QString(), QString(),
                                   counted(shown - kPreviewLimit, tr("… and %1 more problem (not shown)."),
                                           tr("… and %1 more problems (not shown)."))});
    list->resizeColumnToContents(0);
    list->resizeColumnToContents(1);
    list->setUpdatesEnabled(true);
    m_ui->problemsLabel->setText(
        tr("Prob&lems: %1, %2")
            .arg(counted(st.errors + (st.selectionError.isEmpty() ? 0 : 1), tr("%1 error"), tr("%1 errors")),
                 counted(st.warnings, tr("%1 warning"), tr("%1 warnings"))));
    QApplication::restoreOverrideCursor();
    updateExportButton();
}

void JiraExportDialog::showDescription() {
    const QList<QTableWidgetItem*> chosen = m_ui->previewTable->selectedItems();
    const int r = chosen.isEmpty() ? -1 : chosen.first()->row();
    if (r < 0 || r >= static_cast<int>(m_state->rows.size())) {
        m_ui->descriptionView->clear();
        return;
    }
    const State::Row& row = m_state->rows[static_cast<std::size_t>(r)];
    const int index = m_ui->profileCombo->currentIndex();
    const jira::Profile profile = index >= 0 && index < static_cast<int>(m_state->profiles.size())
                                      ? m_state->profiles[static_cast<std::size_t>(index)]
                                      : jira::Profile{};
    m_ui->descriptionView->setPlainText(firstLines(row.epic ? jira::epicDescription(*row.epic)
                                                            : jira::storyDescription(*row.story, profile)));
}

void JiraExportDialog::problemActivated() {
    const QTreeWidgetItem* current = m_ui->problemList->currentItem();
    if (!current)
        return;
    const QString key = current->text(1);
    for (int r = 0; r < m_ui->previewTable->rowCount(); ++r)
        if (const QTableWidgetItem* it = m_ui->previewTable->item(r, KeyColumn); it && it->text() == key) {
            m_ui->previewTable->selectRow(r);
            m_ui->previewTable->scrollToItem(it);
            return;
        }
}

int JiraExportDialog::issueCount() const {
    return m_state->issueCount;
}

int JiraExportDialog::errorCount() const {
    return m_state->errors + (m_state->selectionError.isEmpty() ? 0 : 1);
}

int JiraExportDialog::warningCount() const {
    return m_state->warnings;
}

bool JiraExportDialog::canExport() const {
    return errorCount() == 0 && m_state->issueCount > 0 && !path().isEmpty();
}

void JiraExportDialog::updateExportButton() {
    m_exportButton->setEnabled(canExport());
    QString why;
    if (errorCount() > 0)
        why = counted(errorCount(), tr("%1 error must be fixed before export: see the list."),
                      tr("%1 errors must be fixed before export: see the list."));
    else if (m_state->issueCount == 0)
        why = tr("Nothing to export: choose another scope.");
    else if (path().isEmpty())
        why = tr("Choose where to write the export.");
    else if (m_state->warnings > 0)
        why = counted(m_state->issueCount,
                      tr("Ready to export %1 issue; the warnings say what Jira will not get."),
                      tr("Ready to export %1 issues; the warnings say what Jira will not get."));
    else
        why = counted(m_state->issueCount, tr("Ready to export %1 issue."), tr("Ready to export %1 issues."));
    if (m_written.isEmpty() && m_lastError.isEmpty())
        m_ui->statusLabel->setText(why);
    else
        m_ui->statusLabel->setText(m_ui->statusLabel->text().section(QLatin1Char('\n'), 0, 0) +
                                   QLatin1Char('\n') + why);
    m_exportButton->setToolTip(why);
    m_exportButton->setAccessibleDescription(why);
}

// --- Export -----------------------------------------------------------------------------------------------

bool JiraExportDialog::exportNow() {
    rebuildPreview();
    m_written.clear();
    m_lastError.clear();
    if (!canExport()) {
        m_ui->statusLabel->setText(tr("Nothing was written.") + QLatin1Char('\n') +
                                   m_exportButton->toolTip());
        return false;
    }
    const Workspace& ws = m_document.workspace();
    jira::ExportRequest request;
    request.clock = &m_document.clock();
    request.profile = m_state->profiles[static_cast<std::size_t>(m_ui->profileCombo->currentIndex())];
    jira::Format f = jira::Format::Json;
    if (format() == Format::Rest)
        f = jira::Format::Rest;
    else if (format() == Format::Csv)
        f = jira::Format::Csv;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        request.selection = jiraSelection(m_document, scope(), m_ui->epicCombo->currentData().toString(),
                                          m_ui->releaseCombo->currentData().toString(),
                                          m_ui->filterCombo->currentData().toString(), m_selection);
        for (const std::string& file : jira::exportToFiles(ws, request, f, path().toStdString()))
            m_written << QDir::toNativeSeparators(qs(file));
    } catch (const std::exception& e) {
        m_lastError = qs(e.what());
    }
    QApplication::restoreOverrideCursor();
    if (!m_lastError.isEmpty()) {
        m_ui->statusLabel->setText(tr("The export failed; nothing was written."));
        auto* box =
            new QMessageBox(QMessageBox::Warning, tr("Export to Jira"), m_lastError, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setAccessibleName(tr("Export failed"));
        box->open();
        return false;
    }
    m_ui->statusLabel->setText(
        counted(m_state->issueCount, tr("Exported %1 issue to %2"), tr("Exported %1 issues to %2"))
            .arg(m_written.size() == 1
                     ? m_written.first()
                     : counted(static_cast<int>(m_written.size()), tr("%1 file: "), tr("%1 files: ")) +
                           m_written.join(QStringLiteral(", "))));
    m_ui->buttons->button(QDialogButtonBox::Close)->setFocus();
    emit exported(m_written);
    return true;
}

} // namespace storyloom
