#include "ValidationLabel.h"

#include <QAccessible>

namespace storyloom {

ValidationLabel::ValidationLabel(QWidget* parent) : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Problem"));
    setForegroundRole(QPalette::BrightText);
    setStyleSheet(QStringLiteral("color: #B3261E; font-weight: 600;"));
    hide();
}

void ValidationLabel::showMessage(const QString& message) {
    if (message == text() && isVisible() == !message.isEmpty())
        return;
    setText(message);
    setAccessibleDescription(message);
    setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        // Screen readers read alerts at once, wherever the focus is.
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

} // namespace storyloom
