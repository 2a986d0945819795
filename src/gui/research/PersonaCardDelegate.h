#pragma once

#include <QStyledItemDelegate>

namespace storyloom {

/// Paints a persona (PersonaListModel row) as a card: name, role, goals, frustrations and how many
/// stories it supports. The card grows with the font, so it stays readable at 200 % text size.
class PersonaCardDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace storyloom
