#include "view/RichReadingEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>

namespace lede::ui {

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
