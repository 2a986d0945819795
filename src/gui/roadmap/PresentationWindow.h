#pragma once

#include <QDate>
#include <QWidget>

#include <memory>

class QLabel;

namespace storyloom {

class Document;
namespace roadmap {
struct Scene;
}

/// The roadmap on a screen in a meeting: the workspace's saved views one at a time, in the Executive
/// audience, each scaled to fill the window, with a footer "View 2 of 5 — Timeline".
///
/// Keys: Right, Page Down or Space show the next view; Left, Page Up or Backspace the previous one;
/// Home / End the first / last; Esc closes the window.
class PresentationWindow : public QWidget {
    Q_OBJECT
public:
    /// `compareWithBaseline`: mark what changed since the saved baseline. Starts on view `startIndex`.
    PresentationWindow(Document& document, const QDate& today, bool compareWithBaseline, int startIndex,
                       QWidget* parent = nullptr);
    ~PresentationWindow() override;

    int count() const;
    int currentIndex() const { return m_index; }
    QString currentName() const;
    QString footerText() const;
    void showIndex(int index);
    /// The scene of the current view, laid out for the window's size.
    const roadmap::Scene& currentScene();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct State;

    void reload();
    void invalidate();

    std::unique_ptr<State> m_state;
    Document& m_document;
    QDate m_today;
    bool m_compare;
    int m_index = 0;
    QLabel* m_footer;
};

} // namespace storyloom
