#include "models/EntityFilterModel.h"

#include "models/EntityModel.h"

namespace lede::ui {

EntityFilterModel::EntityFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void EntityFilterModel::setSearchText(const QString &text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool EntityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_search.isEmpty())
        return true;
    if (!sourceParent.isValid())
        return false;  // type rows are shown through their children (recursive filtering)
    const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
    if (idx.data(Qt::DisplayRole).toString().contains(m_search, Qt::CaseInsensitive))
        return true;
    const QStringList aliases = idx.data(EntityModel::AliasesRole).toStringList();
    for (const QString &a : aliases)
        if (a.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace lede::ui
