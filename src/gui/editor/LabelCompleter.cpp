#include "LabelCompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>
#include <QStringListModel>

namespace storyloom {

LabelCompleter::LabelCompleter(QObject* parent) : QCompleter(parent), m_model(new QStringListModel(this)) {
    setModel(m_model);
    setCaseSensitivity(Qt::CaseInsensitive);
    setCompletionMode(QCompleter::PopupCompletion);
}

void LabelCompleter::setLabels(const QStringList& labels) {
    m_model->setStringList(labels);
}

QStringList LabelCompleter::splitPath(const QString& path) const {
    return {path.section(QLatin1Char(','), -1).trimmed()};
}

QString LabelCompleter::pathFromIndex(const QModelIndex& index) const {
    const QString label = index.data().toString();
    const auto* edit = qobject_cast<const QLineEdit*>(widget());
    const QString text = edit ? edit->text() : QString();
    const int comma = text.lastIndexOf(QLatin1Char(','));
    return comma < 0 ? label : text.left(comma + 1) + QLatin1Char(' ') + label;
}

} // namespace storyloom
