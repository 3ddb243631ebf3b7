#include "view/RichReadingEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>

namespace lede::ui {

RichReadingEdit::RichReadingEdit(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setMouseTracking(true);
}

bool RichReadingEdit::event(QEvent *e)
{
    // Margins are set before the base class handles the resize, so that it lays out once
    // (setting them in resizeEvent() re-wraps twice; see notes/qt-view-probe.md).
    if (e->type() == QEvent::Resize)
        updateMargins(static_cast<QResizeEvent *>(e)->size().width());
    return QTextEdit::event(e);
}

void RichReadingEdit::updateMargins(int width)
{
    const int m = centredMargin(width, verticalScrollBar()->sizeHint().width(), m_column);
    setViewportMargins(m, 0, m, 0);
}

void RichReadingEdit::setColumnWidth(int pixels)
{
    m_column = pixels;
    updateMargins(width());
}

int RichReadingEdit::positionAt(QPoint p) const
{
    const QPointF docPoint(p.x() + horizontalScrollBar()->value(), p.y() + verticalScrollBar()->value());
    return document()->documentLayout()->hitTest(docPoint, Qt::ExactHit);
}

double RichReadingEdit::verticalFraction(int pos) const
{
    const QAbstractTextDocumentLayout *layout = document()->documentLayout();
    const double height = layout->documentSize().height();
    if (height <= 0)
        return 0;
    const QTextBlock block = document()->findBlock(pos);
    double y = layout->blockBoundingRect(block).y();
    if (const QTextLayout *tl = block.layout()) {
        const QTextLine line = tl->lineForTextPosition(pos - block.position());
        if (line.isValid())
            y += line.y();
    }
    return std::clamp(y / height, 0.0, 1.0);
}

} // namespace lede::ui
