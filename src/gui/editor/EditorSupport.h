#pragma once

#include <QMap>
#include <QString>

#include <functional>
#include <string>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace storyloom {

class Document;
struct Story;

namespace editor {

QString qs(const std::string& text);
std::string str(const QString& text);

/// The stored story with this id, nullptr when the workspace has none (deleted, or not open).
const Story* storedStory(const Document& document, qint64 storyId);

/// Copies the stored story, lets `change` modify the copy and writes it with
/// Document::editStory(copy, mergeKey): one undo step, or merged with the previous one when the
/// merge key is the same. Writes nothing and returns true when `change` left the story as it was.
/// Returns false when the story is gone or the file refused the edit (document.errorString()).
bool editStory(Document& document, qint64 storyId, const std::function<void(Story&)>& change,
               const QString& mergeKey = {});

/// Replaces the text only when it differs, keeping the cursor where it was (clamped to the new
/// length): a refresh while the product owner types must not move the cursor.
void setTextKeepingCursor(QLineEdit* edit, const QString& text);
void setTextKeepingCursor(QPlainTextEdit* edit, const QString& text);

} // namespace editor

/// The validation messages of one story editor, shown together in one label. A new or changed
/// message is announced to screen readers (an Alert accessibility event on the label), so it is
/// read even though focus stays in the field being typed in.
class ValidationMessages {
public:
    explicit ValidationMessages(QLabel* label) : m_label(label) {}

    /// Sets the message of a field (by its merge key); an empty message clears it.
    void set(const QString& field, const QString& message);
    void clearAll();
    QString text() const;
    bool has(const QString& field) const { return m_messages.contains(field); }
    /// How many Alert events were sent (Qt delivers them only while an assistive technology listens).
    int alertsSent() const { return m_alerts; }

private:
    void show(bool announce);

    QLabel* m_label;
    QMap<QString, QString> m_messages;
    int m_alerts = 0;
};

} // namespace storyloom
