#pragma once

#include <QAbstractListModel>
#include <QList>

namespace storyloom {

class Document;

/// The personas of the document (id order), one row each, for the card view. Display: the name;
/// the roles below give the card's other lines. Qt::AccessibleTextRole reads the whole card.
class PersonaListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole,
        RoleRole,
        GoalsRole,
        FrustrationsRole,
        StoryCountRole,
    };

    explicit PersonaListModel(const Document& document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    qint64 personaId(int row) const;
    int rowOf(qint64 personaId) const;

private:
    void rebuild();

    const Document& m_document;
    QList<qint64> m_ids;
    QList<int> m_storyCounts;
};

} // namespace storyloom
