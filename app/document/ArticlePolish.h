// ArticlePolish (internal to the web-page extractor): the last pass over the article's
// blocks, on text rather than markup —
//   - a heading at the top that repeats the headline goes (the headline is the Title block);
//   - short lines above the first real paragraph that only say who wrote the story or when
//     ("By Jane Roe", "Updated 5:27 am CST, November 20, 2019", the byline itself) go;
//   - a caption repeated by a gallery or slideshow is kept once (80–400 characters, exact);
//   - short closing lines about the site, not the story (a contact address, "Follow us",
//     newsletters, ©) go.
// Pure function; thread-safe.
#pragma once

#include "document/ArticleWriter.h"

namespace lede {

QList<ArticleBlock> polishArticleBlocks(const QList<ArticleBlock> &blocks, const QString &title,
                                        const QString &byline);

} // namespace lede
