#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

class QComboBox;

namespace storyloom {

/// The values a story's status, MoSCoW priority and estimate can take, in the order a product owner
/// picks them, with the words shown for each. The backlog's in-place editors and the bulk-edit
/// dialog both fill their drop-downs from here, so they offer the same lists.
class StoryChoices {
    Q_DECLARE_TR_FUNCTIONS(StoryChoices)

public:
    struct Choice {
        QString label;
        QVariant value;
    };
    /// The points value that stands for "Not estimated".
    static constexpr int kNotEstimated = -1;

    /// Values are the status ids ("in-progress"), as BacklogModel::setData takes them.
    static QList<Choice> statuses();
    /// Values are the MoSCoW ids ("must"); the unset value comes last.
    static QList<Choice> moscows();
    /// "Not estimated" (kNotEstimated) then the Fibonacci estimates, as ints.
    static QList<Choice> points();
    /// The choices of a BacklogModel column; empty for columns edited as free text.
    static QList<Choice> forColumn(int column);
    /// Replaces the combo box's items by `choices` (label as text, value as item data).
    static void fill(QComboBox* combo, const QList<Choice>& choices);
};

} // namespace storyloom
