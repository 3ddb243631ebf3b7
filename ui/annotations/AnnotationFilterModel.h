// AnnotationFilterModel: sorts and filters an AnnotationModel for the Annotations tab —
// anchored ones or orphans (shown apart), by text (every word must occur in the passage, note,
// tags or colour meaning), by tag and by colour; in reading order or newest first.
// Follows the source model's changes (dynamic sort/filter). GUI thread only.
#pragma once

#include <QSortFilterProxyModel>

namespace lede::ui {

class AnnotationFilterModel final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Section { All, Anchored, Orphans };
    enum class Order { Position, Newest };

    explicit AnnotationFilterModel(Section section, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setTag(const QString &tag);  // "" = any
    void setColor(int colorIndex);    // -1 = any
    void setOrder(Order order);
    Order order() const { return m_order; }
    bool isFiltering() const { return !m_words.isEmpty() || !m_tag.isEmpty() || m_color >= 0; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Section m_section;
    Order m_order = Order::Position;
    QStringList m_words;
    QString m_tag;
    int m_color = -1;
};

} // namespace lede::ui
