#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include "Preferences.h"

namespace storyloom {

PreferencesDialog::PreferencesDialog(const Preferences& current, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PreferencesDialog>()) {
    m_ui->setupUi(this);
    m_ui->startCombo->addItem(tr("Open the last workspace"), static_cast<int>(Preferences::Start::LastWorkspace));
    m_ui->startCombo->addItem(tr("Open the Basketry demo"), static_cast<int>(Preferences::Start::Demo));
    m_ui->startCombo->addItem(tr("Show the start page"), static_cast<int>(Preferences::Start::StartPage));
    m_ui->startCombo->setCurrentIndex(m_ui->startCombo->findData(static_cast<int>(current.start)));
    m_ui->pollSpin->setValue(current.pollSeconds);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const {
    Preferences p;
    p.start = static_cast<Preferences::Start>(m_ui->startCombo->currentData().toInt());
    p.pollSeconds = m_ui->pollSpin->value();
    return p;
}

} // namespace storyloom
