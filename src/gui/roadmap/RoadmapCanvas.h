#pragma once

#include <QPointF>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

namespace storyloom {

class Document;
namespace roadmap {
struct Scene;
struct SceneItem;
struct Rect;
enum class Layout;
} // namespace roadmap

// Roadmap headers are not included here: moc cannot parse the C++20 standard headers they pull in.

/// Paints one laid-out roadmap Scene (with ScenePainter: the same pixels as the exports) at one
/// logical pixel per scene pixel, and turns pointer and keyboard gestures on it into undoable epic
/// edits through the Document.
///
/// Mouse: drag a board card onto another Now / Next / Later column to change its horizon; drag a
/// timeline bar to move it, or its edge grips to change its start or end, snapping to whole weeks.
/// A drag is one undo step however many weeks it passes through.
///
/// Keyboard: Tab / Shift+Tab and the arrow keys move the focus between items (a visible focus ring);
/// Ctrl+Left / Ctrl+Right move the focused card to the previous / next horizon; on the timeline
/// Left / Right shift the focused bar by a week and Shift+Left / Shift+Right change its end by a week
/// (Up / Down move the focus there); Enter activates the item. Each key press is one undo step.
///
/// Accessibility: the accessible name says which layout is shown, the accessible description is the
/// focused item's accessible text; both are announced when they change.
class RoadmapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit RoadmapCanvas(Document& document, QWidget* parent = nullptr);
    ~RoadmapCanvas() override;

    /// Shows `scene` (laid out for `layout`). The focused item is kept by key when it is still shown.
    void setScene(std::shared_ptr<const roadmap::Scene> scene, roadmap::Layout layout);
    const roadmap::Scene& scene() const { return *m_scene; }
    roadmap::Layout layout() const { return m_layout; }

    /// Key of the item with the keyboard focus (epic key, release name), empty when none.
    QString focusedKey() const;
    /// Puts the keyboard focus ring on the item with this key; false when it is not shown.
    bool setFocusedKey(const QString& key);
    /// The focused item's rectangle in canvas coordinates (empty when none).
    QRectF focusedRect() const;

    QSize sizeHint() const override;

signals:
    /// The focus ring moved (key empty when no item has it).
    void focusedItemChanged(const QString& key);
    /// Enter or a double click on an epic.
    void epicActivated(qint64 epicId);
    /// An edit the file refused: the message says why.
    void editRejected(const QString& message);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class DragKind { None, Card, Move, ResizeStart, ResizeEnd };
    struct Drag {
        DragKind kind = DragKind::None;
        qint64 epicId = 0;
        QPointF pressPos;
        QPointF currentPos;
        bool started = false;   ///< moved past the drag distance
        bool macroOpen = false; ///< the undo macro that makes the drag one step is open
        long long appliedWeeks = 0;
        /// Timeline: the epic's dates (days since 1970) when the drag began; edits are made from them.
        long long startDay = 0;
        long long endDay = 0;
    };

    const roadmap::SceneItem* focusedItem() const;
    int indexOfKey(const QString& key) const;
    void focusIndex(int index);
    void moveFocusSpatially(int dx, int dy);
    void announceFocus();
    void updateAccessibleName();
    /// Board: moves the epic `steps` horizons to the right (negative: left). One undo step.
    void moveCardBy(qint64 epicId, int steps);
    /// Timeline: shifts the epic's start and/or end by `days`. One undo step unless `mergeKey` is set.
    bool shiftDates(qint64 epicId, long long startDays, long long endDays, const QString& mergeKey);
    void applyDrag();
    void finishDrag(bool commit);
    QRectF toQt(const roadmap::Rect& rect) const;

    Document& m_document;
    std::shared_ptr<const roadmap::Scene> m_scene;
    roadmap::Layout m_layout;
    /// The bounds of every shape, so a paint event draws only what it exposes.
    std::vector<QRectF> m_shapeBounds;
    QString m_focusedKey;
    Drag m_drag;
};

} // namespace storyloom
