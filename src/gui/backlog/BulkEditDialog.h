#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class BulkEditDialog;
}

namespace storyloom {

class Document;
struct BulkEdit;

/// Changes status, epic, MoSCoW, points and labels of several stories at once; the result is applied
/// by Document::bulkEdit as one undo step. Only the ticked changes are made.
class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    BulkEditDialog(const Document& document, int storyCount, QWidget* parent = nullptr);
    ~BulkEditDialog() override;

    /// What the product owner chose; empty when nothing is ticked or typed.
    BulkEdit edit() const;

private:
    void updateState();

    std::unique_ptr<Ui::BulkEditDialog> m_ui;
};

} // namespace storyloom
