#include "RoadmapCanvas.h"

#include "app/Document.h"
#include "domain/Epic.h"
#include "roadmap/RoadmapSpec.h"
#include "roadmap/Scene.h"
#include "roadmap/render/ScenePainter.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <limits>

namespace storyloom {
namespace {

using roadmap::Role;

QString qs(const std::string& s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

constexpr long long kDaysPerWeek = 7;

Horizon horizonAfter(Horizon h, int steps) {
    const int index = std::clamp(static_cast<int>(h) + steps, 0, 2);
    return static_cast<Horizon>(index);
}

} // namespace

RoadmapCanvas::RoadmapCanvas(Document& document, QWidget* parent)
    : QWidget(parent), m_document(document), m_scene(std::make_shared<roadmap::Scene>()),
      m_layout(roadmap::Layout::Board) {
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    updateAccessibleName();
}

RoadmapCanvas::~RoadmapCanvas() {
    if (m_drag.macroOpen)
        m_document.undoStack()->endMacro();
}

void RoadmapCanvas::setScene(std::shared_ptr<const roadmap::Scene> scene, roadmap::Layout layout) {
    const bool layoutChanged = layout != m_layout;
    m_scene = scene ? std::move(scene) : std::make_shared<roadmap::Scene>();
    m_layout = layout;
    m_shapeBounds.clear();
    m_shapeBounds.reserve(m_scene->shapes.size());
    for (const roadmap::Shape& shape : m_scene->shapes) {
        const roadmap::Rect r = roadmap::boundsOf(shape);
        // Strokes and antialiasing reach a little outside the geometry.
        m_shapeBounds.push_back(QRectF(r.x, r.y, r.w, r.h).adjusted(-3, -3, 3, 3));
    }
    setFixedSize(static_cast<int>(std::ceil(m_scene->width)), static_cast<int>(std::ceil(m_scene->height)));
    if (layoutChanged)
        updateAccessibleName();
    if (!m_focusedKey.isEmpty() && indexOfKey(m_focusedKey) < 0) {
        m_focusedKey.clear();
        emit focusedItemChanged({});
    }
    announceFocus();
    update();
}

QSize RoadmapCanvas::sizeHint() const {
    return {static_cast<int>(std::ceil(m_scene->width)), static_cast<int>(std::ceil(m_scene->height))};
}

QString RoadmapCanvas::focusedKey() const {
    return m_focusedKey;
}

const roadmap::SceneItem* RoadmapCanvas::focusedItem() const {
    const int index = indexOfKey(m_focusedKey);
    return index < 0 ? nullptr : &m_scene->items[static_cast<std::size_t>(index)];
}

int RoadmapCanvas::indexOfKey(const QString& key) const {
    if (key.isEmpty())
        return -1;
    const std::string k = key.toStdString();
    for (std::size_t i = 0; i < m_scene->items.size(); ++i)
        if (m_scene->items[i].key == k)
            return static_cast<int>(i);
    return -1;
}

bool RoadmapCanvas::setFocusedKey(const QString& key) {
    const int index = indexOfKey(key);
    if (index < 0)
        return false;
    focusIndex(index);
    return true;
}

QRectF RoadmapCanvas::focusedRect() const {
    const roadmap::SceneItem* item = focusedItem();
    return item ? toQt(item->bounds) : QRectF();
}

QRectF RoadmapCanvas::toQt(const roadmap::Rect& rect) const {
    return {rect.x, rect.y, rect.w, rect.h};
}

void RoadmapCanvas::focusIndex(int index) {
    if (index < 0 || index >= static_cast<int>(m_scene->items.size()))
        return;
    const roadmap::SceneItem& item = m_scene->items[static_cast<std::size_t>(index)];
    const QString key = qs(item.key);
    const QRectF before = focusedRect();
    if (key != m_focusedKey) {
        m_focusedKey = key;
        emit focusedItemChanged(key);
    }
    update(before.adjusted(-6, -6, 6, 6).toAlignedRect());
    update(toQt(item.bounds).adjusted(-6, -6, 6, 6).toAlignedRect());
    announceFocus();
}

void RoadmapCanvas::updateAccessibleName() {
    setAccessibleName(tr("Roadmap, %1 layout").arg(qs(std::string(roadmap::label(m_layout)))));
    QAccessibleEvent event(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void RoadmapCanvas::announceFocus() {
    const roadmap::SceneItem* item = focusedItem();
    const QString text = item ? qs(item->accessibleText) : QString();
    if (text == accessibleDescription())
        return;
    setAccessibleDescription(text);
    QAccessibleEvent description(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&description);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

// --- Painting -----------------------------------------------------------------------------------

void RoadmapCanvas::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    const QRectF exposed = event->rect();
    painter.fillRect(event->rect(), palette().base());
    // Paint only the shapes the event exposes: a 2,000-epic timeline holds tens of thousands.
    roadmap::Scene visible;
    visible.width = m_scene->width;
    visible.height = m_scene->height;
    visible.background = m_scene->background;
    for (std::size_t i = 0; i < m_scene->shapes.size(); ++i)
        if (m_shapeBounds[i].intersects(exposed))
            visible.shapes.push_back(m_scene->shapes[i]);
    painter.setClipRect(event->rect());
    roadmap::ScenePainter::paint(painter, visible);

    painter.setRenderHint(QPainter::Antialiasing);
    // The card being dragged follows the pointer over the column it would land in.
    if (m_drag.kind == DragKind::Card && m_drag.started) {
        const Epic* epic = m_document.findEpic(m_drag.epicId);
        if (const roadmap::SceneItem* item = epic ? m_scene->findItem(epic->key) : nullptr) {
            const roadmap::Point at{m_drag.currentPos.x(), m_drag.currentPos.y()};
            for (const roadmap::DropZone& zone : m_scene->dropZones) {
                if (zone.rect.contains(at)) {
                    QColor highlight = palette().highlight().color();
                    highlight.setAlpha(40);
                    painter.fillRect(toQt(zone.rect), highlight);
                }
            }
            const QRectF ghost = toQt(item->bounds).translated(m_drag.currentPos - m_drag.pressPos);
            QColor fill = palette().highlight().color();
            fill.setAlpha(70);
            painter.setPen(QPen(palette().highlight().color(), 2, Qt::DashLine));
            painter.setBrush(fill);
            painter.drawRoundedRect(ghost, 6, 6);
        }
    }
    // The focus ring: drawn in the highlight colour with a white inner line so it shows on any fill.
    if (hasFocus()) {
        if (const roadmap::SceneItem* item = focusedItem()) {
            const QRectF ring = toQt(item->bounds).adjusted(-3, -3, 3, 3);
            painter.setBrush(Qt::NoBrush);
            painter.setPen(QPen(palette().highlight().color(), 3));
            painter.drawRoundedRect(ring, 6, 6);
            painter.setPen(QPen(Qt::white, 1));
            painter.drawRoundedRect(ring.adjusted(2, 2, -2, -2), 4, 4);
        }
    }
}

// --- Pointer ------------------------------------------------------------------------------------

void RoadmapCanvas::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const roadmap::Point at{event->position().x(), event->position().y()};
    m_drag = Drag{};
    const roadmap::SceneItem* item = m_scene->itemAt(at);
    if (item)
        setFocusedKey(qs(item->key));
    if (!item || item->kind != roadmap::ItemKind::Epic)
        return;
    const Epic* epic = m_document.findEpic(item->id);
    if (!epic)
        return;
    DragKind kind = DragKind::None;
    if (m_layout == roadmap::Layout::Board && item->role == Role::Card) {
        kind = DragKind::Card;
    } else if (m_layout == roadmap::Layout::Timeline && epic->startDate && epic->endDate) {
        kind = DragKind::Move;
        // The grips sit on the bar's edges, drawn on top of it: the topmost shape decides.
        if (const roadmap::Shape* shape = m_scene->shapeAt(at)) {
            const roadmap::Tag& tag = roadmap::tagOf(*shape);
            if (tag.id == item->id && tag.role == Role::BarResizeStart)
                kind = DragKind::ResizeStart;
            else if (tag.id == item->id && tag.role == Role::BarResizeEnd)
                kind = DragKind::ResizeEnd;
        }
        if (kind == DragKind::Move && item->role != Role::Bar)
            kind = DragKind::None;
        m_drag.startDay = epic->startDate->toDays();
        m_drag.endDay = epic->endDate->toDays();
    }
    m_drag.kind = kind;
    m_drag.epicId = item->id;
    m_drag.pressPos = event->position();
    m_drag.currentPos = event->position();
}

void RoadmapCanvas::mouseMoveEvent(QMouseEvent* event) {
    if (m_drag.kind == DragKind::None) {
        // Show what a press would do: resize grips get a resize cursor, items an open hand.
        const roadmap::Point at{event->position().x(), event->position().y()};
        Qt::CursorShape shape = Qt::ArrowCursor;
        if (const roadmap::Shape* s = m_scene->shapeAt(at)) {
            const Role role = roadmap::tagOf(*s).role;
            if (role == Role::BarResizeStart || role == Role::BarResizeEnd)
                shape = Qt::SizeHorCursor;
            else if (role == Role::Bar || (role == Role::Card && m_layout == roadmap::Layout::Board))
                shape = Qt::OpenHandCursor;
        }
        if (cursor().shape() != shape)
            setCursor(shape);
        return;
    }
    m_drag.currentPos = event->position();
    if (!m_drag.started &&
        (m_drag.currentPos - m_drag.pressPos).manhattanLength() < QApplication::startDragDistance())
        return;
    m_drag.started = true;
    if (m_drag.kind == DragKind::Card)
        update();
    else
        applyDrag();
}

void RoadmapCanvas::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton || m_drag.kind == DragKind::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_drag.currentPos = event->position();
    finishDrag(m_drag.started);
}

void RoadmapCanvas::mouseDoubleClickEvent(QMouseEvent* event) {
    const roadmap::SceneItem* item = m_scene->itemAt({event->position().x(), event->position().y()});
    if (item && item->kind == roadmap::ItemKind::Epic)
        emit epicActivated(item->id);
}

void RoadmapCanvas::applyDrag() {
    const roadmap::TimeAxis* axis = m_scene->timeAxis ? &*m_scene->timeAxis : nullptr;
    if (!axis || axis->pxPerDay <= 0)
        return;
    // Whole weeks from where the drag began: the dates keep their weekday.
    const double days = (m_drag.currentPos.x() - m_drag.pressPos.x()) / axis->pxPerDay;
    long long weeks = std::llround(days / kDaysPerWeek);
    // A resize never makes an epic end before it starts (at least one week stays).
    if (m_drag.kind == DragKind::ResizeStart)
        weeks = std::min(weeks, (m_drag.endDay - m_drag.startDay) / kDaysPerWeek - 1);
    if (m_drag.kind == DragKind::ResizeEnd)
        weeks = std::max(weeks, -((m_drag.endDay - m_drag.startDay) / kDaysPerWeek - 1));
    if (weeks == m_drag.appliedWeeks)
        return;
    const long long shift = weeks * kDaysPerWeek;
    const Epic* epic = m_document.findEpic(m_drag.epicId);
    if (!epic)
        return;
    Epic after = *epic;
    after.startDate = Date::fromDays(m_drag.startDay + (m_drag.kind == DragKind::ResizeEnd ? 0 : shift));
    after.endDate = Date::fromDays(m_drag.endDay + (m_drag.kind == DragKind::ResizeStart ? 0 : shift));
    if (!m_drag.macroOpen) {
        // Every step of the drag merges ("dates"); the macro keeps the next drag of the same epic
        // from merging into this one, so each drag is one undo step.
        m_document.undoStack()->beginMacro(m_drag.kind == DragKind::Move
                                               ? tr("Move %1").arg(qs(epic->key))
                                               : tr("Resize %1").arg(qs(epic->key)));
        m_drag.macroOpen = true;
    }
    if (m_document.editEpic(after, QStringLiteral("dates")))
        m_drag.appliedWeeks = weeks;
    else
        emit editRejected(m_document.errorString());
}

void RoadmapCanvas::finishDrag(bool commit) {
    const Drag drag = m_drag;
    m_drag = Drag{};
    if (drag.kind == DragKind::Card && commit) {
        const roadmap::Point at{drag.currentPos.x(), drag.currentPos.y()};
        const Epic* epic = m_document.findEpic(drag.epicId);
        for (const roadmap::DropZone& zone : m_scene->dropZones) {
            if (epic && zone.rect.contains(at) && zone.horizon != epic->horizon) {
                Epic after = *epic;
                after.horizon = zone.horizon;
                if (!m_document.editEpic(after))
                    emit editRejected(m_document.errorString());
                break;
            }
        }
    }
    if (drag.macroOpen)
        m_document.undoStack()->endMacro();
    update();
}

// --- Keyboard -----------------------------------------------------------------------------------

bool RoadmapCanvas::focusNextPrevChild(bool next) {
    // Tab walks the items in reading order, then leaves the canvas.
    const int count = static_cast<int>(m_scene->items.size());
    const int current = indexOfKey(m_focusedKey);
    const int target = current < 0 ? (next ? 0 : count - 1) : current + (next ? 1 : -1);
    if (hasFocus() && target >= 0 && target < count) {
        focusIndex(target);
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

void RoadmapCanvas::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (!focusedItem() && !m_scene->items.empty()) {
        const bool backwards = event->reason() == Qt::BacktabFocusReason;
        focusIndex(backwards ? static_cast<int>(m_scene->items.size()) - 1 : 0);
    } else {
        announceFocus();
        if (const roadmap::SceneItem* item = focusedItem())
            update(toQt(item->bounds).adjusted(-6, -6, 6, 6).toAlignedRect());
    }
}

void RoadmapCanvas::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    if (m_drag.kind != DragKind::None)
        finishDrag(false);
    if (const roadmap::SceneItem* item = focusedItem())
        update(toQt(item->bounds).adjusted(-6, -6, 6, 6).toAlignedRect());
}

void RoadmapCanvas::moveFocusSpatially(int dx, int dy) {
    const roadmap::SceneItem* from = focusedItem();
    if (!from) {
        focusIndex(0);
        return;
    }
    // The nearest item whose centre lies in the direction pressed; distance across the direction
    // counts double so Down stays in its column.
    const roadmap::Point c = from->bounds.centre();
    int best = -1;
    double bestScore = std::numeric_limits<double>::max();
    for (std::size_t i = 0; i < m_scene->items.size(); ++i) {
        const roadmap::SceneItem& item = m_scene->items[i];
        if (&item == from)
            continue;
        const roadmap::Point p = item.bounds.centre();
        const double along = dx != 0 ? (p.x - c.x) * dx : (p.y - c.y) * dy;
        const double across = dx != 0 ? std::abs(p.y - c.y) : std::abs(p.x - c.x);
        if (along <= 0.5)
            continue;
        const double score = along + 2 * across;
        if (score < bestScore) {
            bestScore = score;
            best = static_cast<int>(i);
        }
    }
    if (best >= 0)
        focusIndex(best);
}

void RoadmapCanvas::keyPressEvent(QKeyEvent* event) {
    const roadmap::SceneItem* item = focusedItem();
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const bool isEpic = item && item->kind == roadmap::ItemKind::Epic;
    const int key = event->key();
    if (key == Qt::Key_Escape && m_drag.kind != DragKind::None) {
        finishDrag(false);
        return;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        const int direction = key == Qt::Key_Left ? -1 : 1;
        if (m_layout == roadmap::Layout::Board && ctrl) {
            if (isEpic)
                moveCardBy(item->id, direction);
            return;
        }
        if (m_layout == roadmap::Layout::Timeline && !ctrl && isEpic && item->role == Role::Bar) {
            const long long days = direction * kDaysPerWeek;
            shiftDates(item->id, shift ? 0 : days, days, {});
            return;
        }
        if (!ctrl) {
            moveFocusSpatially(direction, 0);
            return;
        }
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && !ctrl) {
        const int direction = key == Qt::Key_Up ? -1 : 1;
        if (m_layout == roadmap::Layout::Timeline) {
            // Bars are listed lane by lane, top to bottom: Up and Down walk that list.
            const int index = indexOfKey(m_focusedKey);
            focusIndex(index < 0
                           ? 0
                           : std::clamp(index + direction, 0, static_cast<int>(m_scene->items.size()) - 1));
        } else {
            moveFocusSpatially(0, direction);
        }
        return;
    }
    if (key == Qt::Key_Home || key == Qt::Key_End) {
        focusIndex(key == Qt::Key_Home ? 0 : static_cast<int>(m_scene->items.size()) - 1);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) && isEpic) {
        emit epicActivated(item->id);
        return;
    }
    QWidget::keyPressEvent(event);
}

void RoadmapCanvas::moveCardBy(qint64 epicId, int steps) {
    const Epic* epic = m_document.findEpic(epicId);
    if (!epic)
        return;
    const Horizon target = horizonAfter(epic->horizon, steps);
    if (target == epic->horizon)
        return;
    Epic after = *epic;
    after.horizon = target;
    if (!m_document.editEpic(after))
        emit editRejected(m_document.errorString());
}

bool RoadmapCanvas::shiftDates(qint64 epicId, long long startDays, long long endDays,
                               const QString& mergeKey) {
    const Epic* epic = m_document.findEpic(epicId);
    if (!epic || !epic->startDate || !epic->endDate)
        return false;
    Epic after = *epic;
    after.startDate = Date::fromDays(epic->startDate->toDays() + startDays);
    after.endDate = Date::fromDays(epic->endDate->toDays() + endDays);
    if (*after.endDate < *after.startDate)
        return false; // an epic cannot end before it starts: Shift+Left stops at one week
    if (m_document.editEpic(after, mergeKey))
        return true;
    emit editRejected(m_document.errorString());
    return false;
}

} // namespace storyloom
