#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace storyloom {

class Document;

/// The insights of the document (id order): title, source type, date, strength ("4 of 5" and
/// dots), summary and the number of stories it supports. Qt::UserRole holds the insight id;
/// SortRole gives sortable values (dates as text, strength and counts as numbers).
class InsightTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Source, Date, Strength, Summary, Stories, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit InsightTableModel(const Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 insightId(int row) const;
    int rowOf(qint64 insightId) const;

    /// "4 of 5 ●●●●○".
    static QString strengthText(int strength);

private:
    void rebuild();

    const Document& m_document;
    QList<qint64> m_ids;
    QList<int> m_storyCounts;
};

} // namespace storyloom
