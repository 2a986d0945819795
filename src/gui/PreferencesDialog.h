#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

namespace storyloom {

struct Preferences;

/// Edit > Preferences (the platform's shortcut): what opens at start and how often the window looks
/// for changes made elsewhere.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    PreferencesDialog(const Preferences& current, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    Preferences preferences() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace storyloom
