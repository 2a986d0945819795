#pragma once

#include <QLabel>

namespace storyloom {

/// A label for a form's validation message ("The title is empty."). Showing a message announces it
/// to screen readers as an alert; an empty message hides the label.
class ValidationLabel : public QLabel {
    Q_OBJECT
public:
    explicit ValidationLabel(QWidget* parent = nullptr);

    /// Shows `message` (announced when it differs from the one shown) or hides the label when empty.
    void showMessage(const QString& message);
    QString message() const { return text(); }
};

} // namespace storyloom
