// HeadlineSource: whether the words before a colon in a document's headline name the source
// of what follows — "Graham: Trump's rhetoric destroying GOP's chance", "Clinton camp: …",
// "Poll: Sanders leads in California" — as opposed to a label ("The Latest: …",
// "Breaking: …"). IndirectSpeech reads the headline as a transcript line when it does.
//
//   if (headlineSource(cx, first, colon)) …   // tokens [first, colon) before the colon
//
// Stateless; thread-safe.
#pragma once

#include "analysis/QuoteContext.h"

namespace lede {

// True when [first, colon) opens the text's first paragraph and its last word is part of a
// named mention or a noun for a source of statements (poll, report, camp, officials …).
bool headlineSource(const QuoteContext &cx, int first, int colon);

} // namespace lede
