#include "document/Document.h"

#include "document/DocumentBuilder.h"

#include <QCryptographicHash>

#include <algorithm>

namespace lede {

Document::Document(QString text, QList<Block> blocks, DocumentMetadata meta)
    : m_text(std::move(text)), m_blocks(std::move(blocks)), m_meta(std::move(meta))
{
    m_hash = QString::fromLatin1(
        QCryptographicHash::hash(m_text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

Document Document::fromPlainText(const QString &text, const QString &title)
{
    DocumentMetadata meta;
    meta.title = title;
    return Document(text, splitParagraphs(text), meta);
}

int Document::blockAt(int pos) const
{
    auto it = std::lower_bound(m_blocks.cbegin(), m_blocks.cend(), pos,
                               [](const Block &b, int p) { return b.range.end <= p; });
    return it == m_blocks.cend() ? -1 : int(it - m_blocks.cbegin());
}

} // namespace lede
