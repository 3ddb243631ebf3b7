// DocumentBuilder: assembles a Document block by block, so that every parser (plain text,
// Markdown, HTML) produces the same shape: blocks separated by one blank line ("\n\n"),
// whitespace inside a block collapsed unless the block is preformatted.
//
//   DocumentBuilder b;
//   b.addBlock(BlockKind::Title, u"Headline"_s);
//   b.addBlock(BlockKind::Paragraph, u"First paragraph …"_s);
//   Document d = b.build(meta);
#pragma once

#include "document/Document.h"

namespace lede {

class DocumentBuilder {
public:
    // Appends a block; text is whitespace-normalised (runs of spaces/tabs/newlines become
    // one space, ends trimmed) unless kind is Preformatted. Empty blocks are skipped.
    void addBlock(BlockKind kind, QStringView text, int level = 0);
    bool isEmpty() const { return m_blocks.isEmpty(); }
    int blockCount() const { return int(m_blocks.size()); }
    // Text of the first block of the given kind, or empty.
    QString firstBlockText(BlockKind kind) const;
    Document build(DocumentMetadata meta) const;

private:
    QString m_text;
    QList<Block> m_blocks;
};

// Whitespace normalisation used by addBlock (exposed for tests and parsers).
QString collapseWhitespace(QStringView text);

// Paragraph blocks of raw text: runs of non-blank lines, separated by blank lines.
QList<Block> splitParagraphs(const QString &text);

} // namespace lede
