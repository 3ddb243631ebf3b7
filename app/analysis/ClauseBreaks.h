// ClauseBreaks: where reported content ends at a comma because a new clause with a subject
// of its own begins — "Kyaw Win said the talks had failed, but he stayed …", "…, and Emanuel
// released the video": the part after the comma is the reporter's, not the speaker's.
//
//   if (newClauseAfterComma(cx, t + 1)) …   // t: the comma
//
// Only in sentences without quotation marks (a quoted fragment keeps its clause whole).
// Stateless; thread-safe.
#pragma once

#include "analysis/QuoteContext.h"

namespace lede {

// True when token `nx` (just after a comma) is "and"/"but" followed by a subject — a pronoun
// (he, she, they, we, I, it), a named mention or a short noun phrase before an auxiliary
// ("the critics have") — and a verb, and the sentence holds no quotation mark.
bool newClauseAfterComma(const QuoteContext &cx, int nx);

} // namespace lede
