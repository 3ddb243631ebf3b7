// Document: an article as the reader shows it. Immutable once built.
//
// text() is the exact text shown; every range anywhere in Lede points into it with
// [start, end) UTF-16 indices. Blocks partition the text into paragraphs, headings and
// the like (separators between blocks — "\n\n" or "\n" — belong to no block). When the
// source has a headline, it is the first block (kind Title).
//
// Build one with DocumentBuilder (or Document::fromPlainText for analysis of raw text).
#pragma once

#include "core/TextRange.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace lede {

enum class BlockKind { Title, Heading, Paragraph, BlockQuote, ListItem, Preformatted };

struct Block {
    TextRange range;
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;  // heading level 1–6, list nesting depth; 0 otherwise
    bool operator==(const Block &) const = default;
};

enum class SourceFormat { PlainText, Markdown, Html };

struct DocumentMetadata {
    QString title;       // the headline, or the first line when the source has none
    QString byline;
    QString date;        // as found in the source (ISO 8601 when known)
    QString site;
    QString url;         // where the article came from (http(s) URL or file URL)
    QString sourcePath;  // local file path, empty for stdin / raw text
    SourceFormat format = SourceFormat::PlainText;
    QString encoding;    // the encoding the bytes were decoded from, e.g. "UTF-8", "windows-1252"
};

class Document {
public:
    Document() = default;
    Document(QString text, QList<Block> blocks, DocumentMetadata meta);

    // A document over raw text with no structure detection beyond blank-line paragraphs.
    static Document fromPlainText(const QString &text, const QString &title = {});

    const QString &text() const { return m_text; }
    const QList<Block> &blocks() const { return m_blocks; }
    const DocumentMetadata &metadata() const { return m_meta; }
    QString title() const { return m_meta.title; }
    bool isEmpty() const { return m_text.isEmpty(); }

    // SHA-256 (hex) of the UTF-8 text: the document's identity for annotations.
    const QString &contentHash() const { return m_hash; }

    // Index of the block containing pos, or the block just after a separator; -1 if none.
    int blockAt(int pos) const;

private:
    QString m_text;
    QList<Block> m_blocks;
    DocumentMetadata m_meta;
    QString m_hash;
};

} // namespace lede
