#pragma once

#include "TempDir.h"

#include "app/DemoWorkspace.h"
#include "app/Document.h"
#include "domain/Clock.h"
#include "domain/Workspace.h"
#include "jira/JiraExportDialog.h"
#include "storage/WorkspaceStore.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <catch2/catch.hpp>

#include <memory>

namespace storyloom::test {

/// The Basketry demo workspace (8 epics, 60 stories) in a temporary file, open in a Document, with
/// the Jira export dialog on it.
struct JiraExportFixture {
    TempDir dir;
    FixedClock clock{1772409600000LL}; // 2026-03-02
    QString path = QString::fromStdString(dir.file("basketry.storyloom"));
    Document document{clock};
    std::unique_ptr<JiraExportDialog> dialog;

    explicit JiraExportFixture(QList<qint64> selected = {}) {
        const QString problem = demo::ensureDemoWorkspace(path, clock);
        INFO(problem.toStdString());
        REQUIRE(problem.isEmpty());
        REQUIRE(document.open(path));
        dialog = std::make_unique<JiraExportDialog>(document, std::move(selected));
    }

    QTableWidget* preview() const { return dialog->findChild<QTableWidget*>("previewTable"); }
    QTreeWidget* problems() const { return dialog->findChild<QTreeWidget*>("problemList"); }
    QLabel* status() const { return dialog->findChild<QLabel*>("statusLabel"); }
    QPushButton* exportButton() const {
        for (QPushButton* b : dialog->findChildren<QPushButton*>())
            if (b->text() == QLatin1String("&Export"))
                return b;
        FAIL("no Export button");
        return nullptr;
    }
    QString cell(int row, int column) const {
        const QTableWidgetItem* item = preview()->item(row, column);
        return item ? item->text() : QString();
    }
    /// The workspace as a fresh store reads it from the file.
    Workspace reopened() const { return WorkspaceStore::open(path.toStdString(), clock)->load(); }
    qint64 idOf(const char* key) const {
        const Story* s = document.workspace().findStory(key);
        REQUIRE(s);
        return s->id;
    }
};

} // namespace storyloom::test
