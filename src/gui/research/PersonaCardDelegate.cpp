#include "PersonaCardDelegate.h"

#include "PersonaListModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace storyloom {
namespace {

constexpr int kLinesOfText = 9; // name, role, 2 × (label + up to 2 lines), stories
constexpr int kWidthInChars = 30;

} // namespace

QSize PersonaCardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const {
    const QFontMetrics fm(option.font);
    return {fm.averageCharWidth() * kWidthInChars + 24, fm.lineSpacing() * (kLinesOfText + 1) + 24};
}

void PersonaCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect card = option.rect.adjusted(4, 4, -4, -4);
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QPalette& pal = option.palette;
    QPainterPath path;
    path.addRoundedRect(QRectF(card), 6, 6);
    painter->fillPath(path,
                      selected ? pal.color(QPalette::Highlight).lighter(185) : pal.color(QPalette::Base));
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                         selected || focused ? 2 : 1));
    painter->drawPath(path);

    const QFontMetrics fm(option.font);
    QRect text = card.adjusted(10, 8, -10, -8);
    QFont bold = option.font;
    bold.setBold(true);
    const QColor ink = pal.color(QPalette::Text);
    const QColor muted = pal.color(QPalette::PlaceholderText);

    painter->setFont(bold);
    painter->setPen(ink);
    painter->drawText(text.left(), text.top(), text.width(), fm.lineSpacing(),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, text.width()));
    text.setTop(text.top() + fm.lineSpacing());
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(
        text.left(), text.top(), text.width(), fm.lineSpacing(), Qt::AlignLeft | Qt::AlignVCenter,
        fm.elidedText(index.data(PersonaListModel::RoleRole).toString(), Qt::ElideRight, text.width()));
    text.setTop(text.top() + fm.lineSpacing() + 4);

    auto section = [&](const QString& label, const QString& body) {
        painter->setFont(bold);
        painter->setPen(ink);
        painter->drawText(text.left(), text.top(), text.width(), fm.lineSpacing(), Qt::AlignLeft, label);
        text.setTop(text.top() + fm.lineSpacing());
        painter->setFont(option.font);
        const QRect box(text.left(), text.top(), text.width(), fm.lineSpacing() * 2);
        // Two lines at most; the editor shows the rest.
        QString shown = body.isEmpty() ? tr("None written yet") : body;
        const QRect needed = fm.boundingRect(box, Qt::TextWordWrap, shown);
        if (needed.height() > box.height())
            shown = fm.elidedText(shown, Qt::ElideRight, box.width() * 2 - fm.averageCharWidth() * 4);
        painter->drawText(box, Qt::TextWordWrap, shown);
        text.setTop(text.top() + box.height());
    };
    section(tr("Goals"), index.data(PersonaListModel::GoalsRole).toString());
    section(tr("Frustrations"), index.data(PersonaListModel::FrustrationsRole).toString());
    painter->setPen(muted);
    const int stories = index.data(PersonaListModel::StoryCountRole).toInt();
    painter->drawText(text.left(), text.top() + 2, text.width(), fm.lineSpacing(),
                      Qt::AlignLeft | Qt::AlignVCenter, tr("Supports %n stories", nullptr, stories));
    painter->restore();
}

} // namespace storyloom
