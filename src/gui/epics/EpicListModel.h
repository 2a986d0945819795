#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace storyloom {

class Document;

/// The epics of the document in manual order, one row each: key, title, colour (swatch and its name
/// as text), theme, horizon, dates, story count and points. Rebuilt whenever epics or stories
/// change (epics are few). Qt::UserRole holds the epic id; sorting uses Qt::UserRole + 1.
class EpicListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Key, Title, Colour, Theme, Horizon, Dates, Stories, Points, ColumnCount };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit EpicListModel(const Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 epicId(int row) const;
    /// -1 when the epic is not listed.
    int rowOf(qint64 epicId) const;

private:
    struct Row {
        qint64 id = 0;
        int stories = 0;
        int points = 0;
        int unestimated = 0;
    };
    void rebuild();

    const Document& m_document;
    QList<Row> m_rows;
};

} // namespace storyloom
