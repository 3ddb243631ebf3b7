#include "annotations/AnnotationFilterModel.h"

#include "annotations/AnnotationModel.h"

#include <QDateTime>
#include <QUuid>

namespace lede::ui {

AnnotationFilterModel::AnnotationFilterModel(Section section, QObject *parent)
    : QSortFilterProxyModel(parent), m_section(section)
{
    setDynamicSortFilter(true);
    sort(0);
}

void AnnotationFilterModel::setSearchText(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

void AnnotationFilterModel::setTag(const QString &tag)
{
    if (tag == m_tag)
        return;
    m_tag = tag;
    invalidateFilter();
}

void AnnotationFilterModel::setColor(int colorIndex)
{
    if (colorIndex == m_color)
        return;
    m_color = colorIndex;
    invalidateFilter();
}

void AnnotationFilterModel::setOrder(Order order)
{
    if (order == m_order)
        return;
    m_order = order;
    invalidate();
}

bool AnnotationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool orphan = i.data(AnnotationModel::OrphanRole).toBool();
    if ((m_section == Section::Anchored && orphan) || (m_section == Section::Orphans && !orphan))
        return false;
    if (m_color >= 0 && i.data(AnnotationModel::ColorIndexRole).toInt() != m_color)
        return false;
    if (!m_tag.isEmpty() && !i.data(AnnotationModel::TagsRole).toStringList().contains(m_tag, Qt::CaseInsensitive))
        return false;
    if (!m_words.isEmpty()) {
        const QString text = i.data(AnnotationModel::SearchTextRole).toString();
        for (const QString &w : m_words)
            if (!text.contains(w, Qt::CaseInsensitive))
                return false;
    }
    return true;
}

bool AnnotationFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QDateTime lc = left.data(AnnotationModel::CreatedRole).toDateTime();
    const QDateTime rc = right.data(AnnotationModel::CreatedRole).toDateTime();
    if (m_order == Order::Position) {
        const int lp = left.data(AnnotationModel::PositionRole).toInt();
        const int rp = right.data(AnnotationModel::PositionRole).toInt();
        if (lp != rp)
            return (lp < 0 ? INT_MAX : lp) < (rp < 0 ? INT_MAX : rp);  // orphans last
        if (lc != rc)
            return lc < rc;
    } else if (lc != rc) {
        return lc > rc;  // newest first
    }
    // a total order, so that equal keys keep a stable place
    return left.data(AnnotationModel::IdRole).toUuid() < right.data(AnnotationModel::IdRole).toUuid();
}

} // namespace lede::ui
