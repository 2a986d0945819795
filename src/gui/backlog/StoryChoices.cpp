#include "StoryChoices.h"

#include "BacklogModel.h"
#include "domain/Enums.h"

#include <QComboBox>

namespace storyloom {
namespace {

QString qs(std::string_view s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

template <typename Enum> QList<StoryChoices::Choice> choicesOf(std::initializer_list<Enum> values) {
    QList<StoryChoices::Choice> out;
    for (Enum v : values)
        out.append({qs(label(v)), qs(toId(v))});
    return out;
}

} // namespace

QList<StoryChoices::Choice> StoryChoices::statuses() {
    return choicesOf({StoryStatus::Draft, StoryStatus::Refined, StoryStatus::Ready, StoryStatus::InProgress,
                      StoryStatus::Done, StoryStatus::WontDo});
}

QList<StoryChoices::Choice> StoryChoices::moscows() {
    return choicesOf({Moscow::Must, Moscow::Should, Moscow::Could, Moscow::Wont, Moscow::Unset});
}

QList<StoryChoices::Choice> StoryChoices::points() {
    QList<Choice> out{{tr("Not estimated"), kNotEstimated}};
    for (int p : {0, 1, 2, 3, 5, 8, 13, 21}) // the scale isValidStoryPoints accepts
        out.append({QString::number(p), p});
    return out;
}

QList<StoryChoices::Choice> StoryChoices::forColumn(int column) {
    switch (column) {
    case BacklogModel::StatusColumn:
        return statuses();
    case BacklogModel::MoscowColumn:
        return moscows();
    case BacklogModel::PointsColumn:
        return points();
    default:
        return {};
    }
}

void StoryChoices::fill(QComboBox* combo, const QList<Choice>& choices) {
    combo->clear();
    for (const Choice& c : choices)
        combo->addItem(c.label, c.value);
}

} // namespace storyloom
