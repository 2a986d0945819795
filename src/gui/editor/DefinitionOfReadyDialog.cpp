#include "DefinitionOfReadyDialog.h"

#include "EditorSupport.h"
#include "app/Document.h"
#include "app/Readiness.h"
#include "domain/Workspace.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QVBoxLayout>

namespace storyloom {

using editor::qs;

DefinitionOfReadyDialog::DefinitionOfReadyDialog(Document& document, QWidget* parent)
    : QDialog(parent), m_document(document) {
    setWindowTitle(tr("Definition of Ready"));
    setAccessibleName(tr("Definition of Ready"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A story is ready for a sprint when it passes every rule ticked here. "
                                "The rules apply to the whole workspace."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    const ReadinessRules rules = ReadinessRules::fromSettings(document.workspace().settings);
    QWidget* previous = nullptr;
    for (ReadinessRule rule : kAllReadinessRules) {
        auto* check = new QCheckBox(QStringLiteral("&") + qs(std::string(label(rule))), this);
        check->setAccessibleName(qs(std::string(label(rule))));
        check->setChecked(rules.isEnabled(rule));
        layout->addWidget(check);
        m_checks.insert(qs(std::string(settingName(rule))), check);
        if (previous)
            setTabOrder(previous, check);
        previous = check;
    }
    auto* form = new QFormLayout;
    m_uiLabels = new QLineEdit(QStringList([&] {
                                   QStringList l;
                                   for (const auto& s : rules.uiLabels)
                                       l << qs(s);
                                   return l;
                               }())
                                   .join(QStringLiteral(", ")),
                               this);
    m_uiLabels->setAccessibleName(tr("Labels that mark a story as UI-facing"));
    auto* uiLabel = new QLabel(tr("UI-facing &labels:"), this);
    uiLabel->setBuddy(m_uiLabels);
    form->addRow(uiLabel, m_uiLabels);
    layout->addLayout(form);
    if (previous)
        setTabOrder(previous, m_uiLabels);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool DefinitionOfReadyDialog::apply(bool quiet) {
    ReadinessRules rules;
    for (ReadinessRule rule : kAllReadinessRules)
        rules.setEnabled(rule, m_checks.value(qs(std::string(settingName(rule))))->isChecked());
    rules.uiLabels.clear();
    for (const QString& part : m_uiLabels->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const QString t = part.trimmed().toLower(); !t.isEmpty())
            rules.uiLabels.push_back(t.toStdString());
    const auto& current = m_document.workspace().settings;
    QMap<QString, QString> changed;
    for (const auto& [name, value] : rules.toSettings()) {
        const auto found = current.find(name);
        const bool same = found != current.end()
                              ? found->second == value
                              : ReadinessRules::fromSettings({{name, value}}) == ReadinessRules{};
        if (!same)
            changed.insert(qs(name), qs(value));
    }
    if (changed.isEmpty())
        return true;
    if (m_document.changeSettings(changed, tr("Change the Definition of Ready")))
        return true;
    if (!quiet)
        QMessageBox::warning(this, tr("Could not change the Definition of Ready"), m_document.errorString());
    return false;
}

} // namespace storyloom
