// EntityModel: the Entities tab's tree — entity types (People, Organisations, Places, Other
// names, Dates) with their entities below, each once with its mention count, sorted by count
// then first appearance. Two columns: name, mentions. A read-only view over an Analysis.
// Entities can be dragged (mime type kEntityMimeType: their indices) onto an entity or a
// type row; the model only reports such drops (entitiesDroppedOnEntity / …OnType) — what
// they mean (merge, change of type) is decided by whoever listens.
#pragma once

#include "analysis/Analysis.h"

#include <QAbstractItemModel>

#include <array>
#include <memory>

namespace lede::ui {

class EntityModel final : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Roles {
        EntityIndexRole = Qt::UserRole + 1,  // int index into Analysis::entities; -1 on type rows
        EntityTypeRole,                      // int(EntityType)
        MentionCountRole,                    // int
        AliasesRole,                         // QStringList
    };
    enum Columns { NameColumn, CountColumn, ColumnCount };

    static constexpr QLatin1StringView kEntityMimeType{"application/x-lede-entities"};

    explicit EntityModel(QObject *parent = nullptr);

    void setAnalysis(std::shared_ptr<const Analysis> analysis);
    void clear();
    // The index (column 0) of an entity, or invalid.
    QModelIndex indexForEntity(int entityIndex) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    void entitiesDroppedOnEntity(const QList<int> &entities, int target);
    void entitiesDroppedOnType(const QList<int> &entities, EntityType type);

private:
    static QList<int> droppedEntities(const QMimeData *data);
    static constexpr quintptr kTypeRow = ~quintptr(0);
    std::shared_ptr<const Analysis> m_analysis;
    QList<EntityType> m_types;                                 // non-empty types, in display order
    std::array<QList<int>, kEntityTypeCount> m_entitiesByType;  // sorted entity indices
};

} // namespace lede::ui
