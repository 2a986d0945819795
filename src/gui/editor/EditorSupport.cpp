#include "EditorSupport.h"

#include "app/Document.h"
#include "domain/Workspace.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringList>
#include <QTextCursor>

#include <algorithm>

namespace storyloom {
namespace editor {

QString qs(const std::string& text) {
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

std::string str(const QString& text) {
    return text.toStdString();
}

const Story* storedStory(const Document& document, qint64 storyId) {
    if (storyId == 0 || !document.isOpen())
        return nullptr;
    const auto i = document.storyIndex(storyId);
    return i < 0 ? nullptr : &document.workspace().stories[static_cast<std::size_t>(i)];
}

bool editStory(Document& document, qint64 storyId, const std::function<void(Story&)>& change,
               const QString& mergeKey) {
    const Story* stored = storedStory(document, storyId);
    if (!stored)
        return false;
    Story after = *stored;
    change(after);
    if (after == *stored)
        return true;
    return document.editStory(after, mergeKey);
}

void setTextKeepingCursor(QLineEdit* edit, const QString& text) {
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    edit->setCursorPosition(std::min(cursor, static_cast<int>(text.size())));
}

void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text) {
    if (edit->toPlainText() == text)
        return;
    const int cursor = edit->textCursor().position();
    edit->setPlainText(text);
    QTextCursor c = edit->textCursor();
    c.setPosition(std::min(cursor, static_cast<int>(text.size())));
    edit->setTextCursor(c);
}

} // namespace editor

void ValidationMessages::set(const QString& field, const QString& message) {
    if (message.isEmpty()) {
        if (m_messages.remove(field) > 0)
            show(false);
        return;
    }
    if (m_messages.value(field) == message)
        return;
    m_messages.insert(field, message);
    show(true);
}

void ValidationMessages::clearAll() {
    m_messages.clear();
    show(false);
}

QString ValidationMessages::text() const {
    return QStringList(m_messages.values()).join(QLatin1Char('\n'));
}

void ValidationMessages::show(bool announce) {
    const QString text = this->text();
    m_label->setText(text);
    m_label->setAccessibleDescription(text);
    m_label->setVisible(!text.isEmpty());
    if (announce && !text.isEmpty()) {
        QAccessibleEvent event(m_label, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
        ++m_alerts;
    }
}

} // namespace storyloom
