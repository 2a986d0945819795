#include "JiraProfileDialog.h"

#include "exchange/jira/JiraProfile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

#include <array>

namespace storyloom {
namespace {

constexpr std::array kPriorityValues{Moscow::Must, Moscow::Should, Moscow::Could, Moscow::Wont};
constexpr std::array kStatusValues{StoryStatus::Draft,      StoryStatus::Refined, StoryStatus::Ready,
                                   StoryStatus::InProgress, StoryStatus::Done,    StoryStatus::WontDo};

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// The Jira status a fresh status map suggests: the three statuses of Jira's default workflow.
QString defaultStatusName(StoryStatus status) {
    switch (status) {
    case StoryStatus::InProgress:
        return QStringLiteral("In Progress");
    case StoryStatus::Done:
    case StoryStatus::WontDo:
        return QStringLiteral("Done");
    default:
        return QStringLiteral("To Do");
    }
}

QLineEdit* lineEdit(const QString& accessibleName, QWidget* parent) {
    auto* edit = new QLineEdit(parent);
    edit->setAccessibleName(accessibleName);
    return edit;
}

/// A two-column table: the Storyloom value (read-only) and its editable Jira name.
QTableWidget* mapTable(const QString& accessibleName, const QString& valueHeader, int rows, QWidget* parent) {
    auto* table = new QTableWidget(rows, 2, parent);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels({valueHeader, JiraProfileDialog::tr("Jira name")});
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->setEditTriggers(QAbstractItemView::AllEditTriggers);
    table->setTabKeyNavigation(false);
    return table;
}

QTableWidgetItem* valueItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QString cell(const QTableWidget* table, int row) {
    const QTableWidgetItem* item = table->item(row, 1);
    return item ? item->text().trimmed() : QString();
}

void fitRows(QTableWidget* table) {
    table->resizeRowsToContents();
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setMinimumHeight(height);
    table->setMaximumHeight(height);
}

} // namespace

JiraProfileDialog::JiraProfileDialog(const jira::Profile& profile, const QStringList& presetNames,
                                     const QStringList& savedNames, QWidget* parent)
    : QDialog(parent), m_original(std::make_unique<jira::Profile>(profile)), m_presetNames(presetNames),
      m_savedNames(savedNames) {
    setWindowTitle(tr("Edit Jira Profile"));
    setAccessibleName(tr("Edit Jira mapping profile"));
    buildForm();
    load(profile);
    updateState();
}

JiraProfileDialog::~JiraProfileDialog() = default;

void JiraProfileDialog::buildForm() {
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto add = [&](const QString& label, QWidget* field) {
        auto* l = new QLabel(label, page);
        l->setBuddy(field);
        form->addRow(l, field);
    };

    m_name = lineEdit(tr("Profile name"), page);
    add(tr("Profile &name:"), m_name);
    m_site = new QComboBox(page);
    m_site->setAccessibleName(tr("Jira site"));
    m_site->addItem(tr("Jira Cloud"), static_cast<int>(jira::Site::Cloud));
    m_site->addItem(tr("Jira Data Center"), static_cast<int>(jira::Site::DataCenter));
    add(tr("&Jira site:"), m_site);
    m_epicType = lineEdit(tr("Epic issue type name"), page);
    add(tr("&Epic issue type:"), m_epicType);
    m_storyType = lineEdit(tr("Story issue type name"), page);
    add(tr("S&tory issue type:"), m_storyType);
    m_epicLinking = new QComboBox(page);
    m_epicLinking->setAccessibleName(tr("Epic linking"));
    m_epicLinking->addItem(tr("Epic Link field (company-managed, Data Center)"),
                           static_cast<int>(jira::EpicLinking::EpicLink));
    m_epicLinking->addItem(tr("Parent (team-managed)"), static_cast<int>(jira::EpicLinking::Parent));
    add(tr("Epic &linking:"), m_epicLinking);
    m_pointsName = lineEdit(tr("Story points field name"), page);
    add(tr("Story &points field:"), m_pointsName);
    m_pointsId = lineEdit(tr("Story points field id"), page);
    m_pointsId->setPlaceholderText(QStringLiteral("customfield_10016"));
    add(tr("Story points field &id:"), m_pointsId);
    m_criteriaLocation = new QComboBox(page);
    m_criteriaLocation->setAccessibleName(tr("Where acceptance criteria go"));
    m_criteriaLocation->addItem(tr("A section of the description"),
                                static_cast<int>(jira::CriteriaLocation::Description));
    m_criteriaLocation->addItem(tr("A custom field"), static_cast<int>(jira::CriteriaLocation::CustomField));
    add(tr("&Acceptance criteria:"), m_criteriaLocation);
    m_criteriaName = lineEdit(tr("Acceptance criteria field name"), page);
    add(tr("Criteria field na&me:"), m_criteriaName);
    m_criteriaId = lineEdit(tr("Acceptance criteria field id"), page);
    add(tr("Criteria field i&d:"), m_criteriaId);
    m_labelSpaces = new QComboBox(page);
    m_labelSpaces->setAccessibleName(tr("Labels with spaces"));
    m_labelSpaces->addItem(tr("Stop the export (error)"), static_cast<int>(jira::LabelSpaces::Error));
    m_labelSpaces->addItem(tr("Replace spaces with hyphens"), static_cast<int>(jira::LabelSpaces::Hyphenate));
    add(tr("Labels &with spaces:"), m_labelSpaces);

    m_priorities = mapTable(tr("Priority map"), tr("MoSCoW"), static_cast<int>(kPriorityValues.size()), page);
    for (int row = 0; row < m_priorities->rowCount(); ++row)
        m_priorities->setItem(row, 0, valueItem(qs(label(kPriorityValues[static_cast<std::size_t>(row)]))));
    add(tr("P&riorities:"), m_priorities);

    m_exportStatuses = new QCheckBox(tr("E&xport statuses (Jira rejects a status its workflow lacks)"), page);
    m_exportStatuses->setAccessibleName(tr("Export statuses"));
    form->addRow(m_exportStatuses);
    m_statuses =
        mapTable(tr("Status map"), tr("Storyloom status"), static_cast<int>(kStatusValues.size()), page);
    for (int row = 0; row < m_statuses->rowCount(); ++row)
        m_statuses->setItem(row, 0, valueItem(qs(label(kStatusValues[static_cast<std::size_t>(row)]))));
    add(tr("Stat&uses:"), m_statuses);

    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_hint->setAccessibleName(tr("Profile hint"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("&Save"));
    m_save->setAccessibleName(tr("Save the profile"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel editing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &JiraProfileDialog::updateState);
    connect(m_criteriaLocation, &QComboBox::currentIndexChanged, this, &JiraProfileDialog::updateState);
    connect(m_exportStatuses, &QCheckBox::toggled, this, &JiraProfileDialog::statusesToggled);
    resize(560, 720);
}

void JiraProfileDialog::load(const jira::Profile& p) {
    m_name->setText(qs(p.name));
    m_site->setCurrentIndex(m_site->findData(static_cast<int>(p.site)));
    m_epicLinking->setCurrentIndex(m_epicLinking->findData(static_cast<int>(p.epicLinking)));
    m_epicType->setText(qs(p.epicType));
    m_storyType->setText(qs(p.storyType));
    m_pointsName->setText(qs(p.storyPointsField));
    m_pointsId->setText(qs(p.storyPointsFieldId));
    m_criteriaLocation->setCurrentIndex(m_criteriaLocation->findData(static_cast<int>(p.criteriaLocation)));
    m_criteriaName->setText(qs(p.criteriaField));
    m_criteriaId->setText(qs(p.criteriaFieldId));
    m_labelSpaces->setCurrentIndex(m_labelSpaces->findData(static_cast<int>(p.labelSpaces)));
    for (std::size_t i = 0; i < kPriorityValues.size(); ++i) {
        const auto it = p.priorities.find(kPriorityValues[i]);
        m_priorities->setItem(static_cast<int>(i), 1,
                              new QTableWidgetItem(it == p.priorities.end() ? QString() : qs(it->second)));
    }
    for (std::size_t i = 0; i < kStatusValues.size(); ++i) {
        const auto it = p.statuses.find(kStatusValues[i]);
        m_statuses->setItem(static_cast<int>(i), 1,
                            new QTableWidgetItem(it == p.statuses.end() ? QString() : qs(it->second)));
    }
    fitRows(m_priorities);
    fitRows(m_statuses);
    const QSignalBlocker block(m_exportStatuses);
    m_exportStatuses->setChecked(p.exportsStatuses());
    m_statuses->setEnabled(p.exportsStatuses());
}

void JiraProfileDialog::statusesToggled(bool on) {
    m_statuses->setEnabled(on);
    if (on)
        for (int row = 0; row < m_statuses->rowCount(); ++row)
            if (cell(m_statuses, row).isEmpty())
                m_statuses->item(row, 1)->setText(
                    defaultStatusName(kStatusValues[static_cast<std::size_t>(row)]));
}

jira::Profile JiraProfileDialog::profile() const {
    jira::Profile p = *m_original;
    p.name = m_name->text().trimmed().toStdString();
    p.site = static_cast<jira::Site>(m_site->currentData().toInt());
    p.epicLinking = static_cast<jira::EpicLinking>(m_epicLinking->currentData().toInt());
    p.epicType = m_epicType->text().trimmed().toStdString();
    p.storyType = m_storyType->text().trimmed().toStdString();
    p.storyPointsField = m_pointsName->text().trimmed().toStdString();
    p.storyPointsFieldId = m_pointsId->text().trimmed().toStdString();
    p.criteriaLocation = static_cast<jira::CriteriaLocation>(m_criteriaLocation->currentData().toInt());
    p.criteriaField = m_criteriaName->text().trimmed().toStdString();
    p.criteriaFieldId = m_criteriaId->text().trimmed().toStdString();
    p.labelSpaces = static_cast<jira::LabelSpaces>(m_labelSpaces->currentData().toInt());
    p.priorities.clear();
    for (std::size_t i = 0; i < kPriorityValues.size(); ++i)
        if (const QString name = cell(m_priorities, static_cast<int>(i)); !name.isEmpty())
            p.priorities[kPriorityValues[i]] = name.toStdString();
    p.statuses.clear();
    if (m_exportStatuses->isChecked())
        for (std::size_t i = 0; i < kStatusValues.size(); ++i)
            if (const QString name = cell(m_statuses, static_cast<int>(i)); !name.isEmpty())
                p.statuses[kStatusValues[i]] = name.toStdString();
    return p;
}

QString JiraProfileDialog::saveProblem() const {
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name to save it.");
    if (m_presetNames.contains(name))
        return tr("\"%1\" is a built-in preset and stays as it is: type a new name to save your "
                  "changes as a profile of your own.")
            .arg(name);
    const bool custom =
        m_criteriaLocation->currentData().toInt() == static_cast<int>(jira::CriteriaLocation::CustomField);
    if (custom && m_criteriaName->text().trimmed().isEmpty())
        return tr("Name the custom field that holds the acceptance criteria, or keep them in the "
                  "description.");
    return {};
}

void JiraProfileDialog::updateState() {
    const bool custom =
        m_criteriaLocation->currentData().toInt() == static_cast<int>(jira::CriteriaLocation::CustomField);
    m_criteriaName->setEnabled(custom);
    m_criteriaId->setEnabled(custom);
    const QString problem = saveProblem();
    m_save->setEnabled(problem.isEmpty());
    if (!problem.isEmpty())
        m_hint->setText(problem);
    else if (m_savedNames.contains(m_name->text().trimmed()))
        m_hint->setText(tr("Saving replaces the saved profile \"%1\" (Undo brings it back).")
                            .arg(m_name->text().trimmed()));
    else
        m_hint->setText(tr("Saving adds the profile \"%1\" to this workspace and makes it the active one.")
                            .arg(m_name->text().trimmed()));
}

} // namespace storyloom
