// ReadingSurface: what ArticleView needs from the text widget that shows the article.
// Two implementations: RichReadingEdit (QTextEdit: real paragraph layout, for articles up to
// ~0.5 MB) and PlainReadingEdit (QPlainTextEdit: lays out only what is visible, for long
// documents). See DESIGN.md "The reading view" for the measurements behind the split.
#pragma once

#include <QAbstractScrollArea>
#include <QTextCursor>
#include <QTextEdit>

namespace lede::ui {

class ReadingSurface {
public:
    virtual ~ReadingSurface() = default;
    virtual QAbstractScrollArea *scrollArea() = 0;
    virtual QTextDocument *textDocument() const = 0;
    virtual QTextCursor cursor() const = 0;
    virtual void setCursor(const QTextCursor &c) = 0;
    virtual void setSelections(const QList<QTextEdit::ExtraSelection> &selections) = 0;
    virtual QRect rectForCursor(const QTextCursor &c) const = 0;  // viewport coordinates
    // The text position under a viewport point, or -1 when the point is not over text.
    virtual int positionAt(QPoint viewportPos) const = 0;
    // Where pos lies, as a fraction of the document's height (for scroll-bar marks).
    virtual double verticalFraction(int pos) const = 0;
    // The maximum width of the text column, in pixels; the rest is margin.
    virtual void setColumnWidth(int pixels) = 0;
};

// Left/right viewport margin that centres a column of `column` pixels.
inline int centredMargin(int width, int scrollBarWidth, int column)
{
    return std::max(0, (width - scrollBarWidth - column) / 2);
}

} // namespace lede::ui
