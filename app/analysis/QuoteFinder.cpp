#include "analysis/QuoteFinder.h"

#include "analysis/DirectQuotes.h"
#include "analysis/IndirectSpeech.h"
#include "analysis/PronounResolver.h"
#include "analysis/QuoteContext.h"
#include "analysis/QuoteMarks.h"

#include <algorithm>

namespace lede {

namespace {

void setRange(Quote &q)
{
    q.range = q.parts.front();
    for (const TextRange &p : q.parts) {
        q.range.start = std::min(q.range.start, p.start);
        q.range.end = std::max(q.range.end, p.end);
    }
}

QList<TextRange> merged(QList<TextRange> rs)
{
    std::sort(rs.begin(), rs.end());
    QList<TextRange> out;
    for (const TextRange &r : rs) {
        if (!out.isEmpty() && r.start <= out.back().end)
            out.back().end = std::max(out.back().end, r.end);
        else
            out.append(r);
    }
    return out;
}

} // namespace

QList<Quote> QuoteFinder::find(QStringView text, const TokenizedText &tokens, const QList<Mention> &mentions,
                               const QList<Entity> &entities, const CancelToken &cancel) const
{
    if (tokens.tokens.isEmpty())
        return {};
    const QuoteContext cx(text, tokens, mentions, entities);
    const QList<QuotedSpan> spans = pairQuoteMarks(cx);
    if (cancel.isCancelled())
        return {};

    QList<bool> used;
    const QList<DirectQuote> direct = DirectQuotes(cx, spans).find(used);
    QList<TextRange> blocked;
    for (const DirectQuote &d : direct) {
        int first = spans[d.spans.front()].open;
        int last = spans[d.spans.back()].lastToken;
        // the quote and its frame; a speaker found far before the cue ("Suu Kyi said …
        // but added, “…”") keeps its own clause free for reported speech
        first = std::min(first, d.attr.cueFirst);
        last = std::max(last, d.attr.frameLast);
        if (d.attr.speaker && d.attr.speaker->lastTok >= d.attr.cueFirst - 3) {
            first = std::min(first, d.attr.speaker->firstTok);
            last = std::max(last, d.attr.speaker->lastTok);
        }
        blocked.append({cx.tok(first).start, cx.tok(last).end});
    }
    blocked = merged(blocked);
    if (cancel.isCancelled())
        return {};
    const QList<ReportedClause> reported = IndirectSpeech(cx, spans).find(blocked);
    if (cancel.isCancelled())
        return {};

    QList<TextRange> quoted;
    for (const QuotedSpan &s : spans)
        quoted.append(s.extent());
    const PronounResolver pronouns(cx, merged(quoted));
    auto speakerEntity = [&](const std::optional<SpeakerSpan> &sp) {
        if (!sp)
            return -1;
        switch (sp->kind) {
        case SpeakerKind::Named: return sp->mention >= 0 ? mentions[sp->mention].entity : -1;
        case SpeakerKind::Pronoun: return pronouns.resolve(sp->firstTok);
        case SpeakerKind::Nominal: return pronouns.resolveTitle(sp->firstTok, sp->lastTok);
        }
        return -1;
    };
    auto attribute = [&](Quote &q, const Attribution &a) {
        if (a.cueFirst >= 0)
            q.cue = a.cueRange(cx);
        if (a.speaker)
            q.speaker = a.speaker->range;
        q.speakerEntity = speakerEntity(a.speaker);
    };

    QList<Quote> out;
    out.reserve(direct.size() + reported.size());
    for (const DirectQuote &d : direct) {
        Quote q;
        q.kind = QuoteKind::Direct;
        for (int s : d.spans)
            q.parts += spans[s].parts;
        // He "made a strategic mistake," Lichtman said: the quote ends a sentence of the
        // reporter's words — a mixed quote whose content starts with the sentence.
        const QuotedSpan &firstSpan = spans[d.spans.front()];
        // Only when the quote runs on from the reporter's words: after "unserious - " or
        // "as follows: " the quote stands apart and stays direct.
        if (d.frameAfter && firstSpan.parent < 0 && (cx.isWord(firstSpan.open - 1) || cx.isPunct(firstSpan.open - 1, u','))) {
            const int sentFirst = cx.sentenceFirst(cx.sentence(firstSpan.open));
            int words = 0;
            for (int t = sentFirst; t < firstSpan.open; ++t)
                words += cx.isWord(t) ? 1 : 0;
            if (words >= 2) {
                q.kind = QuoteKind::Mixed;
                q.parts.front().start = cx.tok(sentFirst).start;
            }
        }
        attribute(q, d.attr);
        setRange(q);
        out.append(q);
    }
    for (const ReportedClause &r : reported) {
        Quote q;
        q.kind = r.kind;
        if (r.gap && r.gap->start > r.content.start && r.gap->end < r.content.end)
            q.parts = {TextRange{r.content.start, r.gap->start}, TextRange{r.gap->end, r.content.end}};
        else
            q.parts = {r.content};
        attribute(q, r.attr);
        setRange(q);
        out.append(q);
    }
    std::sort(out.begin(), out.end(), [](const Quote &a, const Quote &b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start : a.range.end > b.range.end;
    });
    return out;
}

} // namespace lede
