#include "ScoreBarDelegate.h"

#include "BacklogModel.h"

#include <QPainter>

namespace storyloom {

void ScoreBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QVariant fraction = index.data(BacklogModel::ScoreFractionRole);
    if (fraction.isValid() && !(option.state & QStyle::State_Selected)) {
        const double f = std::clamp(fraction.toDouble(), 0.0, 1.0);
        QRect bar = option.rect.adjusted(2, 3, -2, -3);
        bar.setWidth(static_cast<int>(bar.width() * f));
        // The palette's highlight colour, faded, follows dark and high-contrast themes.
        QColor colour = option.palette.color(QPalette::Highlight);
        colour.setAlphaF(0.28f);
        painter->fillRect(bar, colour);
    }
    QStyledItemDelegate::paint(painter, option, index);
}

} // namespace storyloom
