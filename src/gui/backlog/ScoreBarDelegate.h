#pragma once

#include <QStyledItemDelegate>

namespace storyloom {

/// Paints the score column as a bar (BacklogModel::ScoreFractionRole) behind the number. The bar is
/// decoration only: the number, and AccessibleTextRole, carry the same information as text.
class ScoreBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace storyloom
