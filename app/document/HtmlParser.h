// Simple HTML → Document with gumbo (a conforming HTML5 parser): headings, paragraphs,
// block quotes, list items and preformatted blocks, in document order. Scripts, styles,
// forms and the <head> are skipped; nothing is fetched. The <title> (or the first <h1>) is
// the title. Main-content extraction for real web pages builds on this (see issue 6).
#pragma once

#include "document/Document.h"

namespace lede {

Document parseSimpleHtml(const QString &html, DocumentMetadata meta);

// The charset an HTML page declares in its first 4 KB (<meta charset>, or http-equiv
// Content-Type), or empty.
QString declaredHtmlCharset(const QByteArray &bytes);

} // namespace lede
