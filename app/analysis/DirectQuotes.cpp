#include "analysis/DirectQuotes.h"

#include <algorithm>

namespace lede {

namespace {

constexpr int kFrameWindow = 16;      // tokens after a closing mark that may hold its frame
constexpr int kColonFrame = 8;        // tokens between a cue and the colon before a quote
constexpr int kGlueTokens = 40;       // rest of a frame sentence before a joined quote
constexpr int kMaxDescriptor = 10;    // words describing a speaker before the name
constexpr int kWideFrame = 40;        // tokens between a quote ending in a comma and its cue
constexpr int kTitleWords = 6;        // words of a quoted title
constexpr int kSentenceWords = 4;     // words of a quoted sentence (not a phrase or a title)
constexpr int kShortLead = 8;         // tokens between a frame and a part that goes on after a comma
constexpr int kAppositiveLead = 24;   // … when the part goes on in lower case
constexpr int kShortSpan = 5;         // tokens of a quoted phrase that is no quote (“reporter,”)
constexpr int kCuePhrase = 7;         // tokens of a cue and its phrase before a comma (“said of the plan,”)

bool directCue(const CueInfo *c) { return c && c->cls == CueClass::Speech && !c->has(CueFrame::NoDirect); }

} // namespace

DirectQuotes::DirectQuotes(const QuoteContext &cx, const QList<QuotedSpan> &spans)
    : m_cx(cx), m_spans(spans), m_speakers(cx)
{
    m_openOf.reserve(spans.size());
    m_spanOf.reserve(spans.size());
    for (int i = 0; i < spans.size(); ++i) {
        if (spans[i].close >= 0)
            m_openOf.insert(spans[i].close, spans[i].open);
        m_spanOf.insert(spans[i].open, i);
    }
}

static bool isTerminal(const QuoteContext &cx, int i)
{
    if (i < 0 || i >= cx.size() || cx.tok(i).kind != TokenKind::Punct)
        return false;
    const QChar c = cx.text()[cx.tok(i).start];
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == QChar(0x2026);
}

std::optional<Attribution> DirectQuotes::frameAfter(int close) const
{
    // “A.” Mr. Zahed said: “B.” — a frame ending in a colon introduces the next quote
    auto a = frameAfterRaw(close);
    if (a && m_cx.isPunct(a->frameLast + 1, u':'))
        return std::nullopt;
    // “A.” He adds, “B.” — a new sentence whose frame ends in a comma before an opening
    // mark introduces the quote after it
    if (a && m_cx.tok(close + 1).has(TokenFlag::SentenceStart) && m_cx.isPunct(a->frameLast + 1, u',')
        && m_cx.isQuoteMark(a->frameLast + 2) && markRole(m_cx, a->frameLast + 2) != MarkRole::Close)
        return std::nullopt;
    // “… Sanders.” Many in the crowd said the senator …: a new sentence whose cue has content
    // of its own is no frame of the quote before it
    if (a && m_cx.tok(close + 1).has(TokenFlag::SentenceStart) && !frameClosesAt(a->frameLast + 1))
        return std::nullopt;
    return a;
}

std::optional<Attribution> DirectQuotes::frameAfterRaw(int close) const
{
    const int n = m_cx.size();
    int k = close + 1;
    // "“…”⏎⏎- Bernie Sanders." (a fact check): a paragraph that is one quote, signed by the
    // next paragraph, a dash and a name
    const bool signedBelow = k < n && m_cx.paragraph(k) == m_cx.paragraph(close) + 1 && m_cx.paragraphFirst(k) == k
                             && (m_cx.isDash(k) || m_cx.isPunct(k, u'-'))
                             && m_openOf.value(close, -1) == m_cx.paragraphFirst(close);
    if (k >= n || (m_cx.paragraph(k) != m_cx.paragraph(close) && !signedBelow))
        return std::nullopt;
    // “We will win,” he said / “Why?” he asked — not a fragment running on: “leading from
    // behind” and Trump says …
    if (!endsClause(close) && !m_cx.isPunct(k, u',') && !m_cx.isDash(k))
        return std::nullopt;
    // “… that much.” According to F.A.A. records, … — a period, then a new sentence
    if (m_cx.tok(k).has(TokenFlag::SentenceStart) && endsWithPeriod(close) && m_cx.lower(k) == u"according")
        return std::nullopt;
    if (k < n && (m_cx.isDash(k) || m_cx.isPunct(k, u'-')) && k + 1 < n) {
        // “…” ― Pamela Padilla: a signature line, the dash is the cue
        int last = k + 1;
        while (last + 1 < n && last - k < 5 && m_cx.tok(last + 1).start < m_cx.tok(last).end + 2
               && m_cx.isWord(last + 1) && m_cx.tok(last + 1).has(TokenFlag::Capitalized)
               && !m_cx.tok(last + 1).has(TokenFlag::LineStart))
            ++last;
        const bool lineEnds = last + 1 >= n || m_cx.tok(last + 1).has(TokenFlag::LineStart)
                              || (m_cx.isPunct(last + 1, u'.') && (last + 2 >= n || m_cx.tok(last + 2).has(TokenFlag::LineStart)))
                              || (signedBelow && m_cx.isPunct(last + 1, u','));  // "-Michelle Marks, Philadelphia." 
        bool names = lineEnds && m_cx.tok(k + 1).has(TokenFlag::LineStart) == false;
        for (int t = k + 1; t <= last && names; ++t)
            names = m_cx.isWord(t) && m_cx.tok(t).has(TokenFlag::Capitalized) && !m_cx.is(t, WordFlag::Pronoun);
        if (names) {
            SpeakerSpan sp{{m_cx.tok(k + 1).start, m_cx.tok(last).end}, k + 1, last, SpeakerKind::Named,
                           m_cx.namedMention(last)};
            return Attribution{k, k, sp, last};
        }
    }
    if (signedBelow)
        return std::nullopt;
    while (k < n && (m_cx.isPunct(k, u',') || m_cx.isDash(k)
                     || (markFamily(m_cx, k) == MarkFamily::Single && markRole(m_cx, k) != MarkRole::Open))
           && m_cx.paragraph(k) == m_cx.paragraph(close))
        ++k;  // also the stray closing ' of ''… 'old-school,''' said
    int end = k;
    // (the period of "(R-Fla.)" ends no sentence)
    while (end < n && end - k < kFrameWindow && m_cx.paragraph(end) == m_cx.paragraph(close)
           && !(isTerminal(m_cx, end) && !m_cx.isPunct(end + 1, u')'))
           && !(m_cx.isQuoteMark(end) && markRole(m_cx, end) != MarkRole::Close))
        ++end;
    if (k >= end)
        return std::nullopt;
    auto cueLast = [&](int c) { return m_speakers.afterCue(c) - 1; };
    if (m_cx.lower(k) == u"according" && k + 1 < end && m_cx.lower(k + 1) == u"to") {
        if (auto sp = m_speakers.phraseStartingAt(k + 2, end))
            return Attribution{k, k + 1, sp, sp->lastTok};
        return std::nullopt;
    }
    // “…,” he surmised. / “…!” beamed Donald Hartley — a verb we do not list, in a frame
    // that is nothing else
    if (k + 1 < end && verbLike(k + 1)) {
        auto sp = m_speakers.phraseEndingAt(k, k);
        if (sp && sp->kind != SpeakerKind::Nominal && frameEndsAt(k + 2, end))
            return Attribution{k + 1, k + 1, sp, k + 1};
    }
    if (verbLike(k)) {
        auto sp = m_speakers.phraseStartingAt(k + 1, end);
        if (sp && sp->kind == SpeakerKind::Named && frameEndsAt(sp->lastTok + 1, end))
            return Attribution{k, k, sp, sp->lastTok};
    }
    int j = k;
    while (j < end && m_cx.is(j, WordFlag::Adverb) && !m_cx.cue(j))
        ++j;
    if (j < end && directCue(m_cx.cue(j))) {
        if (auto sp = m_speakers.after(j, end))
            return Attribution{j, cueLast(j), sp, std::max(cueLast(j), sp->lastTok)};
    }
    for (int c = k; c < end; ++c) {
        const CueInfo *info = m_cx.cue(c);
        if (!directCue(info))
            continue;
        if (info->has(CueFrame::NeedsParticle) && cueLast(c) == c)
            continue;
        auto sp = m_speakers.before(c, k);
        if (sp && sp->firstTok > k)
            sp = withDescriptor(*sp, k);
        if (sp && sp->firstTok == k)
            return Attribution{c, cueLast(c), sp, std::max(cueLast(c), sp->lastTok)};
        break;
    }
    return wideFrameAfter(close, k);
}

std::optional<Attribution> DirectQuotes::wideFrameAfter(int close, int k) const
{
    // “…,” state Senate leader Phil Berger and House Speaker Tim Moore, both Republicans,
    // said — a quote ending in a comma, the sentence going on to a speech cue: the words
    // before the cue are its subject, however long.
    if (!endsWithComma(close))
        return std::nullopt;
    // not a title after a preposition: On “Meet the Press,” Trump said …
    const int open = m_openOf.value(close, -1);
    if (open < 0 || m_cx.is(open - 1, WordFlag::Preposition) || looksLikeTitle(open, close))
        return std::nullopt;
    const int n = m_cx.size();
    for (int c = k; c < n && c - k < kWideFrame && m_cx.paragraph(c) == m_cx.paragraph(close); ++c) {
        if (isTerminal(m_cx, c) || m_cx.isQuoteMark(c) || m_cx.is(c, WordFlag::Relative | WordFlag::Subordinator))
            return std::nullopt;
        const CueInfo *info = m_cx.cue(c);
        if (!info)
            continue;
        if (!directCue(info) || c == k || (info->has(CueFrame::NeedsParticle) && m_speakers.afterCue(c) == c + 1))
            return std::nullopt;
        auto sp = m_speakers.before(c, k);
        if (!sp)
            sp = m_speakers.phraseStartingAt(k, c);
        if (!sp)
            return std::nullopt;
        const int last = m_speakers.afterCue(c) - 1;
        return Attribution{c, last, sp, std::max(last, sp->lastTok)};
    }
    return std::nullopt;
}

std::optional<Attribution> DirectQuotes::frameBefore(int open, int lo) const
{
    int k = open - 1;
    if (k < 0)
        return std::nullopt;
    if (m_cx.paragraph(k) != m_cx.paragraph(open)) {
        // "Fiorina wrote:" ending a paragraph, the quote opening the next one
        if (!m_cx.isPunct(k, u':') || open != m_cx.paragraphFirst(open))
            return std::nullopt;
        lo = m_cx.sentenceFirst(m_cx.sentence(k));
    }
    if (k < lo)
        return std::nullopt;
    const bool colon = m_cx.isPunct(k, u':');
    const bool comma = m_cx.isPunct(k, u',');
    if (colon || comma)
        --k;
    auto cueLast = [&](int c) { return m_speakers.afterCue(c) - 1; };
    auto attributeAt = [&](int c) -> std::optional<Attribution> {
        const CueInfo *info = m_cx.cue(c);
        if (!directCue(info) || (info->has(CueFrame::NeedsParticle) && cueLast(c) == c))
            return std::nullopt;
        const bool participle = info->has(CueFrame::Participle) && (m_cx.isPunct(c - 1, u',') || m_cx.isDash(c - 1));
        auto sp = participle ? std::nullopt : m_speakers.before(c, lo);
        if (!sp && c == m_cx.sentenceFirst(m_cx.sentence(c)))
            sp = m_speakers.after(c, open);
        if (!sp && c > lo)
            sp = m_speakers.clauseSubject(c - 1, lo);
        if (!sp)
            return std::nullopt;
        return Attribution{c, cueLast(c), sp, std::max(cueLast(c), sp->lastTok)};
    };
    for (int c = k - 1; (colon || comma) && c >= lo && k - c < kColonFrame; --c) {
        if (m_cx.lower(c) == u"according" && m_cx.lower(c + 1) == u"to") {
            if (auto sp = m_speakers.phraseStartingAt(c + 2, k + 1); sp && sp->lastTok == k)
                return Attribution{c, c + 1, sp, sp->lastTok};
            break;
        }
    }
    if (colon) {
        for (int c = k; c >= lo && k - c < kColonFrame; --c) {
            if (m_cx.isQuoteMark(c) || isTerminal(m_cx, c))
                break;
            if (m_cx.cue(c)) {
                if (auto a = attributeAt(c))
                    return a;
                break;
            }
        }
        // "Republican pollster Daron Shaw: “…”" — a name right before the colon
        if (const int m = m_cx.namedMention(k); m >= 0 && m_cx.mentions()[m].type != EntityType::LOC
                                                 && m_cx.mentions()[m].type != EntityType::MISC) {
            if (auto sp = m_speakers.phraseEndingAt(k, lo); sp && sp->kind == SpeakerKind::Named)
                return Attribution{k + 1, k + 1, sp, k + 1};
        }
        // "And Mr. Christie gloated: “…”" — a person and a verb we do not list, then the colon
        const int sf = std::max(lo, m_cx.sentenceFirst(m_cx.sentence(k)));
        for (int c = k; c > sf && k - c < 4; --c) {
            if (!verbLike(c))
                continue;
            auto sp = m_speakers.before(c, sf);
            if (sp && sp->kind != SpeakerKind::Nominal)
                return Attribution{c, c, sp, std::max(c, sp->lastTok)};
            break;
        }
        // A transcript: "KATE BOULDUAN: …" or "Trump: …" opening the paragraph.
        const int pf = m_cx.paragraphFirst(open);
        if (k >= pf && k - pf < 4) {
            bool names = true;
            for (int t = pf; t <= k && names; ++t)
                names = m_cx.isWord(t) && m_cx.tok(t).has(TokenFlag::Capitalized);
            if (names) {
                SpeakerSpan sp{{m_cx.tok(pf).start, m_cx.tok(k).end}, pf, k, SpeakerKind::Named, m_cx.namedMention(k)};
                return Attribution{k + 1, k + 1, sp, k + 1};
            }
        }
        // "Hoff’s letter makes a libertarian-style case: “Followers of … .”", "Then, the
        // laugh line: ‘…’": a whole sentence introduced by a colon is someone's words even
        // without a verb we know; the colon is the cue, the clause's subject the speaker.
        if (sentenceLike(open)) {
            std::optional<SpeakerSpan> sp;
            if (k > sf)
                sp = m_speakers.clauseSubject(k, sf);
            return Attribution{k, k, sp, k};
        }
        return std::nullopt;
    }
    if (comma) {
        int c = k;
        for (int steps = 0; c >= lo && steps < 3; ++steps) {
            if (m_cx.cue(c))
                break;
            const int m = m_cx.mention(c);
            if (m >= 0 && m_cx.mentions()[m].type == EntityType::DATE) {
                c = m_cx.tokenized().tokenAtOrAfter(m_cx.mentions()[m].range.start) - 1;
                continue;
            }
            if (m_cx.is(c, WordFlag::Listener | WordFlag::Temporal | WordFlag::Adverb))
                --c;
            else
                break;
        }
        if (c >= lo && m_cx.cue(c))
            return attributeAt(c);
        // "as Dana Milbank puts it, “…”": a cue whose particle ends right before the comma
        if (k - 1 >= lo && m_cx.cue(k - 1) && cueLast(k - 1) == k)
            return attributeAt(k - 1);
        // "Lopez-Cantera said about the movement, “…”", "said of the episode, ‘…’", "called
        // over her shoulder, “…”": a short prepositional phrase between the cue and the comma
        for (c = k - 1; c >= lo && k - c <= kCuePhrase; --c) {
            if (!m_cx.isWord(c) && !isPossessiveMark(c))
                break;
            if (!m_cx.cue(c))
                continue;
            const int after = m_speakers.afterCue(c);
            if (after <= k && m_cx.is(after, WordFlag::Preposition) && m_cx.lower(after) != u"to"
                && m_cx.lower(after) != u"as" && m_cx.lower(after) != u"like" && m_cx.lower(after) != u"than") {
                bool plain = true;  // a phrase, no second verb ("said in a statement issued …")
                for (int t = after + 1; t <= k && plain; ++t)
                    plain = !m_cx.cue(t) && !m_cx.is(t, WordFlag::Relative | WordFlag::Auxiliary | WordFlag::Subordinator | WordFlag::Pronoun);
                if (plain)
                    return attributeAt(c);
            }
            break;
        }
        // "Said Comey, “…”", "Said Dorothy Poynter, who grew up with Ali, “…”": a sentence
        // opening with the cue, the speaker after it (and an appositive), then the quote
        const int sf = m_cx.sentenceFirst(m_cx.sentence(k));
        if (sf >= lo && sf < k && m_cx.tok(sf).has(TokenFlag::Capitalized) && directCue(m_cx.cue(sf))) {
            if (auto sp = m_speakers.after(sf, open); sp && (sp->lastTok == k || m_cx.isPunct(sp->lastTok + 1, u',')))
                return Attribution{sf, cueLast(sf), sp, std::max(cueLast(sf), sp->lastTok)};
        }
        return std::nullopt;
    }
    const int first = open + 1;
    if (m_cx.cue(k) && first < m_cx.size() && m_cx.tok(first).has(TokenFlag::Capitalized))
        return attributeAt(k);
    return std::nullopt;
}

std::optional<SpeakerSpan> DirectQuotes::withDescriptor(const SpeakerSpan &sp, int from) const
{
    // "Mr. Murphy said", "political scientist Christopher Wlezien told", "a spokesman for
    // committee Democrats said": words describing the speaker before the phrase found.
    if (sp.firstTok - from > kMaxDescriptor)
        return std::nullopt;
    bool preposition = false;
    for (int t = from; t < sp.firstTok; ++t) {
        if (m_cx.lower(t) == u"’s" || m_cx.lower(t) == u"'s")
            continue;  // "Italy's Northern League leader Matteo Salvini"
        if (!m_cx.isWord(t) || m_cx.cue(t)
            || m_cx.is(t, WordFlag::Pronoun | WordFlag::Auxiliary | WordFlag::Relative | WordFlag::Conjunction
                              | WordFlag::Subordinator | WordFlag::Negation | WordFlag::Adverb)
            || (t == from && m_cx.is(t, WordFlag::Preposition)))
            return std::nullopt;
        if (m_cx.is(t, WordFlag::Preposition))
            preposition = true;
    }
    SpeakerSpan out = sp;
    out.firstTok = from;
    if (preposition || sp.kind != SpeakerKind::Named) {
        out.range = {m_cx.tok(from).start, sp.range.end};
        out.kind = SpeakerKind::Nominal;
        out.mention = preposition ? -1 : sp.mention;
    }
    return out;
}

bool DirectQuotes::looksLikeTitle(int open, int close) const
{
    // “Doomed to Succeed,” / “Generations with Kevin Swanson,”: a few words, every long one
    // capitalized — the name of a book, a show or a slogan, not someone's words
    int words = 0;
    for (int t = open + 1; t < close; ++t) {
        if (!m_cx.isWord(t))
            continue;
        if (++words > kTitleWords)
            return false;
        if (m_cx.word(t).size() > 3 && !m_cx.tok(t).has(TokenFlag::Capitalized))
            return false;
    }
    return words > 0;
}

bool DirectQuotes::sentenceLike(int open) const
{
    // a capitalized first word, at least a few words, and a sentence end before the closing mark
    const int s = m_spanOf.value(open, -1);
    if (s < 0 || !m_cx.isWord(open + 1) || !m_cx.tok(open + 1).has(TokenFlag::Capitalized))
        return false;
    const QuotedSpan &sp = m_spans[s];
    int words = 0;
    for (int t = open + 1; t <= sp.lastToken && words < kSentenceWords; ++t)
        words += m_cx.isWord(t) ? 1 : 0;
    if (words < kSentenceWords)
        return false;
    const QStringView text = m_cx.text();
    int i = sp.parts.back().end - 1;
    while (i > sp.parts.back().start && (text[i].isSpace() || text[i] == u')'))
        --i;
    const QChar c = text[i];
    return c == u'.' || c == u'?' || c == u'!' || c == QChar(0x2026);
}

bool DirectQuotes::isPossessiveMark(int i) const
{
    return m_cx.lower(i) == u"’s" || m_cx.lower(i) == u"'s";
}

bool DirectQuotes::verbLike(int i) const
{
    // a past-tense verb not in the lexicon: lower case, "-ed", no closed-class word
    if (!m_cx.isWord(i) || m_cx.tok(i).has(TokenFlag::Capitalized) || m_cx.flags(i) != 0
        || m_cx.namedMention(i) >= 0)
        return false;
    const QString &w = m_cx.lower(i);
    return w.size() > 4 && w.endsWith(u"ed");
}

bool DirectQuotes::frameEndsAt(int t, int end) const
{
    // the frame ends here: the sentence ends, or only a comma, an adverb or a short phrase follows
    return t >= end || isTerminal(m_cx, t) || m_cx.isPunct(t, u',') || m_cx.is(t, WordFlag::Adverb | WordFlag::Preposition)
           || m_cx.mention(t) >= 0;
}

bool DirectQuotes::runsOn(int s) const
{
    // Clinton, a top aide said, “is very confident in the contrast” between her and Trump:
    // a fragment that starts in lower case and goes on in the reporter's words belongs to a
    // reported clause (a mixed quote), not to the frame before it
    const QuotedSpan &sp = m_spans[s];
    if (sp.close < 0 || !m_cx.isWord(sp.open + 1) || m_cx.tok(sp.open + 1).has(TokenFlag::Capitalized))
        return false;
    const int after = sp.close + 1;
    return after < m_cx.size() && m_cx.isWord(after) && m_cx.paragraph(after) == m_cx.paragraph(sp.close)
           && !m_cx.tok(after).has(TokenFlag::SentenceStart);
}

bool DirectQuotes::frameClosesAt(int t) const
{
    if (t >= m_cx.size() || m_cx.paragraph(t) != m_cx.paragraph(t - 1) || isTerminal(m_cx, t) || m_cx.isPunct(t, u',')
        || m_cx.isDash(t) || m_cx.isPunct(t, u'('))
        return true;
    const int m = m_cx.mention(t);
    return m_cx.is(t, WordFlag::Preposition | WordFlag::Adverb | WordFlag::Temporal)
           || (m >= 0 && m_cx.mentions()[m].type == EntityType::DATE);
}

bool DirectQuotes::isTerminalBefore(int tok) const
{
    return tok > 0 && isTerminal(m_cx, tok - 1);
}

bool DirectQuotes::endsWithPeriod(int close) const
{
    const QStringView text = m_cx.text();
    int i = m_cx.tok(close).start - 1;
    while (i >= 0 && (text[i].isSpace() || text[i] == QChar(0x2019) || text[i] == u'\'' || text[i] == QChar(0x201D)))
        --i;
    return i >= 0 && text[i] == u'.';
}

bool DirectQuotes::periodBefore(int open) const
{
    const QStringView text = m_cx.text();
    int i = m_cx.tok(open).start - 1;
    while (i >= 0 && text[i].isSpace())
        --i;
    return i >= 0 && (text[i] == u'.' || text[i] == u'?' || text[i] == u'!') && m_cx.isWord(open + 1)
           && m_cx.tok(open + 1).has(TokenFlag::Capitalized);
}

bool DirectQuotes::endsWithComma(int close) const
{
    const QStringView text = m_cx.text();
    int i = m_cx.tok(close).start - 1;
    while (i >= 0 && (text[i].isSpace() || text[i] == QChar(0x2019) || text[i] == u'\'' || text[i] == QChar(0x201D)))
        --i;
    return i >= 0 && text[i] == u',';
}

bool DirectQuotes::endsClause(int close) const
{
    const Token &t = m_cx.tok(close);
    int i = t.start - 1;
    const QStringView text = m_cx.text();
    while (i >= 0 && (text[i].isSpace() || text[i] == QChar(0x2019) || text[i] == u'\'' || text[i] == QChar(0x201D)))
        --i;  // “… ‘… government,’ ” said
    if (i < 0)
        return false;
    const QChar c = text[i];
    return c == u',' || c == u'.' || c == u'?' || c == u'!' || c == u':' || c == u';' || c == QChar(0x2026)
           || c == QChar(0x2014) || c == QChar(0x2013) || c == u'-';
}

bool DirectQuotes::onlyGlueBetween(int from, int to) const
{
    // The rest of the frame's sentence ("in a statement.") may stand between a quote's
    // frame and the next part, but no other cue and no other sentence.
    if (to - from > kGlueTokens)
        return false;
    const int s = from > 0 ? m_cx.sentence(from - 1) : 0;
    for (int t = from; t < to; ++t) {
        if (m_cx.sentence(t) != s && m_cx.tok(t).kind == TokenKind::Word)
            return false;
    }
    return true;
}

QList<DirectQuote> DirectQuotes::find(QList<bool> &used) const
{
    const int ns = int(m_spans.size());
    used.fill(false, ns);
    QList<int> top;
    for (int i = 0; i < ns; ++i)
        if (m_spans[i].parent < 0)
            top.append(i);

    auto hasOwnFrame = [&](int s, int lo) {
        const QuotedSpan &sp = m_spans[s];
        return (sp.close >= 0 && frameAfter(sp.close)) || frameBefore(sp.open, lo);
    };

    QList<DirectQuote> out;
    int prevEnd = -1;  // last token of the previous top-level span
    for (int ti = 0; ti < top.size(); ++ti) {
        const int i = top[ti];
        const QuotedSpan &sp = m_spans[i];
        if (ti > 0) {
            // a short span that is no quote ("needled the CNN “reporter,” saying, “…”") does
            // not cut the frame of the next one off from its subject
            const QuotedSpan &prev = m_spans[top[ti - 1]];
            if (used[top[ti - 1]] || prev.lastToken - prev.open > kShortSpan)
                prevEnd = prev.lastToken;
        }
        const int lo = std::max(m_cx.sentenceFirst(m_cx.sentence(sp.open)), prevEnd + 1);
        if (used[i])
            continue;
        std::optional<Attribution> attr;
        bool after = false;
        if (sp.close >= 0) {
            attr = frameAfter(sp.close);
            after = attr.has_value();
        }
        if (!attr && !runsOn(i))
            attr = frameBefore(sp.open, lo);
        if (!attr)
            continue;
        DirectQuote q;
        q.spans = {i};
        q.attr = *attr;
        q.frameAfter = after;
        used[i] = true;
        int tail = after ? std::max(attr->frameLast, sp.lastToken) : sp.lastToken;
        // “A,” he said. “B.” — and the quotes opening the next paragraphs.
        for (int tj = ti + 1; tj < top.size(); ++tj) {
            const int j = top[tj];
            const QuotedSpan &next = m_spans[j];
            if (used[j])
                break;
            const bool samePara = m_cx.paragraph(next.open) == m_cx.paragraph(tail);
            bool joins = false;
            if (samePara) {
                // the next part follows the frame directly (“A,” he said, “b”) or opens
                // the next sentence (“A,” he said in a statement. “B.”)
                bool punctOnly = true;
                for (int t = tail + 1; t < next.open && punctOnly; ++t)
                    punctOnly = m_cx.tok(t).kind == TokenKind::Punct;
                // (“… in Binghamton, N.Y. “Secretary …”: an abbreviation's period ends the sentence too)
                const bool opensSentence = next.open == m_cx.sentenceFirst(m_cx.sentence(next.open))
                                           || isTerminalBefore(next.open) || periodBefore(next.open);
                // … or after a short adverbial and a comma (“A,” Axelrod tweeted last January, “b”),
                // or a longer appositive when the quoted sentence goes on in lower case (“A,” said
                // Raffaello Pantucci, director of …, “but it is …”)
                const bool goesOn = m_cx.isWord(next.open + 1) && !m_cx.tok(next.open + 1).has(TokenFlag::Capitalized);
                bool shortLead = next.open - tail <= (goesOn ? kAppositiveLead : kShortLead)
                                 && (m_cx.isPunct(next.open - 1, u',') || m_cx.isPunct(next.open - 1, u':'))
                                 && m_cx.sentence(next.open) == m_cx.sentence(tail);
                for (int t = tail + 1; t < next.open && shortLead; ++t)
                    shortLead = !m_cx.cue(t) && !m_cx.isQuoteMark(t) && !isTerminal(m_cx, t);
                joins = punctOnly || shortLead
                        || (opensSentence && m_cx.sentence(next.open) <= m_cx.sentence(tail) + 1
                            && onlyGlueBetween(tail + 1, next.open));
                if (!joins && m_cx.sentence(next.open) == m_cx.sentence(tail) && next.lastToken - next.open <= 7) {
                    // a title inside the frame sentence (he said on ABC's “This Week.”): step over it
                    used[j] = false;
                    continue;
                }
            } else {
                const bool lastSentence = m_cx.sentence(tail) == m_cx.sentence(m_cx.paragraphEnd(tail) - 1);
                // the floating quote is the paragraph's sentence, not a title opening narration
                // ("Sons of Trump" is an adaptation …)
                const int behind = next.lastToken + 1;
                const bool standsAlone = next.close < 0 || behind >= m_cx.size()
                                         || m_cx.paragraph(behind) != m_cx.paragraph(next.open)
                                         || m_cx.tok(behind).has(TokenFlag::SentenceStart) || m_cx.isQuoteMark(behind)
                                         || isTerminal(m_cx, behind);
                joins = m_cx.paragraph(next.open) == m_cx.paragraph(tail) + 1 && next.open == m_cx.paragraphFirst(next.open)
                        && lastSentence && standsAlone;
            }
            if (!joins || hasOwnFrame(j, tail + 1))
                break;
            q.spans.append(j);
            used[j] = true;
            tail = next.lastToken;
        }
        out.append(q);
    }

    // Nested quotes: ‘…’ inside a direct quote, introduced by a frame inside it.
    for (int i = 0; i < ns; ++i) {
        const QuotedSpan &sp = m_spans[i];
        if (sp.parent < 0 || !used[sp.parent] || used[i])
            continue;
        const QuotedSpan &parent = m_spans[sp.parent];
        // inside a quote only "told them, ‘…’" / "said: ‘…’" introduce one ("we read ‘The Plague’" does not)
        std::optional<Attribution> attr;
        if (m_cx.isPunct(sp.open - 1, u',') || m_cx.isPunct(sp.open - 1, u':'))
            attr = frameBefore(sp.open, parent.open + 1);
        if (!attr && sp.close >= 0) {
            attr = frameAfter(sp.close);
            if (attr && attr->frameLast >= parent.lastToken)
                attr.reset();
        }
        if (!attr)
            continue;
        DirectQuote q;
        q.spans = {i};
        q.attr = *attr;
        used[i] = true;
        out.append(q);
    }
    std::sort(out.begin(), out.end(), [&](const DirectQuote &a, const DirectQuote &b) {
        return m_spans[a.spans.front()].open < m_spans[b.spans.front()].open;
    });
    return out;
}

} // namespace lede
