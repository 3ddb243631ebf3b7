// PageMetadata: what a web page says about its article — title, byline, date, site —
// read from, in order of trust:
//   1. JSON-LD (<script type="application/ld+json">) of a schema.org article type
//      (NewsArticle, Article, BlogPosting, ReportageNewsArticle …, also inside "@graph"):
//      headline/name, author(s), datePublished, publisher.name;
//   2. <meta> tags: Dublin Core (dc:/dcterm:), Open Graph (og:, article:), Twitter cards,
//      Parse.ly and plain name="author"/"title";
//   3. the <title> element, with its site suffix cut off ("Headline | Site" → "Headline")
//      unless that leaves too few words; an only <h1> when the <title> is unusable.
// A date the head does not give is looked for in <time datetime> / itemprop="datePublished".
// The byline found in the page body (rel=author, class "byline" …) is added by the
// extractor when the head has none.
//
//   PageMetadata m = readPageMetadata(tree, prepass.jsonLd);
//
// Pure function of its inputs; thread-safe.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace lede {

class HtmlTree;

struct PageMetadata {
    QString title;         // the article's headline (best guess)
    QString documentTitle; // the cleaned <title> (what title falls back to)
    bool titleDeclared = false;  // title came from JSON-LD or <meta>, not from <title>
    QString byline;
    QString date;          // as given, usually ISO 8601
    QString site;
    QString excerpt;
    QString lang;
    QString canonicalUrl;  // <link rel=canonical> or og:url
};

PageMetadata readPageMetadata(const HtmlTree &tree, const QList<QByteArray> &jsonLd);

// The headline guessed from <title> and the headings alone (step 3 above).
QString titleFromTitleElement(const HtmlTree &tree);

} // namespace lede
