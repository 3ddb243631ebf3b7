#include "view/MarkerScrollBar.h"

#include <QPainter>
#include <QStyleOptionSlider>

namespace lede::ui {

MarkerScrollBar::MarkerScrollBar(QWidget *parent) : QScrollBar(Qt::Vertical, parent) {}

void MarkerScrollBar::setMarkers(const QList<double> &fractions, const QColor &color)
{
    m_markers = fractions;
    m_color = color;
    update();
}

void MarkerScrollBar::paintEvent(QPaintEvent *e)
{
    QScrollBar::paintEvent(e);
    if (m_markers.isEmpty())
        return;
    QStyleOptionSlider opt;
    initStyleOption(&opt);
    const QRect groove = style()->subControlRect(QStyle::CC_ScrollBar, &opt, QStyle::SC_ScrollBarGroove, this);
    QPainter p(this);
    p.setPen(Qt::NoPen);
    p.setBrush(m_color);
    const int h = std::max(2, devicePixelRatio() > 1 ? 2 : 3);
    int lastY = -10;
    for (double f : m_markers) {
        const int y = groove.top() + int(f * (groove.height() - h));
        if (y == lastY)
            continue;
        lastY = y;
        p.drawRect(QRect(groove.left() + 2, y, groove.width() - 4, h));
    }
}

} // namespace lede::ui
