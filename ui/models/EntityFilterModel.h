// EntityFilterModel: filters the entity tree by a search text matched against each entity's
// name and aliases (case-insensitive); a type row stays while any of its entities matches.
#pragma once

#include <QSortFilterProxyModel>

namespace lede::ui {

class EntityFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit EntityFilterModel(QObject *parent = nullptr);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
};

} // namespace lede::ui
