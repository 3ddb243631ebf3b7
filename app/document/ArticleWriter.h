// ArticleWriter (internal to the web-page extractor): turns the selected article nodes into
// Document blocks — headings (h1–h6, with their level), paragraphs, block quotes (every
// paragraph inside a <blockquote>), list items (li/dt/dd, level = list nesting), and
// preformatted text (<pre>, white space kept). Inline elements join without a space, like
// DOM textContent; table cells are separated by a space; two <br>s in a row start a new
// paragraph. Removed nodes are skipped. An explicit stack, no recursion.
#pragma once

#include "document/ArticleDom.h"
#include "document/Document.h"

#include <QList>
#include <QString>

#include <vector>

namespace lede {

struct ArticleBlock {
    BlockKind kind = BlockKind::Paragraph;
    int level = 0;
    QString text;  // not yet whitespace-normalised (DocumentBuilder does that)
};

QList<ArticleBlock> writeArticleBlocks(const ArticleDom &dom, const std::vector<int> &nodes);

} // namespace lede
