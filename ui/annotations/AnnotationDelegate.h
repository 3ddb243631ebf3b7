// AnnotationDelegate: paints a row of the Annotations tab — a bar in the annotation's colour,
// what it is about (for entity / quote notes), the passage (two lines at most), the note
// (two lines, Markdown marks removed), and a line with the colour's meaning, the tags and the
// anchoring status ("moved", "text changed"). Rows wrap to the view's width.
#pragma once

#include <QStyledItemDelegate>

namespace lede::ui {

class AnnotationDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Line {
        QString text;
        QFont font;
        bool muted = false;
    };
    // The lines of a row laid out for a text width.
    QList<Line> lines(const QStyleOptionViewItem &option, const QModelIndex &index, int width) const;
    int textWidth(const QStyleOptionViewItem &option) const;
};

} // namespace lede::ui
