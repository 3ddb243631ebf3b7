// AnnotationText: how an annotation reads and looks for people — its colour's label and
// swatch, its style's name, its note as plain text or as HTML (Markdown rendered), its
// tooltip. Pure functions; GUI thread (QTextDocument for Markdown, QPixmap for swatches).
#pragma once

#include "annotations/Annotation.h"
#include "annotations/AnnotationPalette.h"

#include <QIcon>

namespace lede::ui {

// "Yellow — important" (or "Yellow" when the colour has no meaning).
QString colorLabel(const AnnotationPalette &palette, int index);
QString styleLabel(AnnotationStyle style);  // "Highlight", "Underline", "Strike-through"
// The note without Markdown marks, for lists and accessibility.
QString plainNote(const QString &markdown);
// The note rendered from Markdown as an HTML fragment (no <html>/<body>), for tooltips.
QString noteHtml(const QString &markdown);
// "moved", "text changed", "orphaned" — empty when anchored where it was made.
QString statusText(AnchorStatus status);
// The tooltip of an annotation in the text: colour, note (rendered), tags, status.
QString annotationToolTip(const Annotation &a, const AnnotationPalette &palette);
// A round swatch of a palette colour for menus, buttons and combo boxes.
QIcon colorSwatch(const QString &hex, int size = 14);
// `text` shortened to about maxChars on a word boundary, whitespace simplified.
QString shortened(const QString &text, int maxChars);

} // namespace lede::ui
