// Hidden test: screenshots of the Research and Epics views over the demo workspace for
// docs/screenshots. Run with  storyloom_gui_research_tests "[.screenshot]"
#include "ResearchFixture.h"

#include "epics/EpicsView.h"
#include "research/ResearchView.h"

#include <QDir>

using namespace storyloom;

namespace {

void save(QWidget& widget, const char* name) {
    QDir().mkpath(QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots"));
    const QString path = QStringLiteral(STORYLOOM_SOURCE_DIR "/docs/screenshots/") + QLatin1String(name);
    INFO(path.toStdString());
    CHECK(widget.grab().save(path));
}

} // namespace

TEST_CASE("screenshots of the research and epics views on the demo workspace", "[.screenshot]") {
    {
        test::ViewFixture<ResearchView> f(true);
        REQUIRE_FALSE(f.document.workspace().personas.empty());
        f.view->selectPersona(f.document.workspace().personas.front().id);
        QApplication::processEvents();
        save(*f.view, "research.png");
    }
    {
        test::ViewFixture<EpicsView> f(true);
        REQUIRE_FALSE(f.document.workspace().epics.empty());
        QApplication::processEvents();
        save(*f.view, "epics.png");
    }
}
