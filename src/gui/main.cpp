#include "MainWindow.h"
#include "Preferences.h"
#include "RecentFiles.h"
#include "app/Document.h"
#include "app/PluralForms.h"
#include "backlog/AppPalette.h"
#include "backlog/BacklogView.h"
#include "domain/Workspace.h"

#include "domain/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIcon>
#include <QTimer>

#include <cstdio>

using namespace storyloom;

int main(int argc, char* argv[]) {
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Storyloom"));
    QApplication::setApplicationName(QStringLiteral("Storyloom"));
    QApplication::setApplicationVersion(QStringLiteral(STORYLOOM_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/storyloom.svg")));
    installPluralForms(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Storyloom: backlog and roadmap manager for UX product owners"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("A .storyloom workspace file to open."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Open the Basketry demo workspace."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a PNG of the window to <file> once it is shown, then quit."),
        QStringLiteral("file"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QStringLiteral("Window size as WIDTHxHEIGHT."), QStringLiteral("size"));
    const QCommandLineOption paletteOption(
        QStringLiteral("palette"),
        QStringLiteral("Colours to use instead of the system's: dark or high-contrast (to check the views "
                       "under those themes)."),
        QStringLiteral("name"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"), QStringLiteral("The view to show first: backlog, roadmap, research or epics."),
        QStringLiteral("name"));
    const QCommandLineOption storyOption(QStringLiteral("story"),
                                         QStringLiteral("Select this story (a key such as BASK-12) in the backlog."),
                                         QStringLiteral("key"));
    parser.addOption(viewOption);
    parser.addOption(storyOption);
    parser.addOption(demoOption);
    parser.addOption(paletteOption);
    parser.addOption(screenshotOption);
    parser.addOption(sizeOption);
    parser.process(app);
    if (parser.isSet(paletteOption)) {
        const auto scheme = AppPalette::parse(parser.value(paletteOption));
        if (!scheme) {
            std::fprintf(stderr, "Unknown palette \"%s\": use --palette dark or --palette high-contrast.\n",
                         qPrintable(parser.value(paletteOption)));
            return 2;
        }
        AppPalette::apply(*scheme); // before any window exists, so every widget starts with it
    }

    static SystemClock clock;
    MainWindow window(clock);
    if (parser.isSet(sizeOption)) {
        const QStringList parts = parser.value(sizeOption).split(QLatin1Char('x'));
        if (parts.size() == 2)
            window.resize(parts[0].toInt(), parts[1].toInt());
    }

    const bool screenshot = parser.isSet(screenshotOption);
    bool opened = true;
    if (!parser.positionalArguments().isEmpty())
        opened = window.openWorkspace(parser.positionalArguments().first(), screenshot);
    else if (parser.isSet(demoOption))
        opened = window.openDemo(screenshot);
    else {
        // First run opens the demo; later runs follow the preference (by default: the last workspace,
        // if it still exists).
        const QStringList recent = RecentFiles::load();
        const Preferences::Start start = Preferences::load().start;
        if (recent.isEmpty() || start == Preferences::Start::Demo)
            window.openDemo(true);
        else if (start == Preferences::Start::LastWorkspace && QFileInfo::exists(recent.first()))
            window.openWorkspace(recent.first(), true);
    }
    if (screenshot && !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(window.document().errorString()));
        return 2;
    }
    if (parser.isSet(viewOption) && !window.showView(parser.value(viewOption))) {
        std::fprintf(stderr, "Unknown view \"%s\": use backlog, roadmap, research or epics.\n",
                     qPrintable(parser.value(viewOption)));
        return 1;
    }
    if (parser.isSet(storyOption) && opened) {
        const Story* story = window.document().workspace().findStory(parser.value(storyOption).toStdString());
        if (!story) {
            std::fprintf(stderr, "There is no story %s in this workspace.\n", qPrintable(parser.value(storyOption)));
            return 1;
        }
        window.backlogView().selectStory(story->id);
    }

    window.show();
    if (screenshot) {
        const QString file = parser.value(screenshotOption);
        // Fires once the event loop has shown and laid out the window: the moment a person sees it.
        QTimer::singleShot(0, &window, [&window, file, &sinceLaunch] {
            std::fprintf(stderr, "Window shown %lld ms after launch.\n",
                         static_cast<long long>(sinceLaunch.elapsed()));
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "Could not save the screenshot to %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 2);
        });
    }
    return QApplication::exec();
}
