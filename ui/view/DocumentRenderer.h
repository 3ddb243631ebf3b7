// DocumentRenderer: builds the QTextDocument a reading surface shows, with positions equal
// to Document::text() offsets (each "\n" becomes a block break, which counts one position).
//
// Rich: built detached, block formats set before the text goes in (fast; see DESIGN.md):
// paragraph spacing, line height, a larger title, headings, indented quotes and list items.
// Plain: the text as is, for QPlainTextEdit (structure is shown by the highlighter).
#pragma once

#include "document/Document.h"

#include <QFont>

class QTextDocument;

namespace lede::ui {

struct ReadingStyle {
    QFont font;  // body font (family and size, after zoom)
};

QTextDocument *renderRichDocument(const Document &doc, const ReadingStyle &style);
QTextDocument *renderPlainDocument(const Document &doc, const ReadingStyle &style);

// Documents longer than this (UTF-16 units) are shown with the plain surface.
inline constexpr int kRichDocumentLimit = 500'000;

} // namespace lede::ui
