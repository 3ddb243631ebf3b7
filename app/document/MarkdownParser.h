// Markdown (CommonMark + GitHub tables/strikethrough) → Document, using md4c.
// Headings, paragraphs, block quotes, list items and code blocks become blocks; inline
// markup is dropped (link text kept, images' alt text kept). A YAML front matter's
// `title:` is the title; else the first heading, else the first line.
#pragma once

#include "document/Document.h"

namespace lede {

Document parseMarkdown(const QString &text, DocumentMetadata meta);

} // namespace lede
