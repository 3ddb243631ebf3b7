// ArticleCleaner (internal to the web-page extractor): removes what is still boilerplate
// inside the selected article — footers, asides, embeds, form controls, share widgets,
// negative-weight h1/h2, and, "conditionally", forms, tables, lists and divs that look like
// navigation or ads (link density, image/paragraph and list-item/paragraph ratios, inputs,
// class/id hints). Data tables (headers, captions, many rows or columns) are kept.
// Works on ArticleDom; loops only.
#pragma once

#include "document/ArticleDom.h"

#include <vector>

namespace lede {

// Marks <table>s that hold data rather than layout (ArticleDom::dataTable).
void markDataTables(ArticleDom &dom);

// Cleans the subtrees of `selected` (the article's top-level nodes).
void cleanArticle(ArticleDom &dom, const std::vector<int> &selected, bool weightClasses, bool cleanConditionally);

} // namespace lede
