#include "view/DocumentRenderer.h"

#include <QPlainTextDocumentLayout>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace lede::ui {

namespace {

QTextBlockFormat blockFormat(BlockKind kind, int level, bool lastLineOfBlock, const QFontMetricsF &fm)
{
    QTextBlockFormat f;
    f.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    const qreal para = fm.height() * 0.9;
    switch (kind) {
    case BlockKind::Title:
        f.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        f.setBottomMargin(lastLineOfBlock ? fm.height() * 0.8 : 0);
        break;
    case BlockKind::Heading:
        f.setTopMargin(fm.height() * 0.4);
        f.setBottomMargin(lastLineOfBlock ? fm.height() * 0.3 : 0);
        break;
    case BlockKind::BlockQuote:
        f.setLeftMargin(fm.averageCharWidth() * 3);
        f.setBottomMargin(lastLineOfBlock ? para : 0);
        break;
    case BlockKind::ListItem:
        f.setLeftMargin(fm.averageCharWidth() * 2.5 * std::max(1, level));
        f.setBottomMargin(lastLineOfBlock ? para * 0.4 : 0);
        break;
    case BlockKind::Preformatted:
        f.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
        f.setNonBreakableLines(true);
        f.setBottomMargin(lastLineOfBlock ? para : 0);
        break;
    case BlockKind::Paragraph:
        f.setBottomMargin(lastLineOfBlock ? para : 0);
        break;
    }
    return f;
}

QTextCharFormat charFormat(BlockKind kind, int level)
{
    QTextCharFormat c;
    switch (kind) {
    case BlockKind::Title:
        c.setProperty(QTextFormat::FontSizeAdjustment, 3);
        c.setFontWeight(QFont::DemiBold);
        break;
    case BlockKind::Heading:
        c.setProperty(QTextFormat::FontSizeAdjustment, level <= 2 ? 2 : 1);
        c.setFontWeight(QFont::DemiBold);
        break;
    case BlockKind::BlockQuote:
        c.setFontItalic(true);
        break;
    case BlockKind::Preformatted:
        c.setFontFixedPitch(true);
        c.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
        break;
    default:
        break;
    }
    return c;
}

} // namespace

QTextDocument *renderRichDocument(const Document &doc, const ReadingStyle &style)
{
    auto *td = new QTextDocument;
    td->setUndoRedoEnabled(false);
    td->setDefaultFont(style.font);
    td->setDocumentMargin(24);
    const QFontMetricsF fm(style.font);

    QTextBlockFormat separator;  // the empty line between paragraphs: spacing comes from margins
    separator.setLineHeight(1, QTextBlockFormat::FixedHeight);

    const QString &text = doc.text();
    const QList<Block> &blocks = doc.blocks();
    QTextCursor cur(td);
    cur.beginEditBlock();
    int lineStart = 0;
    int bi = 0;
    bool first = true;
    while (lineStart <= text.size()) {
        int eol = int(text.indexOf(u'\n', lineStart));
        if (eol < 0)
            eol = int(text.size());
        while (bi < blocks.size() && blocks[bi].range.end < lineStart)
            ++bi;
        const bool inBlock = bi < blocks.size() && blocks[bi].range.start <= eol && blocks[bi].range.end >= lineStart
                             && eol > lineStart;
        QTextBlockFormat bf = separator;
        QTextCharFormat cf;
        if (inBlock) {
            const Block &b = blocks[bi];
            bf = blockFormat(b.kind, b.level, b.range.end <= eol, fm);
            cf = charFormat(b.kind, b.level);
        } else if (eol > lineStart) {
            bf = blockFormat(BlockKind::Paragraph, 0, true, fm);
        }
        if (first) {
            cur.setBlockFormat(bf);
            cur.setBlockCharFormat(cf);
            first = false;
        } else {
            cur.insertBlock(bf, cf);
        }
        if (eol > lineStart)
            cur.insertText(text.mid(lineStart, eol - lineStart), cf);
        lineStart = eol + 1;
    }
    cur.endEditBlock();
    return td;
}

QTextDocument *renderPlainDocument(const Document &doc, const ReadingStyle &style)
{
    auto *td = new QTextDocument;
    td->setUndoRedoEnabled(false);
    td->setDocumentLayout(new QPlainTextDocumentLayout(td));
    td->setDefaultFont(style.font);
    td->setDocumentMargin(24);
    td->setPlainText(doc.text());
    return td;
}

} // namespace lede::ui
