#pragma once

#include "Builders.h"
#include "TempDir.h"

#include "app/DemoWorkspace.h"
#include "app/Document.h"
#include "domain/Clock.h"
#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QStringList>
#include <QTest>
#include <QWidget>
#include <catch2/catch.hpp>

#include <memory>

namespace storyloom::test {

/// A view of type V over the sample workspace (or the Basketry demo) in a temporary file, shown at
/// 1400×860.
template <typename V> struct ViewFixture {
    TempDir dir;
    FixedClock clock{1772409600000LL}; // 2026-03-02
    std::string path = dir.file("shop.storyloom");
    Document document{clock};
    std::unique_ptr<V> view;

    explicit ViewFixture(bool demoWorkspace = false) {
        if (demoWorkspace) {
            const QString problem = demo::ensureDemoWorkspace(QString::fromStdString(path), clock);
            INFO(problem.toStdString());
            REQUIRE(problem.isEmpty());
        } else {
            WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(sampleWorkspace());
        }
        REQUIRE(document.open(QString::fromStdString(path)));
        view = std::make_unique<V>(document);
        view->resize(1400, 860);
        view->show();
        QApplication::setActiveWindow(view.get());
        REQUIRE(QTest::qWaitForWindowActive(view.get()));
    }

    /// What a second connection reads from the file.
    Workspace reread() const { return WorkspaceStore::open(path, clock)->load(); }
    qint64 storyId(const char* key) const { return document.workspace().findStory(key)->id; }
};

/// Focusable widgets under `root` without an accessible name, as "ClassName objectName, ...". Widgets
/// that are parts of another control (the line edit inside a spin box or combo box) are skipped:
/// the control they belong to carries the name.
inline std::string unnamedFocusableWidgets(QWidget* root) {
    QStringList out;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (w->focusPolicy() == Qt::NoFocus || w->isWindow())
            continue;
        QWidget* parent = w->parentWidget();
        if (qobject_cast<QAbstractSpinBox*>(parent) || qobject_cast<QComboBox*>(parent))
            continue;
        if (w->accessibleName().trimmed().isEmpty())
            out << QStringLiteral("%1 %2").arg(QString::fromLatin1(w->metaObject()->className()),
                                               w->objectName());
    }
    return out.join(QStringLiteral(", ")).toStdString();
}

/// Sets the application font to twice its point size for the fixture's lifetime.
struct DoubleTextSize {
    QFont before = QApplication::font();
    DoubleTextSize() {
        QFont big = before;
        big.setPointSizeF(before.pointSizeF() * 2);
        QApplication::setFont(big);
    }
    ~DoubleTextSize() { QApplication::setFont(before); }
};

} // namespace storyloom::test
