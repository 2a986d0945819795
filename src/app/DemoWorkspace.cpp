#include "DemoWorkspace.h"

#include "exchange/NativeJson.h"
#include "storage/WorkspaceStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace storyloom::demo {

QString defaultPath() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("Basketry demo.storyloom"));
}

QString ensureDemoWorkspace(const QString& path, const Clock& clock) {
    if (QFileInfo::exists(path))
        return {};
    QFile resource(QStringLiteral(":/demo/demo-workspace.json"));
    if (!resource.open(QIODevice::ReadOnly))
        return QStringLiteral("The demo workspace is missing from this build of Storyloom.");
    const QByteArray json = resource.readAll();
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        const Workspace workspace =
            nativejson::read(std::string_view(json.constData(), static_cast<std::size_t>(json.size())),
                             "demo-workspace.json");
        auto store = WorkspaceStore::create(path.toStdString(), workspace.productName, workspace.projectKey,
                                            clock);
        store->replaceAll(workspace);
    } catch (const std::exception& e) {
        QFile::remove(path);
        return QString::fromStdString(e.what());
    }
    return {};
}

} // namespace storyloom::demo
