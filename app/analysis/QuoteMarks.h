// QuoteMarks: quotation marks → quoted spans. Knows every common style: “…” ‘…’ "…" '…'
// «…» »…« „…“ ‚…‘ ``…'' and the doubled ''…'' of some newspapers. Curly marks say which way
// they face; straight ones are read from the spacing around them (and, when that is
// ambiguous, from whether a span of their kind is open). A single straight or curly
// apostrophe closes a span only while a single-mark span is open, so "voters’ rights" and
// "’90s" never start or end a quote.
//
// Spans nest: ‘…’ inside “…” (or “…” inside ‘…’) is a span of its own with a parent. A span
// still open at the end of a paragraph continues when the next paragraph opens with a mark
// of its kind (the newspaper convention for a quote running over several paragraphs); the
// span then has one part per paragraph. Otherwise it is closed by the paragraph end
// (`unclosed`), and single-mark spans are dropped.
//
// Pure functions; thread-safe.
#pragma once

#include "analysis/QuoteContext.h"

namespace lede {

enum class MarkRole : std::uint8_t { None, Open, Close, Either };
enum class MarkFamily : std::uint8_t { None, Double, Single };

struct QuotedSpan {
    int open = -1;             // token of the first opening mark
    int close = -1;            // token of the closing mark, -1 when the paragraph end closed it
    QList<TextRange> parts;    // the text between the marks, one range per paragraph
    int parent = -1;           // index of the enclosing span, -1 at top level
    MarkFamily family = MarkFamily::Double;
    bool unclosed = false;     // no closing mark: ended at a paragraph end

    TextRange extent() const { return {parts.front().start, parts.back().end}; }
    // The last token of the span: its closing mark, or the last token before the paragraph end.
    int lastToken = -1;
};

// The family and facing of the quotation-mark token i (None when i is no quotation mark).
MarkFamily markFamily(const QuoteContext &cx, int i);
MarkRole markRole(const QuoteContext &cx, int i);

// All quoted spans, sorted by opening token (a parent before its children).
QList<QuotedSpan> pairQuoteMarks(const QuoteContext &cx);

} // namespace lede
