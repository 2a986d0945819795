#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class InsightForm;
}

namespace storyloom {

class Document;

/// Edits one insight: title, source type, date (or none), strength 1–5 and summary. Every change is
/// written at once (Document::editInsight); typing in one field merges into one undo step. An empty
/// title is not written: the problem label says so and screen readers announce it.
class InsightForm : public QWidget {
    Q_OBJECT
public:
    explicit InsightForm(Document& document, QWidget* parent = nullptr);
    ~InsightForm() override;

    void setInsight(qint64 insightId);
    qint64 insightId() const { return m_insightId; }
    QString problem() const;
    void focusTitle();

private:
    void load();
    void commit(const QString& mergeKey);

    std::unique_ptr<Ui::InsightForm> m_ui;
    Document& m_document;
    qint64 m_insightId = 0;
    bool m_loading = false;
    bool m_writing = false;
};

} // namespace storyloom
