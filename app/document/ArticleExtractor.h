// ArticleExtractor (internal to the web-page extractor): finds the main content of a parsed
// page — the ideas of Readability (Arc90/Mozilla) and boilerpipe, implemented here on
// HtmlTree:
//   1. one walk in document order drops hidden nodes, dialogs, the byline element, a heading
//      that repeats the title, and — while `stripUnlikely` is on — nodes whose class/id says
//      menu, comment, sidebar, share, related … (unless it also says article/content/main),
//      and treats a <div> holding only text as a paragraph;
//   2. every paragraph-like element (p, td, pre, section, h2–h6, text-only div, runs of text
//      between blocks) with ≥ 25 characters gives its ancestors a score — 2 + commas +
//      min(length/100, 3) — the parent in full, the grandparent half, further ones less;
//      each ancestor starts from a tag bonus and the class/id weight; the final score is
//      multiplied by (1 − link density);
//   3. the best candidate may be replaced by a common ancestor of the runners-up or a parent
//      that scores higher; its siblings join when they score ≥ max(10, 20 % of the best) or
//      are plain paragraphs with little link text;
//   4. ArticleCleaner removes boilerplate inside the selection (conditional cleaning of
//      forms, tables, lists and divs by link density, image/paragraph ratios, class hints).
// Under 500 characters of text, the steps are retried without the class/id rules, then
// without conditional cleaning; the longest attempt wins. Everything is a loop over index
// ranges: the cost is linear in the page (times a small depth factor), never recursive.
//
// Not thread-safe; one per extraction (cheap).
#pragma once

#include "document/ArticleDom.h"

#include <QString>

#include <vector>

namespace lede {

struct ArticleSelection {
    std::vector<int> nodes;   // top-level nodes of the article, in document order
    QString byline;           // the byline element's text, when one was found in the body
    int textLength = 0;       // characters of text selected
    double linkDensity = 0;   // share of that text inside links
};

class ArticleExtractor {
public:
    // title: the page's headline (headings that repeat it are not part of the body).
    ArticleExtractor(const HtmlTree &tree, QString title);

    ArticleSelection run();
    // The state the returned selection refers to (removed nodes, tags).
    const ArticleDom &dom() const { return m_dom; }

    static constexpr int kMinArticleChars = 500;

private:
    struct Flags {
        bool stripUnlikely = true;
        bool weightClasses = true;
        bool cleanConditionally = true;
    };
    ArticleSelection attempt(const Flags &flags);
    void walk(const Flags &flags, std::vector<int> &toScore, std::vector<std::pair<int, std::vector<int>>> &runs,
              QString &byline);
    void initialize(int i, const Flags &flags);
    int topCandidate(const std::vector<int> &candidates, std::vector<int> &top) const;

    ArticleDom m_dom;
    QString m_title;
    std::vector<double> m_score;
    std::vector<std::uint8_t> m_initialized;
};

} // namespace lede
