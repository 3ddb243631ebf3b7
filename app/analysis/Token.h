// Tokens and sentences: the Tokenizer's output, the input of every later analysis step.
// Ranges are UTF-16 index ranges into the analysed text (see DESIGN.md "Offsets").
#pragma once

#include "core/TextRange.h"

#include <QList>

#include <cstdint>

namespace lede {

enum class TokenKind : std::uint8_t {
    Word,       // letters (and digits, internal hyphens/apostrophes/periods: "then-ruling", "U.S.")
    Number,     // starts with a digit: "2008", "31-year", "1,000", "3.5"
    Punct,      // one punctuation mark, or a run of the same one ("...", "--")
    Symbol,     // currency, maths and other symbols
    Ideograph,  // one Han / kana character (CJK text has no spaces; each is its own token)
};

namespace TokenFlag {
enum : std::uint8_t {
    Capitalized = 1 << 0,     // first letter is upper- or title-case
    AllCaps = 1 << 1,         // has letters, all upper-case (and ≥ 2 of them)
    SentenceStart = 1 << 2,   // first token of a sentence
    ParagraphStart = 1 << 3,  // first token after a blank line (or of the text)
    LineStart = 1 << 4,       // first token on its line
    QuoteMark = 1 << 5,       // a quotation mark: " “ ” ‘ ’ ' « » „ ‚ ‹ › 「 」 『 』, or ``/''
    HasPeriod = 1 << 6,       // a Word containing or ending in '.': "U.S.", "Mr."
};
}

struct Token {
    int start = 0;
    int end = 0;
    TokenKind kind = TokenKind::Word;
    std::uint8_t flags = 0;

    TextRange range() const { return {start, end}; }
    int length() const { return end - start; }
    bool has(std::uint8_t f) const { return (flags & f) != 0; }
};

struct Sentence {
    int start = 0;  // text offsets
    int end = 0;
    int firstToken = 0;  // token index range [firstToken, endToken)
    int endToken = 0;
    TextRange range() const { return {start, end}; }
};

struct TokenizedText {
    QList<Token> tokens;
    QList<Sentence> sentences;

    // Index of the first token whose end is > pos (the token at or after pos).
    int tokenAtOrAfter(int pos) const;
    // Index of the sentence containing token index t.
    int sentenceOfToken(int t) const;
};

} // namespace lede
