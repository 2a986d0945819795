#include "PresentationWindow.h"

#include "FilterSupport.h"

#include "app/Document.h"
#include "domain/Workspace.h"
#include "roadmap/Baseline.h"
#include "roadmap/Layouts.h"
#include "roadmap/RoadmapError.h"
#include "roadmap/RoadmapSpec.h"
#include "roadmap/render/QtTextMetrics.h"
#include "roadmap/render/ScenePainter.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// Slides are laid out at least this wide so type keeps its proportions on small windows.
constexpr double kMinSlideWidth = 1280;

} // namespace

struct PresentationWindow::State {
    std::vector<roadmap::RoadmapSpec> views;
    std::optional<roadmap::Baseline> baseline;
    std::optional<roadmap::Scene> scene; ///< of the current view; laid out on first paint
    roadmap::QtTextMetrics metrics;
};

PresentationWindow::PresentationWindow(Document& document, const QDate& today, bool compareWithBaseline,
                                       int startIndex, QWidget* parent)
    : QWidget(parent, Qt::Window), m_state(std::make_unique<State>()), m_document(document), m_today(today),
      m_compare(compareWithBaseline), m_footer(new QLabel(this)) {
    setWindowTitle(tr("Roadmap presentation"));
    setAccessibleName(tr("Roadmap presentation"));
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 0, 24, 12);
    layout->addStretch(1);
    layout->addWidget(m_footer);
    m_footer->setObjectName(QStringLiteral("footer"));
    m_footer->setAccessibleName(tr("Presentation position"));
    m_footer->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont font = m_footer->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_footer->setFont(font);
    // The slides are drawn on white: keep the footer readable on it whatever the system palette.
    QPalette palette = m_footer->palette();
    palette.setColor(QPalette::WindowText, QColor(0x49, 0x50, 0x57));
    m_footer->setPalette(palette);

    // The document may change under the presentation (an edit in another window): follow it.
    connect(&m_document, &Document::reset, this, &PresentationWindow::reload);
    connect(&m_document, &Document::settingsChanged, this, &PresentationWindow::reload);
    connect(&m_document, &Document::epicsChanged, this, &PresentationWindow::invalidate);
    connect(&m_document, &Document::storiesChanged, this, &PresentationWindow::invalidate);
    connect(&m_document, &Document::rankingChanged, this, &PresentationWindow::invalidate);
    reload();
    showIndex(startIndex);
}

PresentationWindow::~PresentationWindow() = default;

void PresentationWindow::reload() {
    try {
        m_state->views = roadmap::savedViews(m_document.workspace());
    } catch (const roadmap::RoadmapError&) {
        m_state->views = roadmap::defaultViews(); // the Roadmap view explains the problem
    }
    for (roadmap::RoadmapSpec& spec : m_state->views)
        spec.audience = roadmap::Audience::Executive;
    m_state->baseline.reset();
    if (m_compare) {
        try {
            m_state->baseline = roadmap::loadBaseline(m_document.workspace());
        } catch (const roadmap::RoadmapError&) {
        }
    }
    showIndex(m_index);
}

void PresentationWindow::invalidate() {
    m_state->scene.reset();
    update();
}

int PresentationWindow::count() const {
    return static_cast<int>(m_state->views.size());
}

QString PresentationWindow::currentName() const {
    return m_state->views.empty() ? QString() : qs(m_state->views[static_cast<std::size_t>(m_index)].name);
}

QString PresentationWindow::footerText() const {
    return m_footer->text();
}

void PresentationWindow::showIndex(int index) {
    m_index = std::clamp(index, 0, std::max(0, count() - 1));
    m_footer->setText(tr("View %1 of %2 — %3").arg(m_index + 1).arg(count()).arg(currentName()));
    invalidate();
    const roadmap::Scene& scene = currentScene();
    // Screen readers hear the slide's title and position when it changes.
    setAccessibleDescription(tr("%1. %2").arg(qs(scene.title), m_footer->text()));
    QAccessibleEvent event(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

const roadmap::Scene& PresentationWindow::currentScene() {
    if (!m_state->scene) {
        roadmap::LayoutOptions options;
        options.today = Date{m_today.year(), m_today.month(), m_today.day()};
        options.baseline = m_state->baseline ? &*m_state->baseline : nullptr;
        options.width = std::max(kMinSlideWidth, static_cast<double>(width()));
        if (m_state->views.empty())
            m_state->scene.emplace();
        else
            m_state->scene = roadmap::layoutView(
                m_document.workspace(),
                roadmapfilters::withExistingFilters(m_document.workspace(),
                                                    m_state->views[static_cast<std::size_t>(m_index)]),
                m_state->metrics, options);
    }
    return *m_state->scene;
}

void PresentationWindow::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const roadmap::Scene& scene = currentScene();
    const roadmap::Colour bg = scene.background;
    painter.fillRect(rect(), QColor(bg.r, bg.g, bg.b));
    if (scene.width <= 0 || scene.height <= 0)
        return;
    // Fit the slide above the footer, centred, keeping its proportions.
    const QRectF area(24, 16, width() - 48.0, m_footer->geometry().top() - 24.0);
    const double scale = std::min(area.width() / scene.width, area.height() / scene.height);
    if (scale <= 0)
        return;
    painter.translate(area.left() + (area.width() - scene.width * scale) / 2,
                      area.top() + (area.height() - scene.height * scale) / 2);
    painter.scale(scale, scale);
    roadmap::ScenePainter::paint(painter, scene);
}

void PresentationWindow::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_PageDown:
    case Qt::Key_Space:
    case Qt::Key_Down:
        showIndex(m_index + 1);
        return;
    case Qt::Key_Left:
    case Qt::Key_PageUp:
    case Qt::Key_Backspace:
    case Qt::Key_Up:
        showIndex(m_index - 1);
        return;
    case Qt::Key_Home:
        showIndex(0);
        return;
    case Qt::Key_End:
        showIndex(count() - 1);
        return;
    case Qt::Key_Escape:
        close();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void PresentationWindow::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    invalidate();
}

} // namespace storyloom
