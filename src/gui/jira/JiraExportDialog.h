#pragma once

#include <QDialog>
#include <QList>
#include <QStringList>

#include <memory>

namespace Ui {
class JiraExportDialog;
}

namespace storyloom {

class Document;
namespace jira {
struct Profile;
}

// Domain and exchange headers are not included here: moc cannot parse the C++20 standard headers
// they pull in.

/// File ▸ Export to Jira…: picks the format, the mapping profile, what to export and where, previews
/// the issues that will be created with the problems jira::validate finds, and writes the files
/// through jira::exportToFiles (atomic). Export stays disabled while any problem is an error, and
/// exportNow() writes nothing then.
///
/// The preview is rebuilt (and validated once) whenever the format, profile, scope or the document
/// changes; the table shows the first kPreviewLimit issues and says how many more there are.
class JiraExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Format { Json, Rest, Csv };
    enum class Scope { Everything, Epic, Release, Filter, Selection };
    static constexpr int kPreviewLimit = 1000;

    /// `selectedStoryIds`: the backlog selection (the "backlog selection" scope is disabled when empty).
    JiraExportDialog(Document& document, QList<qint64> selectedStoryIds, QWidget* parent = nullptr);
    ~JiraExportDialog() override;

    Format format() const;
    void setFormat(Format format);
    Scope scope() const;
    /// `name`: the epic key, release name or saved filter name the scope needs.
    void setScope(Scope scope, const QString& name = {});
    QString profileName() const;
    void setProfileName(const QString& name);
    QString path() const;
    void setPath(const QString& path);

    /// Issues the export would create (not only the ones the table shows).
    int issueCount() const;
    int errorCount() const;
    int warningCount() const;
    bool canExport() const;
    /// The files the last successful export wrote.
    QStringList writtenFiles() const { return m_written; }
    /// The message of the last failed export, empty after a success.
    QString lastError() const { return m_lastError; }

    /// Saves `profile` in the workspace (`jira.profiles`, replacing a saved one of the same name) and
    /// makes it the active profile (`jira.profile`): one undo step. False when the file refuses.
    bool saveProfile(const jira::Profile& profile);

public slots:
    /// Validates and, when no problem is an error, writes the export. True when files were written.
    bool exportNow();
    /// Opens the profile editor on the current profile; saves what it returns.
    void editProfile();
    void browse();

signals:
    /// After a successful export, with the paths written (for the main window's status bar).
    void exported(const QStringList& files);

private:
    struct State;

    void fillChoices();
    void fillProfiles(const QString& select);
    void formatChanged();
    void scopeChanged();
    void rebuildPreview();
    void showDescription();
    void problemActivated();
    void updateExportButton();
    QString defaultPath(Format format) const;

    Document& m_document;
    QList<qint64> m_selection;
    std::unique_ptr<Ui::JiraExportDialog> m_ui;
    std::unique_ptr<State> m_state;
    QPushButton* m_exportButton = nullptr;
    QStringList m_written;
    QString m_lastError;
    bool m_pathEdited = false;
    bool m_filling = false;
};

} // namespace storyloom
