#include "NewWorkspaceDialog.h"

#include "ui_NewWorkspaceDialog.h"

#include "domain/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStandardPaths>

namespace storyloom {

NewWorkspaceDialog::NewWorkspaceDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::NewWorkspaceDialog>()) {
    m_ui->setupUi(this);
    m_ui->keyEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z][A-Za-z0-9_]{0,9}")), this));
    connect(m_ui->keyEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int pos = m_ui->keyEdit->cursorPosition();
        m_ui->keyEdit->setText(text.toUpper());
        m_ui->keyEdit->setCursorPosition(pos);
    });
    connect(m_ui->productEdit, &QLineEdit::textChanged, this, [this](const QString& name) {
        // Suggest a file name from the product name until the user picks one.
        if (!m_ui->fileEdit->isModified()) {
            const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            m_ui->fileEdit->setText(name.isEmpty() ? QString()
                                                   : QDir(folder).filePath(name + QStringLiteral(".storyloom")));
        }
    });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &NewWorkspaceDialog::browse);
    for (auto* edit : {m_ui->productEdit, m_ui->keyEdit, m_ui->fileEdit})
        connect(edit, &QLineEdit::textChanged, this, &NewWorkspaceDialog::updateProblem);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateProblem();
}

NewWorkspaceDialog::~NewWorkspaceDialog() = default;

QString NewWorkspaceDialog::productName() const { return m_ui->productEdit->text().trimmed(); }
QString NewWorkspaceDialog::projectKey() const { return m_ui->keyEdit->text().trimmed(); }
QString NewWorkspaceDialog::filePath() const { return m_ui->fileEdit->text().trimmed(); }

void NewWorkspaceDialog::browse() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save New Workspace As"), filePath(),
                                                      tr("Storyloom workspaces (*.storyloom)"));
    if (path.isEmpty())
        return;
    m_ui->fileEdit->setText(path.endsWith(QStringLiteral(".storyloom")) ? path
                                                                        : path + QStringLiteral(".storyloom"));
    m_ui->fileEdit->setModified(true);
}

void NewWorkspaceDialog::updateProblem() {
    QString problem;
    if (productName().isEmpty())
        problem = tr("Give the product a name.");
    else if (!isValidProjectKey(projectKey().toStdString()))
        problem = tr("The Jira project key needs 2 to 10 capital letters, digits or underscores, starting "
                     "with a letter.");
    else if (filePath().isEmpty())
        problem = tr("Choose where to save the workspace file.");
    else if (QFileInfo::exists(filePath()))
        problem = tr("%1 already exists. Choose another file name.").arg(QDir::toNativeSeparators(filePath()));
    m_ui->problemLabel->setText(problem);
    m_ui->problemLabel->setAccessibleDescription(problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace storyloom
