#include "BulkEditDialog.h"

#include "ui_BulkEditDialog.h"

#include "StoryChoices.h"
#include "app/BulkEdit.h"
#include "app/Document.h"
#include "domain/Workspace.h"

#include <QCheckBox>
#include <QPushButton>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::vector<std::string> labelList(const QString& text) {
    std::vector<std::string> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString label = part.trimmed();
        if (!label.isEmpty())
            out.push_back(label.toStdString());
    }
    return out;
}

} // namespace

BulkEditDialog::BulkEditDialog(const Document& document, int storyCount, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::BulkEditDialog>()) {
    m_ui->setupUi(this);
    m_ui->summaryLabel->setText(
        storyCount == 1
            ? tr("Change this story in one step (Undo reverts it).")
            : tr("Change %1 selected stories in one step (Undo reverts all of them).").arg(storyCount));
    if (storyCount == 1)
        setWindowTitle(tr("Edit Story"));
    StoryChoices::fill(m_ui->statusCombo, StoryChoices::statuses());
    StoryChoices::fill(m_ui->moscowCombo, StoryChoices::moscows());
    StoryChoices::fill(m_ui->pointsCombo, StoryChoices::points());
    m_ui->epicCombo->addItem(tr("No epic"), QVariant::fromValue<qlonglong>(0));
    for (const Epic& e : document.workspace().epics)
        m_ui->epicCombo->addItem(qs(e.key) + QStringLiteral(" ") + qs(e.title),
                                 QVariant::fromValue<qlonglong>(e.id));

    // Picking a value ticks its box, so the keyboard path is: Tab to the combo, choose, OK.
    const std::pair<QCheckBox*, QComboBox*> pairs[] = {{m_ui->statusCheck, m_ui->statusCombo},
                                                       {m_ui->epicCheck, m_ui->epicCombo},
                                                       {m_ui->moscowCheck, m_ui->moscowCombo},
                                                       {m_ui->pointsCheck, m_ui->pointsCombo}};
    for (auto [check, combo] : pairs) {
        combo->setEnabled(false);
        connect(check, &QCheckBox::toggled, combo, &QWidget::setEnabled);
        connect(check, &QCheckBox::toggled, this, &BulkEditDialog::updateState);
    }
    for (auto* edit : {m_ui->addLabelsEdit, m_ui->removeLabelsEdit})
        connect(edit, &QLineEdit::textChanged, this, &BulkEditDialog::updateState);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

BulkEditDialog::~BulkEditDialog() = default;

BulkEdit BulkEditDialog::edit() const {
    BulkEdit e;
    if (m_ui->statusCheck->isChecked())
        e.status = parseStoryStatus(m_ui->statusCombo->currentData().toString().toStdString());
    if (m_ui->moscowCheck->isChecked())
        e.moscow = parseMoscow(m_ui->moscowCombo->currentData().toString().toStdString());
    if (m_ui->epicCheck->isChecked()) {
        const qlonglong id = m_ui->epicCombo->currentData().toLongLong();
        e.epicId = id > 0 ? std::optional<Id>(id) : std::optional<Id>();
    }
    if (m_ui->pointsCheck->isChecked()) {
        const int p = m_ui->pointsCombo->currentData().toInt();
        e.points = p != StoryChoices::kNotEstimated ? std::optional<int>(p) : std::optional<int>();
    }
    e.addLabels = labelList(m_ui->addLabelsEdit->text());
    e.removeLabels = labelList(m_ui->removeLabelsEdit->text());
    return e;
}

void BulkEditDialog::updateState() {
    QString problem;
    const BulkEdit e = edit();
    for (const auto* list : {&e.addLabels, &e.removeLabels})
        for (const auto& l : *list)
            if (l.find(' ') != std::string::npos)
                problem = tr("Labels cannot contain spaces (\"%1\"): Jira refuses them.")
                              .arg(QString::fromStdString(l));
    if (problem.isEmpty() && e.isEmpty())
        problem = tr("Tick at least one change or type labels to add or remove.");
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setAccessibleDescription(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace storyloom
