#pragma once

#include <QPersistentModelIndex>
#include <QPointer>
#include <QStyledItemDelegate>

namespace storyloom {

/// Paints and edits the backlog's cells, in the flat table and in the grouped tree.
///
/// - Score column: a bar (BacklogModel::ScoreFractionRole) behind the number. The bar is decoration
///   only: the number, and Qt::AccessibleTextRole, carry the same information as text.
/// - Status, MoSCoW and Points: a ChoiceEditor listing StoryChoices; a pick from the open list
///   commits at once, Enter commits the value shown, Esc cancels. Opened by a double click, the
///   list drops down straight away. Each commit is one BacklogModel::setData, hence one undo step.
/// - Other editable columns (the title): the usual line edit.
///
/// It also tracks the editor it has open, so the view can carry what is typed across a reload
/// (openEditor(), editorValue(), setEditorValue()).
class BacklogDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
    void destroyEditor(QWidget* editor, const QModelIndex& index) const override;
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

    /// The editor this delegate has open, nullptr when none.
    QWidget* openEditor() const { return m_editor; }
    /// The cell that editor edits (invalid when none, or when its row went away).
    QModelIndex openEditorIndex() const { return m_editorIndex; }

    /// What an editor holds now: the text typed (QString) or the value shown in a choice editor.
    static QVariant editorValue(const QWidget* editor);
    /// Puts a value taken by editorValue() back into an editor of the same column; a line edit gets
    /// its cursor at `cursor` (clamped), or at the end when -1.
    static void setEditorValue(QWidget* editor, const QVariant& value, int cursor = -1);
    /// The text cursor of a line edit, -1 for other editors.
    static int editorCursor(const QWidget* editor);

private:
    void commitAndClose();

    mutable QPointer<QWidget> m_editor;
    mutable QPersistentModelIndex m_editorIndex;
    /// The last event the view passed on was a double click: the next choice editor opens its list.
    mutable bool m_openList = false;
};

} // namespace storyloom
