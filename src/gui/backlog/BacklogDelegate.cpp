#include "BacklogDelegate.h"

#include "BacklogModel.h"
#include "ChoiceEditor.h"
#include "StoryChoices.h"

#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTimer>

#include <algorithm>

namespace storyloom {
namespace {

/// The item data a choice editor uses for a cell's Qt::EditRole value.
QVariant choiceValue(int column, const QVariant& editValue) {
    if (column == BacklogModel::PointsColumn)
        return editValue.isValid() ? editValue.toInt() : StoryChoices::kNotEstimated;
    return editValue;
}

} // namespace

void BacklogDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const {
    const QVariant fraction = index.column() == BacklogModel::ScoreColumn
                                  ? index.data(BacklogModel::ScoreFractionRole)
                                  : QVariant();
    if (fraction.isValid() && !(option.state & QStyle::State_Selected)) {
        const double f = std::clamp(fraction.toDouble(), 0.0, 1.0);
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(static_cast<int>(bar.width() * f));
        // The palette's highlight colour, faded, follows dark and high-contrast palettes; the text
        // drawn over it keeps the Text role, which contrasts with Base and so with a faded bar.
        QColor colour = option.palette.color(QPalette::Highlight);
        colour.setAlphaF(0.32f);
        painter->fillRect(bar, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

QWidget* BacklogDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    const bool openList = std::exchange(m_openList, false);
    const QList<StoryChoices::Choice> choices = StoryChoices::forColumn(index.column());
    QWidget* editor = nullptr;
    if (choices.isEmpty()) {
        editor = QStyledItemDelegate::createEditor(parent, option, index);
    } else {
        auto* combo = new ChoiceEditor(parent);
        StoryChoices::fill(combo, choices);
        combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        connect(combo, &ChoiceEditor::chosen, this, &BacklogDelegate::commitAndClose);
        if (openList)
            QTimer::singleShot(0, combo, &QComboBox::showPopup);
        editor = combo;
    }
    m_editor = editor;
    m_editorIndex = index;
    return editor;
}

void BacklogDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = qobject_cast<ChoiceEditor*>(editor);
    if (!combo) {
        QStyledItemDelegate::setEditorData(editor, index);
        return;
    }
    const QVariant value = choiceValue(index.column(), index.data(Qt::EditRole));
    int at = combo->findData(value);
    if (at < 0) { // a value from elsewhere (an import, the CLI) that the list does not offer
        combo->addItem(index.data(Qt::DisplayRole).toString(), value);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

void BacklogDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                   const QModelIndex& index) const {
    auto* combo = qobject_cast<ChoiceEditor*>(editor);
    if (!combo) {
        QStyledItemDelegate::setModelData(editor, model, index);
        return;
    }
    QVariant value = combo->currentData();
    if (index.column() == BacklogModel::PointsColumn && value.toInt() == StoryChoices::kNotEstimated)
        value = QVariant();
    model->setData(index, value, Qt::EditRole);
}

void BacklogDelegate::destroyEditor(QWidget* editor, const QModelIndex& index) const {
    if (editor == m_editor) {
        m_editor = nullptr;
        m_editorIndex = QPersistentModelIndex();
    }
    QStyledItemDelegate::destroyEditor(editor, index);
}

bool BacklogDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                  const QStyleOptionViewItem& option, const QModelIndex& index) {
    m_openList = event && event->type() == QEvent::MouseButtonDblClick;
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

void BacklogDelegate::commitAndClose() {
    auto* editor = qobject_cast<QWidget*>(sender());
    if (!editor)
        return;
    emit commitData(editor);
    emit closeEditor(editor, QAbstractItemDelegate::NoHint);
}

QVariant BacklogDelegate::editorValue(const QWidget* editor) {
    if (const auto* combo = qobject_cast<const QComboBox*>(editor))
        return combo->currentData();
    if (const auto* line = qobject_cast<const QLineEdit*>(editor))
        return line->text();
    return {};
}

int BacklogDelegate::editorCursor(const QWidget* editor) {
    const auto* line = qobject_cast<const QLineEdit*>(editor);
    return line ? line->cursorPosition() : -1;
}

void BacklogDelegate::setEditorValue(QWidget* editor, const QVariant& value, int cursor) {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(value);
        if (at >= 0)
            combo->setCurrentIndex(at);
    } else if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        const QString text = value.toString();
        line->setText(text);
        line->setCursorPosition(cursor < 0 ? static_cast<int>(text.size())
                                           : std::min(cursor, static_cast<int>(text.size())));
    }
}

} // namespace storyloom
