// The profile part of JiraExportDialog: the profile list and saving an edited profile.
#include "JiraExportDialog.h"

#include "ui_JiraExportDialog.h"

#include "JiraExportDialogState.h"
#include "JiraProfileDialog.h"

#include "app/Document.h"
#include "exchange/ExchangeError.h"

#include <QMap>
#include <QMessageBox>

#include <algorithm>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

void JiraExportDialog::fillProfiles(const QString& select) {
    const Workspace& ws = m_document.workspace();
    m_state->presetNames.clear();
    for (const jira::Profile& p : jira::presets())
        m_state->presetNames << qs(p.name);
    m_state->savedNames.clear();
    QString problem;
    try {
        m_state->profiles = jira::availableProfiles(ws);
        if (const auto it = ws.settings.find(std::string(jira::kProfilesSetting)); it != ws.settings.end())
            for (const jira::Profile& p : jira::profilesFromJson(it->second))
                m_state->savedNames << qs(p.name);
    } catch (const ExchangeError& e) {
        m_state->profiles = jira::presets();
        problem = qs(e.what());
    }
    QString wanted = select;
    if (wanted.isEmpty())
        if (const auto it = ws.settings.find(std::string(jira::kActiveProfileSetting));
            it != ws.settings.end())
            wanted = qs(it->second);
    const QSignalBlocker block(m_ui->profileCombo);
    m_ui->profileCombo->clear();
    for (const jira::Profile& p : m_state->profiles) {
        const QString name = qs(p.name);
        const bool saved = m_state->savedNames.contains(name);
        m_ui->profileCombo->addItem(saved ? tr("%1 (saved in this workspace)").arg(name) : name, name);
    }
    m_ui->profileCombo->setCurrentIndex(std::max(0, m_ui->profileCombo->findData(wanted)));
    if (!problem.isEmpty())
        m_ui->statusLabel->setText(tr("The saved Jira profiles could not be read, the presets are offered "
                                      "instead: %1")
                                       .arg(problem));
}

void JiraExportDialog::editProfile() {
    const int index = m_ui->profileCombo->currentIndex();
    const jira::Profile current = index >= 0 && index < static_cast<int>(m_state->profiles.size())
                                      ? m_state->profiles[static_cast<std::size_t>(index)]
                                      : jira::Profile{};
    JiraProfileDialog editor(current, m_state->presetNames, m_state->savedNames, this);
    if (editor.exec() == QDialog::Accepted)
        saveProfile(editor.profile());
}

bool JiraExportDialog::saveProfile(const jira::Profile& profile) {
    const Workspace& ws = m_document.workspace();
    std::vector<jira::Profile> saved;
    if (const auto it = ws.settings.find(std::string(jira::kProfilesSetting)); it != ws.settings.end()) {
        try {
            saved = jira::profilesFromJson(it->second);
        } catch (const ExchangeError&) {
            // The stored list is unreadable (and already reported): the new profile replaces it;
            // Undo brings the old text back.
        }
    }
    const auto same = std::find_if(saved.begin(), saved.end(),
                                   [&](const jira::Profile& p) { return p.name == profile.name; });
    if (same != saved.end())
        *same = profile;
    else
        saved.push_back(profile);
    const QString name = qs(profile.name);
    QMap<QString, QString> settings;
    settings.insert(qs(jira::kProfilesSetting), qs(jira::profilesToJson(saved)));
    settings.insert(qs(jira::kActiveProfileSetting), name);
    if (!m_document.changeSettings(settings, tr("Save Jira profile \"%1\"").arg(name))) {
        QMessageBox::warning(
            this, tr("Export to Jira"),
            tr("The profile \"%1\" could not be saved: %2").arg(name, m_document.errorString()));
        return false;
    }
    fillProfiles(name);
    rebuildPreview();
    return true;
}

} // namespace storyloom
