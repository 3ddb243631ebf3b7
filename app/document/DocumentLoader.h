// DocumentLoader: a file (or bytes from stdin) → Document, or an Error that names the file
// and the reason. Picks the format by extension (.md/.markdown → Markdown; .html/.htm/.xhtml
// → HTML; .txt and anything else is sniffed: an HTML doctype or <html> tag → HTML, else
// plain text), decompresses gzip input first (".html.gz", or any input starting with the
// gzip magic), extracts the article of an HTML page (WebPageParser: main content, headline,
// byline …),
// decodes the bytes (TextDecoder) and refuses what is missing, unreadable, empty, binary or
// too large. Thread-safe (no shared state); cheap to construct.
//
//   Result<Document> doc = DocumentLoader().loadFile(u"/tmp/article.txt"_s);
#pragma once

#include "core/Result.h"
#include "document/Document.h"

#include <optional>

namespace lede {

class DocumentLoader {
public:
    static constexpr qint64 kDefaultMaxBytes = 200LL * 1024 * 1024;  // 200 MB

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    qint64 maxBytes() const { return m_maxBytes; }

    Result<Document> loadFile(const QString &path) const;
    // name appears in messages and as the title fallback; format nullopt = sniff.
    Result<Document> loadBytes(const QByteArray &bytes, const QString &name,
                               std::optional<SourceFormat> format = std::nullopt) const;

    // The bundled sample article (resources/samples/), always loadable.
    static Document sampleDocument();

    static std::optional<SourceFormat> formatForPath(const QString &path);

private:
    qint64 m_maxBytes = kDefaultMaxBytes;
};

} // namespace lede
