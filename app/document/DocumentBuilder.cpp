#include "document/DocumentBuilder.h"

namespace lede {

QString collapseWhitespace(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *const begin = out.data();
    QChar *o = begin;
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace() || c == QChar(0x200B)) {  // includes NBSP, tabs, newlines
            pendingSpace = o != begin;
            continue;
        }
        if (pendingSpace) {
            *o++ = u' ';
            pendingSpace = false;
        }
        *o++ = c;
    }
    out.truncate(o - begin);
    return out;
}

void DocumentBuilder::addBlock(BlockKind kind, QStringView text, int level)
{
    QString body = kind == BlockKind::Preformatted ? text.toString() : collapseWhitespace(text);
    if (kind == BlockKind::Preformatted) {
        while (!body.isEmpty() && body.back().isSpace())
            body.chop(1);
        while (!body.isEmpty() && body.front() == u'\n')
            body.remove(0, 1);
    }
    if (body.isEmpty())
        return;
    if (!m_text.isEmpty())
        m_text.append(u"\n\n");
    const int start = int(m_text.size());
    m_text.append(body);
    m_blocks.append(Block{{start, int(m_text.size())}, kind, level});
}

QString DocumentBuilder::firstBlockText(BlockKind kind) const
{
    for (const Block &b : m_blocks)
        if (b.kind == kind)
            return m_text.mid(b.range.start, b.range.length());
    return {};
}

Document DocumentBuilder::build(DocumentMetadata meta) const
{
    return Document(m_text, m_blocks, std::move(meta));
}

QList<Block> splitParagraphs(const QString &text)
{
    QList<Block> blocks;
    const int n = int(text.size());
    int paraStart = -1;  // first non-space char of the current paragraph
    int paraEnd = -1;    // one past its last non-space char
    int lineStart = 0;
    while (lineStart <= n) {
        int eol = text.indexOf(u'\n', lineStart);
        if (eol < 0)
            eol = n;
        int first = lineStart;
        while (first < eol && text[first].isSpace())
            ++first;
        if (first == eol) {  // blank line closes the paragraph
            if (paraStart >= 0)
                blocks.append(Block{{paraStart, paraEnd}, BlockKind::Paragraph, 0});
            paraStart = -1;
        } else {
            int last = eol;
            while (last > first && text[last - 1].isSpace())
                --last;
            if (paraStart < 0)
                paraStart = first;
            paraEnd = last;
        }
        lineStart = eol + 1;
    }
    if (paraStart >= 0)
        blocks.append(Block{{paraStart, paraEnd}, BlockKind::Paragraph, 0});
    return blocks;
}

} // namespace lede
