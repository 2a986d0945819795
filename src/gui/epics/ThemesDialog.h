#pragma once

#include <QColor>
#include <QDialog>

#include <functional>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace storyloom {

class Document;
class ValidationLabel;

/// "Manage Themes": the workspace's themes, each with its colour (swatch, and its name and hex as
/// text) and how many epics use it; Add, Rename, Colour and Delete. Each action is one undo step of
/// the document (Document::addTheme / editTheme / deleteTheme) and is written to the file at once.
///
/// Keyboard: every button has a mnemonic; in the list F2 renames, Delete deletes, Insert adds.
/// Deleting asks first and says how many epics lose the theme (they keep existing, without it).
class ThemesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ThemesDialog(Document& document, QWidget* parent = nullptr);
    ~ThemesDialog() override;

    QTreeWidget& list() { return *m_list; }
    /// The id of the current theme, 0 when there is none.
    qint64 currentThemeId() const;
    void selectTheme(qint64 themeId);
    /// The problem shown (a refused name, a file that refuses the write), empty when none.
    QString problem() const;

    // Actions without asking (the buttons ask first, then call these). Each returns false and shows
    // why when the document refuses.
    qint64 addTheme(const QString& name, const QColor& colour);
    bool renameTheme(qint64 themeId, const QString& name);
    bool recolourTheme(qint64 themeId, const QColor& colour);
    bool deleteTheme(qint64 themeId);
    /// The confirmation question asked before deleting: names the theme and its epics' count.
    QString deleteQuestion(qint64 themeId) const;

    /// Replace the questions the buttons ask (tests): a name (nullopt: cancelled), a colour
    /// (invalid: cancelled), and the delete confirmation (false: cancelled).
    struct Askers {
        std::function<std::optional<QString>(const QString& title, const QString& current)> name;
        std::function<QColor(const QColor& current)> colour;
        std::function<bool(const QString& question)> confirm;
    };
    void setAskers(Askers askers) { m_askers = std::move(askers); }

    /// The button actions, as the buttons and keys run them.
    void addClicked();
    void renameClicked();
    void colourClicked();
    void deleteClicked();

private:
    void refill();
    void updateButtons();
    int epicsUsing(qint64 themeId) const;
    std::optional<QString> askName(const QString& title, const QString& current);
    QColor askColour(const QColor& current);
    bool confirm(const QString& question);

    Document& m_document;
    QTreeWidget* m_list;
    QPushButton* m_addButton;
    QPushButton* m_renameButton;
    QPushButton* m_colourButton;
    QPushButton* m_deleteButton;
    ValidationLabel* m_problem;
    Askers m_askers;
};

} // namespace storyloom
