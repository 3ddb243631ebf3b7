// QuoteContext: one analysed text as the quote finder reads it. Built once per find() in
// O(tokens): each token's lower-case form, closed-class flags (QuoteLexicon), speech cue,
// the entity mention covering it, and its sentence and paragraph. The quote-finding steps
// (QuoteMarks, SpeakerFinder, PronounResolver, DirectQuotes, IndirectSpeech) read it.
//
// Holds references to the text, tokens, mentions and entities: they must outlive it.
// Immutable after construction; not copyable.
#pragma once

#include "analysis/Analysis.h"
#include "analysis/QuoteLexicon.h"

#include <unordered_map>

namespace lede {

class QuoteContext {
public:
    QuoteContext(QStringView text, const TokenizedText &tokens, const QList<Mention> &mentions,
                 const QList<Entity> &entities);
    QuoteContext(const QuoteContext &) = delete;
    QuoteContext &operator=(const QuoteContext &) = delete;

    QStringView text() const { return m_text; }
    const TokenizedText &tokenized() const { return m_tt; }
    const QList<Mention> &mentions() const { return m_mentions; }
    const QList<Entity> &entities() const { return m_entities; }
    const QuoteLexicon &lexicon() const { return m_lex; }

    int size() const { return int(m_tt.tokens.size()); }
    const Token &tok(int i) const { return m_tt.tokens[i]; }
    QStringView word(int i) const { return m_text.mid(tok(i).start, tok(i).length()); }
    const QString &lower(int i) const { return m_info[i].word->lower; }
    WordFlags flags(int i) const { return m_info[i].word->flags; }
    bool is(int i, WordFlags f) const { return i >= 0 && i < size() && (m_info[i].word->flags & f) != 0; }
    const CueInfo *cue(int i) const { return m_info[i].word->cue; }
    // Gender and number when token i is a personal pronoun.
    const std::optional<PronounInfo> &pronoun(int i) const { return m_info[i].word->pronoun; }
    // Index of the mention covering token i, or -1.
    int mention(int i) const { return m_info[i].mention; }
    // The named (non-DATE) mention covering token i, or -1.
    int namedMention(int i) const;
    int sentence(int i) const { return m_info[i].sentence; }
    int paragraph(int i) const { return m_info[i].paragraph; }
    int sentenceFirst(int s) const { return m_tt.sentences[s].firstToken; }
    int sentenceEnd(int s) const { return m_tt.sentences[s].endToken; }
    // First token of the paragraph of token i, and one past its last token.
    int paragraphFirst(int i) const { return m_paragraphs[paragraph(i)]; }
    int paragraphEnd(int i) const;

    bool isWord(int i) const { return i >= 0 && i < size() && tok(i).kind == TokenKind::Word; }
    bool isPunct(int i, char16_t c) const;
    bool isQuoteMark(int i) const { return i >= 0 && i < size() && tok(i).has(TokenFlag::QuoteMark); }
    // A dash used as punctuation: "—", "–", "--".
    bool isDash(int i) const;
    // A word that can be part of a noun phrase: no closed-class flag (or a quantifier), not
    // a finite cue verb form.
    bool isNounLike(int i) const;

private:
    // One entry per distinct word form of the text (so 1 M tokens cost a few thousand
    // strings, not a million): its lower-case form and what the lexicon says of it.
    struct WordEntry {
        QString lower;
        WordFlags flags = 0;
        const CueInfo *cue = nullptr;
        std::optional<PronounInfo> pronoun;
    };
    struct Hash {
        using is_transparent = void;  // look up by QStringView: no string built per token
        size_t operator()(QStringView s) const { return qHash(s); }
        size_t operator()(const QString &s) const { return qHash(QStringView(s)); }
    };
    struct Info {
        const WordEntry *word = nullptr;
        int mention = -1;
        int sentence = 0;
        int paragraph = 0;
    };
    const WordEntry *intern(QStringView form, bool capitalized);
    std::unordered_map<QString, WordEntry, Hash, std::equal_to<>> m_words;  // node-based: entries never move
    QStringView m_text;
    const TokenizedText &m_tt;
    const QList<Mention> &m_mentions;
    const QList<Entity> &m_entities;
    const QuoteLexicon &m_lex;
    QList<Info> m_info;
    QList<int> m_paragraphs;  // first token of each paragraph
};

} // namespace lede
