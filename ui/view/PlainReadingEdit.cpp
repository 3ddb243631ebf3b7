#include "view/PlainReadingEdit.h"

#include <QTextBlock>

namespace lede::ui {

int PlainReadingEdit::positionAt(QPoint p) const
{
    const QTextCursor c = cursorForPosition(p);
    const QRect r = cursorRect(c);
    // cursorForPosition snaps to the nearest character: accept only points on that line,
    // within about two characters of it.
    if (p.y() < r.top() || p.y() > r.bottom())
        return -1;
    if (std::abs(p.x() - r.left()) > fontMetrics().averageCharWidth() * 2)
        return -1;
    return p.x() >= r.left() ? c.position() : std::max(0, c.position() - 1);
}

double PlainReadingEdit::verticalFraction(int pos) const
{
    const int blocks = document()->blockCount();
    if (blocks <= 1)
        return 0;
    return std::clamp(double(document()->findBlock(pos).blockNumber()) / (blocks - 1), 0.0, 1.0);
}

} // namespace lede::ui
