#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class EpicEditor;
}

namespace storyloom {

class Document;
struct Epic;

/// The form beside the epic list: title, description, colour (dialog or hex), theme (with "New
/// theme…"), status, horizon, start / end dates (each may be "no date") and target release.
///
/// Every change is written at once through Document::editEpic; typing in one field merges into one
/// undo step. A value the file would refuse (empty title, end before start, a colour that is not
/// #RRGGBB) is not written: the form says why in its problem label, which screen readers announce.
class EpicEditor : public QWidget {
    Q_OBJECT
public:
    explicit EpicEditor(Document& document, QWidget* parent = nullptr);
    ~EpicEditor() override;

    /// Shows the epic (0: none, the form is disabled).
    void setEpic(qint64 epicId);
    qint64 epicId() const { return m_epicId; }
    /// The validation or write problem shown, empty when there is none.
    QString problem() const;
    /// Adds a theme named `name` (in the epic's colour) and gives it to the epic: two undo steps.
    bool addTheme(const QString& name);
    void focusTitle();

private:
    void load();
    void fillChoices();
    /// Writes the form's fields to the epic. `mergeKey` as for Document::editEpic.
    void commit(const QString& mergeKey);
    /// The epic as the form shows it; false (and a problem shown) when a field is not valid.
    bool fromFields(Epic& epic);
    void showColour(const QString& hex);
    void chooseColour();
    void newTheme();

    std::unique_ptr<Ui::EpicEditor> m_ui;
    Document& m_document;
    qint64 m_epicId = 0;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace storyloom
