// Test helpers: what the article's highlighter painted at a text position (the formats of
// the QTextLayout of the rich reading surface), for GUI tests.
#pragma once

#include "view/ArticleView.h"

#include <QAbstractScrollArea>
#include <QColor>
#include <QTextBlock>
#include <QTextEdit>
#include <QTextLayout>

namespace lede::ui::test {

// The formats covering pos, lowest layer first (the last one painted wins).
inline QList<QTextCharFormat> formatsAt(ArticleView *article, int pos)
{
    QList<QTextCharFormat> out;
    auto *edit = qobject_cast<QTextEdit *>(article->editor());
    if (!edit)
        return out;
    const QTextBlock block = edit->document()->findBlock(pos);
    const int rel = pos - block.position();
    for (const QTextLayout::FormatRange &f : block.layout()->formats())
        if (rel >= f.start && rel < f.start + f.length)
            out.append(f.format);
    return out;
}

// The background painted at pos (invalid when none).
inline QColor backgroundAt(ArticleView *article, int pos)
{
    QColor c;
    for (const QTextCharFormat &f : formatsAt(article, pos))
        if (f.hasProperty(QTextFormat::BackgroundBrush))
            c = f.background().color();
    return c;
}

inline bool hasBackgroundAt(ArticleView *article, int pos) { return backgroundAt(article, pos).isValid(); }

inline bool hasFormatAt(ArticleView *article, int pos, QTextFormat::Property property)
{
    for (const QTextCharFormat &f : formatsAt(article, pos))
        if (f.boolProperty(property))
            return true;
    return false;
}

} // namespace lede::ui::test
