#pragma once

#include <QComboBox>

namespace storyloom {

/// The in-place editor of a backlog cell with a fixed list of values (status, MoSCoW, points).
///
/// chosen() is emitted when a value is picked from the open list (mouse click, or Enter in the
/// list): the delegate commits it and closes the editor at once. Arrow keys on the closed editor only
/// change the value shown; Enter then commits and Esc cancels (the delegate's key handling), so
/// browsing the values by keyboard never writes anything.
class ChoiceEditor : public QComboBox {
    Q_OBJECT
public:
    explicit ChoiceEditor(QWidget* parent = nullptr);

    void showPopup() override;

signals:
    void chosen();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;

private:
    /// True while the value can only come from the list (between opening it and the next key or
    /// wheel event on the closed editor).
    bool m_fromList = false;
};

} // namespace storyloom
