#include "view/PlainReadingEdit.h"

#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace lede::ui {

PlainReadingEdit::PlainReadingEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
    setCenterOnScroll(false);
}

bool PlainReadingEdit::event(QEvent *e)
{
    if (e->type() == QEvent::Resize)
        updateMargins(static_cast<QResizeEvent *>(e)->size().width());
    return QPlainTextEdit::event(e);
}

void PlainReadingEdit::updateMargins(int width)
{
    const int m = centredMargin(width, verticalScrollBar()->sizeHint().width(), m_column);
    setViewportMargins(m, 0, m, 0);
}

void PlainReadingEdit::setColumnWidth(int pixels)
{
    m_column = pixels;
    updateMargins(width());
}

int PlainReadingEdit::positionAt(QPoint p) const
{
    const QTextCursor c = cursorForPosition(p);
    const QRect r = cursorRect(c);
    // cursorForPosition snaps to the nearest character; accept only points on that line,
    // within about a character's width of it.
    if (p.y() < r.top() || p.y() > r.bottom())
        return -1;
    const int slack = fontMetrics().averageCharWidth() * 2;
    if (std::abs(p.x() - r.left()) > slack)
        return -1;
    const int pos = c.position();
    return std::abs(p.x() - r.left()) <= 1 || p.x() >= r.left() ? pos : std::max(0, pos - 1);
}

double PlainReadingEdit::verticalFraction(int pos) const
{
    const int blocks = document()->blockCount();
    if (blocks <= 1)
        return 0;
    return std::clamp(double(document()->findBlock(pos).blockNumber()) / (blocks - 1), 0.0, 1.0);
}

} // namespace lede::ui
