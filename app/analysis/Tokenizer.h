// Tokenizer: text → tokens and sentences with exact offsets. Unicode-aware: any Unicode
// white space (NBSP, thin spaces, ideographic space) separates; curly quotes and dashes are
// their own tokens; combining marks stay with their letter; surrogate pairs are never split;
// Han and kana characters are one token each. English conventions on top: possessive "’s"
// and "n't" are split off ("Win’s" → "Win" "’s"), internal hyphens and apostrophes are kept
// ("then-ruling", "O’Brien"), letter-period acronyms and known abbreviations keep their
// period ("U.S.", "Mr.", "Jan."), numbers keep separators ("1,000", "3.5", "10:30").
//
// Sentences end at . ! ? … (with any closing quotes/brackets after) when the next token
// starts a sentence, at every blank line, and at a single line break unless the next line
// continues in lower case. Abbreviations and initials do not end sentences.
//
// Thread-safe; stateless. ~50–100 MB/s.
#pragma once

#include "analysis/Token.h"

#include <QString>

namespace lede {

class Tokenizer {
public:
    TokenizedText tokenize(QStringView text) const;
};

// True for the quotation marks the tokenizer flags (see TokenFlag::QuoteMark).
bool isQuotationMark(char32_t c);

} // namespace lede
