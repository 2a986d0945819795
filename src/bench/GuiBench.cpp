#include "GuiBench.h"

#include "app/Document.h"
#include "backlog/BacklogFilterProxy.h"
#include "backlog/BacklogModel.h"
#include "domain/Clock.h"

#include <QApplication>

#include <cstdlib>
#include <memory>

namespace storyloom::bench {
namespace {

QApplication& application() {
    static int argc = 1;
    static char name[] = "storyloom-bench";
    static char* argv[] = {name, nullptr};
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static QApplication app(argc, argv);
    return app;
}

} // namespace

bool guiAvailable() {
    return true;
}

Figure measureFilterKeystroke(const std::string& path, int runs) {
    application();
    SystemClock clock;
    Document doc(clock);
    if (!doc.open(QString::fromStdString(path)))
        std::abort();
    BacklogModel model(doc);
    BacklogFilterProxy proxy(doc);
    proxy.setSourceModel(&model);
    (void)proxy.rowCount();
    proxy.prepareSearchText();
    Figure figure{"one filter keystroke on the backlog model and proxy (\"ch\" → \"che\")", {}, "≤ 50 ms (#4)"};
    for (int i = 0; i < runs; ++i) {
        proxy.setFilterText(QStringLiteral("ch"));
        (void)proxy.rowCount();
        figure.ms.push_back(measure(1, [&] {
                                proxy.setFilterText(QStringLiteral("che"));
                                (void)proxy.rowCount();
                            }).front());
    }
    return figure;
}

bool openAsTheApp(const std::string& path) {
    application();
    SystemClock clock;
    Document doc(clock);
    if (!doc.open(QString::fromStdString(path)))
        return false;
    BacklogModel model(doc);
    BacklogFilterProxy proxy(doc);
    proxy.setSourceModel(&model);
    (void)proxy.rowCount();
    proxy.prepareSearchText();
    return proxy.rowCount() > 0;
}

} // namespace storyloom::bench
