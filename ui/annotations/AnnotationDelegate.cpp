#include "annotations/AnnotationDelegate.h"

#include "annotations/Annotation.h"
#include "annotations/AnnotationModel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace lede::ui {

namespace {

constexpr int kMargin = 6;
constexpr int kBar = 5;
constexpr int kGap = 8;

// text wrapped to width, at most maxLines; the last one elided.
QStringList wrapped(const QString &text, const QFont &font, int width, int maxLines)
{
    QStringList out;
    const QString s = text.simplified();
    if (s.isEmpty() || width <= 0)
        return out;
    const QFontMetrics fm(font);
    QTextLayout layout(s, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (out.size() == maxLines - 1) {
            out << fm.elidedText(s.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        out << s.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return out;
}

} // namespace

int AnnotationDelegate::textWidth(const QStyleOptionViewItem &option) const
{
    // The same width whether or not the vertical scroll bar shows, so that rows measured
    // before it appeared are not painted with more lines than they were given.
    int w = option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        w = view->maximumViewportSize().width() - view->style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, view);
    return std::max(80, w - 2 * kMargin - kBar - kGap);
}

QList<AnnotationDelegate::Line> AnnotationDelegate::lines(const QStyleOptionViewItem &option, const QModelIndex &index,
                                                        int width) const
{
    QList<Line> out;
    QFont base = option.font;
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.9);
    QFont bold = small;
    bold.setBold(true);
    QFont italic = base;
    italic.setItalic(true);

    const QString target = index.data(AnnotationModel::TargetLabelRole).toString();
    if (!target.isEmpty())
        out.append({target, bold, false});
    // A note on an entity is about the entity, not the mention it was made on.
    if (index.data(AnnotationModel::TargetKindRole).toInt() != int(TargetKind::Entity)) {
        const QString passage = index.data(AnnotationModel::PassageRole).toString();
        for (const QString &l : wrapped(tr("“%1”").arg(passage.simplified()), italic, width, 2))
            out.append({l, italic, false});
    }
    for (const QString &l : wrapped(index.data(AnnotationModel::PlainNoteRole).toString(), base, width, 2))
        out.append({l, base, false});
    QStringList meta;
    const QString meaning = index.data(AnnotationModel::MeaningRole).toString().simplified();
    if (!meaning.isEmpty())
        meta << meaning;
    for (const QString &t : index.data(AnnotationModel::TagsRole).toStringList())
        meta << u'#' + t;
    const QString status = index.data(AnnotationModel::StatusTextRole).toString();
    if (!status.isEmpty() && !index.data(AnnotationModel::OrphanRole).toBool())
        meta << u"⚠ "_s + status;
    if (!meta.isEmpty())
        for (const QString &l : wrapped(meta.join(u"  "_s), small, width, 1))
            out.append({l, small, true});
    return out;
}

QSize AnnotationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    int h = 0;
    for (const Line &l : lines(opt, index, textWidth(opt)))
        h += QFontMetrics(l.font).lineSpacing();
    return {textWidth(opt) + 2 * kMargin + kBar + kGap, h + 2 * kMargin};
}

void AnnotationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = {};
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    painter->setClipRect(opt.rect);
    const QRect r = opt.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QColor color = index.data(AnnotationModel::ColorRole).value<QColor>();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawRoundedRect(QRectF(r.left(), r.top(), kBar, r.height()), 2, 2);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor ink = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = ink;
    muted.setAlphaF(0.7f);
    int y = r.top();
    const int x = r.left() + kBar + kGap;
    for (const Line &l : lines(opt, index, textWidth(opt))) {
        const QFontMetrics fm(l.font);
        painter->setFont(l.font);
        painter->setPen(l.muted ? muted : ink);
        painter->drawText(x, y + fm.ascent(), l.text);
        y += fm.lineSpacing();
    }
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect;
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace lede::ui
