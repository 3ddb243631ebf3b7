// WebPageParser: a saved web page → the article it carries, as a Document — the way a
// browser's Reader View shows it, and nothing else.
//
//   DocumentMetadata meta;  meta.url = u"https://example.org/story"_s;
//   Result<Document> doc = parseWebPage(html, meta, u"story.html"_s);
//   if (!doc) show(doc.error().message);   // e.g. no article found
//
// Pipeline (each step is its own file): HtmlPrepass (drop scripts/styles/comments; keep
// JSON-LD; bound depth and size) → HtmlTree (libxml2 HTML parser, SAX into a flat tree) →
// PageMetadata (title, byline, date, site from JSON-LD / meta / <title>) → ArticleExtractor
// + ArticleCleaner (main-content scoring and cleaning) → ArticleWriter (blocks).
//
// The result: the headline is the first block (BlockKind::Title) when the page has one;
// then headings, paragraphs, block quotes, list items and preformatted blocks of the body.
// A heading in the body that repeats the headline is dropped. metadata(): title, byline,
// date, site (og:site_name / publisher, else the host of the page's URL), url, format Html.
//
// Privacy: nothing is fetched, no script runs — the page's text is the only input (images,
// fonts, scripts and trackers it references are never opened).
// Cost: linear in the page; a 1 MB page takes a few milliseconds (docs/benchmarks.md). Any
// input finishes: nesting deeper than 300 is flattened and only the first 6 MB of markup
// (after scripts and styles are removed) is read.
// Thread-safe: pure function; call it from a worker thread for big pages.
#pragma once

#include "core/Result.h"
#include "document/Document.h"

namespace lede {

// html: the decoded page. meta: what the caller knows (url, sourcePath, encoding); the page's
// own metadata fills the rest. name: how the input is called in error messages.
// Error (ErrorCode::Empty) when the page has no readable text at all.
Result<Document> parseWebPage(const QString &html, DocumentMetadata meta, const QString &name);

// The same on UTF-8 bytes (skips one conversion).
Result<Document> parseWebPageUtf8(const QByteArray &utf8, DocumentMetadata meta, const QString &name);

// The body of an extracted page: its text after the Title block (the headline is reported
// separately), or all text if there is no Title block.
QString articleBodyText(const Document &doc);

} // namespace lede
