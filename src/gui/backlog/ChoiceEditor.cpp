#include "ChoiceEditor.h"

#include <QKeyEvent>
#include <QWheelEvent>

namespace storyloom {

ChoiceEditor::ChoiceEditor(QWidget* parent) : QComboBox(parent) {
    // QComboBox also reports arrow keys and the wheel as "activated"; only a pick from the list
    // counts as a choice here.
    connect(this, &QComboBox::activated, this, [this] {
        if (m_fromList) {
            m_fromList = false;
            emit chosen();
        }
    });
}

void ChoiceEditor::showPopup() {
    m_fromList = true;
    QComboBox::showPopup();
}

void ChoiceEditor::keyPressEvent(QKeyEvent* event) {
    m_fromList = false;
    QComboBox::keyPressEvent(event);
}

void ChoiceEditor::wheelEvent(QWheelEvent* event) {
    m_fromList = false;
    QComboBox::wheelEvent(event);
}

} // namespace storyloom
