#pragma once

#include <QCompleter>

class QStringListModel;

namespace storyloom {

/// Completes the last label of a comma-separated list ("ui, pay" offers "payments"); choosing a
/// completion keeps the labels before it.
class LabelCompleter : public QCompleter {
    Q_OBJECT
public:
    explicit LabelCompleter(QObject* parent = nullptr);

    void setLabels(const QStringList& labels);

    QStringList splitPath(const QString& path) const override;
    QString pathFromIndex(const QModelIndex& index) const override;

private:
    QStringListModel* m_model;
};

} // namespace storyloom
