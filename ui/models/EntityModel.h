// EntityModel: the Entities tab's tree — entity types (People, Organisations, Places, Other
// names, Dates) with their entities below, each once with its mention count, sorted by count
// then first appearance. Two columns: name, mentions. A read-only view over an Analysis.
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

private:
    static constexpr quintptr kTypeRow = ~quintptr(0);
    std::shared_ptr<const Analysis> m_analysis;
    QList<EntityType> m_types;                                 // non-empty types, in display order
    std::array<QList<int>, kEntityTypeCount> m_entitiesByType;  // sorted entity indices
};

} // namespace lede::ui
