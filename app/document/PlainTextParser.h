// Plain text → Document. Line endings become "\n"; nothing else changes, so offsets into
// the file's text (after decoding) and into the Document agree. Paragraphs are separated by
// blank lines; the first line is the title.
#pragma once

#include "document/Document.h"

namespace lede {

Document parsePlainText(QString text, DocumentMetadata meta);

// "\r\n" and lone "\r" become "\n".
QString normaliseLineEndings(QString text);

} // namespace lede
