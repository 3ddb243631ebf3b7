// DirectQuotes: which quoted spans are someone's words, and whose. A span is a direct
// quote when a speech frame is attached to it:
//   after it   “…,” he said / “…,” said Aung Din, a former … / “…,” according to X
//   before it  Kyaw Win wrote: “…” / he told them, ‘…’ / X said in a statement: “…”
//   transcript KATE BOULDUAN: “…” (a name that opens the paragraph, then a colon)
// and then, as PolNeAR annotates, one quote per attribution: the spans that follow it with
// no frame of their own join it as further parts — “A,” he said. “B.” (same or next
// sentence), and the "floating" quotes opening the next paragraph. Nested spans (‘…’
// inside “…”) are quotes of their own when a frame inside the outer quote introduces them.
//
// Spans with no frame are left for IndirectSpeech (a fragment of a mixed quote) or
// dropped (titles, scare quotes). Stateless; thread-safe.
#pragma once

#include "analysis/QuoteMarks.h"
#include "analysis/SpeakerFinder.h"

namespace lede {

struct DirectQuote {
    QList<int> spans;  // indices into the quoted spans, in text order: the quote's parts
    Attribution attr;
    bool frameAfter = false;  // the frame follows the first part (“…,” he said)
};

class DirectQuotes {
public:
    DirectQuotes(const QuoteContext &cx, const QList<QuotedSpan> &spans);

    // The attributed quotes, in text order; usedSpans[i] is set for every span in one.
    QList<DirectQuote> find(QList<bool> &usedSpans) const;

    // A frame right after the closing mark at token `close`.
    std::optional<Attribution> frameAfter(int close) const;
    // A frame ending right before the opening mark at token `open`, not before token `lo`.
    std::optional<Attribution> frameBefore(int open, int lo) const;

private:
    std::optional<Attribution> frameAfterRaw(int close) const;
    bool onlyGlueBetween(int from, int to) const;
    bool endsClause(int close) const;
    bool endsWithPeriod(int close) const;
    bool endsWithComma(int close) const;
    bool periodBefore(int open) const;
    std::optional<Attribution> wideFrameAfter(int close, int k) const;
    bool verbLike(int i) const;
    bool isPossessiveMark(int i) const;
    bool looksLikeTitle(int open, int close) const;
    bool sentenceLike(int open) const;
    bool frameEndsAt(int t, int end) const;
    bool frameClosesAt(int t) const;
    bool runsOn(int s) const;
    bool isTerminalBefore(int tok) const;
    std::optional<SpeakerSpan> withDescriptor(const SpeakerSpan &sp, int from) const;
    const QuoteContext &m_cx;
    const QList<QuotedSpan> &m_spans;
    SpeakerFinder m_speakers;
    QHash<int, int> m_openOf;  // closing mark token → opening mark token
    QHash<int, int> m_spanOf;  // opening mark token → span index
};

} // namespace lede
