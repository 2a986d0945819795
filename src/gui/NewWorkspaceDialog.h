#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class NewWorkspaceDialog;
}

namespace storyloom {

/// Asks for the product name, the Jira project key and where to save a new workspace file.
/// OK stays disabled until all three are valid; the problem is said in words below the form.
class NewWorkspaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewWorkspaceDialog(QWidget* parent = nullptr);
    ~NewWorkspaceDialog() override;

    QString productName() const;
    QString projectKey() const;
    QString filePath() const;

private:
    void browse();
    void updateProblem();

    std::unique_ptr<Ui::NewWorkspaceDialog> m_ui;
};

} // namespace storyloom
