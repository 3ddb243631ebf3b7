// SpeakerFinder: the speaker next to a speech cue — the subject before it ("Kyaw Win said",
// "the government warned", "Aung Din, a former prisoner, said", "officials who say") or
// the inverted subject after it ("said Aung Din", "said the spokesman"). A speaker is a
// named mention (PER, ORG, MISC, LOC), a personal or relative pronoun, or a short noun
// phrase ("the government", "Burmese officials", "a new poll").
//
// Reads a QuoteContext; stateless and thread-safe.
#pragma once

#include "analysis/QuoteContext.h"

namespace lede {

enum class SpeakerKind : std::uint8_t { Named, Pronoun, Nominal };

struct SpeakerSpan {
    TextRange range;       // the speaker as written
    int firstTok = -1;     // token range [firstTok, lastTok]
    int lastTok = -1;
    SpeakerKind kind = SpeakerKind::Nominal;
    int mention = -1;      // the named mention it is (or ends with), or -1
};

// A cue with its speaker: what the quote-finding steps hand each other.
struct Attribution {
    int cueFirst = -1;  // token range [cueFirst, cueLast] of the cue ("said", "according to")
    int cueLast = -1;
    std::optional<SpeakerSpan> speaker;
    int frameLast = -1;  // last token of the cue-and-speaker frame
    TextRange cueRange(const QuoteContext &cx) const { return {cx.tok(cueFirst).start, cx.tok(cueLast).end}; }
};

class SpeakerFinder {
public:
    explicit SpeakerFinder(const QuoteContext &cx) : m_cx(cx) {}

    // The subject ending right before token `cue` (skipping auxiliaries, adverbs, a date, an
    // appositive or relative clause), not reaching before token `lo`.
    std::optional<SpeakerSpan> before(int cue, int lo) const;
    // The subject right after the cue (and its particle) ending before token `hi`.
    std::optional<SpeakerSpan> after(int cue, int hi) const;
    // The noun phrase ending at token k (no skipping), not reaching before `lo`.
    std::optional<SpeakerSpan> phraseEndingAt(int k, int lo) const;
    // The noun phrase starting at token k, ending before `hi`.
    std::optional<SpeakerSpan> phraseStartingAt(int k, int hi) const;
    // The subject of the clause that token `from` ends ("Kyaw Win also made note of …,"
    // before "saying"; "he came out to listen and" before "told"): the nearest person,
    // organisation or subject pronoun not governed by a preposition, else the phrase that
    // opens the sentence after a leading adverbial.
    std::optional<SpeakerSpan> clauseSubject(int from, int lo) const;
    // The token after the cue word and its particle ("pointed out" → after "out").
    int afterCue(int cue) const;

private:
    std::optional<SpeakerSpan> beforeAppositive(int comma, int lo) const;
    bool isPossessiveS(int i) const;
    const QuoteContext &m_cx;
};

} // namespace lede
