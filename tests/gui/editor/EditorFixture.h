#pragma once

#include "Builders.h"
#include "TempDir.h"

#include "app/Document.h"
#include "domain/Workspace.h"
#include "editor/StoryEditor.h"
#include "storage/WorkspaceStore.h"

#include <QTest>
#include <QUndoStack>
#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace storyloom::test {

/// An editor on SHOP-3 of the sample workspace, stored in a temporary file.
struct EditorFixture {
    TempDir dir;
    FixedClock clock{1767225600000LL};
    std::string path = dir.file("shop.storyloom");
    Document doc{clock};
    StoryEditor editor{doc};

    explicit EditorFixture(const std::string& key = "SHOP-3") {
        WorkspaceStore::create(path, "Shop", "SHOP", clock)->replaceAll(sampleWorkspace());
        REQUIRE(doc.open(QString::fromStdString(path)));
        editor.resize(720, 900);
        editor.show();
        // Shortcuts (Ctrl+Enter, Alt+Up, Delete) only reach the active window.
        editor.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&editor));
        editor.setStory(id(key));
    }

    qint64 id(const std::string& key) const {
        const Story* s = doc.workspace().findStory(key);
        REQUIRE(s != nullptr);
        return s->id;
    }
    Story stored(const std::string& key = "SHOP-3") const { return *doc.workspace().findStory(key); }
    /// What a second connection reads from the file.
    Story reread(const std::string& key = "SHOP-3") const {
        const Workspace ws = WorkspaceStore::open(path, clock)->load();
        const Story* s = ws.findStory(key);
        REQUIRE(s != nullptr);
        return *s;
    }
    template <class T> T* child(const char* name) const {
        T* w = editor.findChild<T*>(QString::fromLatin1(name));
        REQUIRE(w != nullptr);
        return w;
    }
    int undoSteps() { return doc.undoStack()->count(); }
};

} // namespace storyloom::test
