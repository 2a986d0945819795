#include "Document.h"

#include "domain/Workspace.h"
#include "storage/WorkspaceStore.h"

namespace storyloom {

Document::Document(const Clock& clock, QObject* parent) : QObject(parent), m_clock(clock), m_workspace(std::make_unique<Workspace>()) {}

Document::~Document() = default;

bool Document::open(const QString& path) {
    try {
        return adopt(WorkspaceStore::open(path.toStdString(), m_clock), path);
    } catch (const StorageError& e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
}

bool Document::create(const QString& path, const QString& productName, const QString& projectKey) {
    try {
        return adopt(WorkspaceStore::create(path.toStdString(), productName.toStdString(),
                                            projectKey.toStdString(), m_clock),
                     path);
    } catch (const StorageError& e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
}

bool Document::adopt(std::unique_ptr<WorkspaceStore> store, const QString& path) {
    Workspace loaded = store->load();
    emit aboutToReset();
    m_store = std::move(store);
    *m_workspace = std::move(loaded);
    m_path = path;
    m_dataVersion = m_store->dataVersion();
    m_error.clear();
    m_undo.clear();
    emit reset();
    return true;
}

void Document::close() {
    if (!m_store)
        return;
    emit aboutToReset();
    m_store.reset();
    *m_workspace = Workspace{};
    m_path.clear();
    m_undo.clear();
    emit reset();
}

bool Document::reloadIfChangedOutside() {
    if (!m_store)
        return false;
    try {
        const long long version = m_store->dataVersion();
        if (version == m_dataVersion)
            return false;
        Workspace loaded = m_store->load();
        emit aboutToReset();
        *m_workspace = std::move(loaded);
        m_dataVersion = version;
        emit reset();
        return true;
    } catch (const StorageError& e) {
        m_error = QString::fromStdString(e.what());
        return false;
    }
}

} // namespace storyloom
