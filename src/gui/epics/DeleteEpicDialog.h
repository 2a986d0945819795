#pragma once

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QRadioButton;

namespace storyloom {

class Document;

/// Asks what happens to an epic's stories when it is deleted: "Move its N stories to [epic]" or
/// "Delete the epic and its N stories". Cancel is the default button; an epic without stories only
/// asks for confirmation.
class DeleteEpicDialog : public QDialog {
    Q_OBJECT
public:
    DeleteEpicDialog(const Document& document, qint64 epicId, QWidget* parent = nullptr);

    /// After accept(): the epic the stories move to, or nullopt when they are deleted.
    std::optional<qint64> moveStoriesTo() const;
    void chooseMove(qint64 targetEpicId);
    void chooseDelete();
    int storyCount() const { return m_storyCount; }

private:
    int m_storyCount = 0;
    QRadioButton* m_move = nullptr;
    QRadioButton* m_delete = nullptr;
    QComboBox* m_target = nullptr;
};

} // namespace storyloom
