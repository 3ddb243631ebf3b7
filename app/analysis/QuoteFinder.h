// QuoteFinder: quotes and who said them — the analysis step after entity grouping.
//
//   QList<Quote> quotes = QuoteFinder().find(text, tokens, mentions, entities, cancel);
//
// Steps (each in its own file): QuoteMarks pairs quotation marks into spans (every style,
// paragraph continuation, nesting); DirectQuotes attributes spans to a speech frame and
// joins “A,” he said. “B.” into one quote with two parts; IndirectSpeech finds reported
// speech and mixed quotes from the cue lexicon (QuoteLexicon); SpeakerFinder reads the
// speaker next to a cue and PronounResolver resolves "he"/"she"/"who" to the entity it
// stands for (or leaves it unresolved when no person agrees).
//
// Quote::speaker is the speaker as written (a pronoun stays a pronoun); speakerEntity is
// the entity it refers to, or -1. Quotes are sorted by start. Stateless and thread-safe.
#pragma once

#include "analysis/Analysis.h"
#include "core/CancelToken.h"

namespace lede {

class QuoteFinder {
public:
    QList<Quote> find(QStringView text, const TokenizedText &tokens, const QList<Mention> &mentions,
                      const QList<Entity> &entities, const CancelToken &cancel = {}) const;
};

} // namespace lede
