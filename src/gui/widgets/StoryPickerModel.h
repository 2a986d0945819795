#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QString>

#include <vector>

namespace storyloom {

class Document;

/// StoryPicker's list: every story ("KEY Title") in manual order, filtered by a search text without
/// a proxy (a plain scan over prepared lower-case text keeps typing fast on large workspaces).
/// Qt::UserRole holds the story id. When checkable, the ticks survive filtering.
class StoryPickerModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit StoryPickerModel(const Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    void setCheckable(bool checkable);
    void setChecked(qint64 storyId, bool checked);
    /// Ticked stories in manual order (shown or filtered out).
    QList<qint64> checkedIds() const;

    void setExcluded(const QList<qint64>& storyIds);
    /// Every word of `text` must appear in the key or title.
    void setFilter(const QString& text);
    qint64 storyId(int row) const;
    int rowOf(qint64 storyId) const;

private:
    struct Entry {
        qint64 id = 0;
        QString text;   ///< "KEY Title"
        QString folded; ///< lower case, for matching
    };
    void refilter();

    std::vector<Entry> m_all;
    std::vector<int> m_shown;
    QSet<qint64> m_excluded;
    QStringList m_words;
    QSet<qint64> m_checked;
    bool m_checkable = false;
};

} // namespace storyloom
